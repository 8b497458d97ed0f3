package org.cxkit.metrics.satisfaction.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collector;
import org.cxkit.core.result.Accumulators;
import org.cxkit.metrics.satisfaction.internal.Quantiles;

/**
 * The distribution of a service time (first response, resolution) over the items that have one, and
 * the count of items still open, which have none yet.
 *
 * <p>Open items are counted, never given a made-up duration: a ticket nobody has answered is neither
 * a zero response time nor excluded without trace. The figures (median, p90, mean, any quantile)
 * describe the completed items; read them together with {@link #openCount()}.
 *
 * <p>Quantiles are exact, by definition 7 of Hyndman &amp; Fan (1996): with the n durations sorted,
 * h = (n − 1)p, and the quantile is x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), rounded to the nanosecond.
 * It is the default of R, NumPy and Excel's {@code PERCENTILE.INC}; for p = 0.5 it is the usual median
 * (the mean of the two middle values when n is even). The distribution keeps every duration (8 bytes
 * each), since exact quantiles cannot be merged from summaries.
 *
 * <p><b>Empty input:</b> no item gives the empty distribution ({@link #of(Duration...)} of nothing),
 * a valid value with counts of 0; a distribution with open items only is empty too. The figures
 * (quantiles, minimum, maximum, mean) throw {@link IllegalStateException} on it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DurationDistribution {
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  private final long[] sortedNanos;
  private final long openCount;
  private final long secondsSum;
  private final long nanosSum;

  DurationDistribution(long[] sortedNanos, long openCount, long secondsSum, long nanosSum) {
    this.sortedNanos = sortedNanos;
    this.openCount = openCount;
    this.secondsSum = secondsSum;
    this.nanosSum = nanosSum;
  }

  /**
   * Returns an empty accumulator, to collect durations one at a time.
   *
   * @return a new accumulator
   */
  public static DurationAccumulator accumulator() {
    return DurationAccumulator.create();
  }

  /**
   * Returns a collector of durations into a distribution, usable on parallel streams.
   *
   * @return the collector
   */
  public static Collector<Duration, DurationAccumulator, DurationDistribution> toDistribution() {
    return Accumulators.collector(DurationDistribution::accumulator);
  }

  /**
   * Returns the distribution of some durations, with no open item.
   *
   * @param durations the durations, each zero or more and at most about 292 years
   * @return the distribution
   * @throws IllegalArgumentException if a duration is negative or too long
   */
  public static DurationDistribution of(Duration... durations) {
    DurationAccumulator accumulator = DurationDistribution.accumulator();
    for (Duration d : durations) {
      accumulator.add(d);
    }
    return accumulator.snapshot();
  }

  /**
   * Returns how many items have a duration (are completed): the sample the figures describe. Open
   * items are counted by {@link #openCount()}, both by {@link #totalCount()}.
   *
   * @return the count, zero or more
   */
  public long count() {
    return sortedNanos.length;
  }

  /**
   * Returns how many items are still open: counted, with no duration yet.
   *
   * @return the count, zero or more
   */
  public long openCount() {
    return openCount;
  }

  /**
   * Returns how many items were counted: completed plus open.
   *
   * @return the count
   */
  public long totalCount() {
    return sortedNanos.length + openCount;
  }

  /**
   * Tells whether no item has a duration.
   *
   * @return true if no item is completed
   */
  public boolean isEmpty() {
    return sortedNanos.length == 0;
  }

  /**
   * Returns the quantile of the completed durations by Hyndman &amp; Fan's definition 7.
   *
   * @param p the probability, from 0 (the shortest) to 1 (the longest)
   * @return the quantile, rounded to the nanosecond
   * @throws IllegalStateException if no item is completed
   */
  public Duration quantile(double p) {
    Quantiles.checkP(p);
    checkNotEmpty("quantile");
    return Duration.ofNanos(Quantiles.type7(sortedNanos, p));
  }

  /**
   * Returns the median: the quantile at p = 0.5.
   *
   * @return the median
   * @throws IllegalStateException if no item is completed
   */
  public Duration median() {
    return quantile(0.5);
  }

  /**
   * Returns the 90th percentile: the quantile at p = 0.9.
   *
   * @return the 90th percentile
   * @throws IllegalStateException if no item is completed
   */
  public Duration p90() {
    return quantile(0.9);
  }

  /**
   * Returns the shortest duration.
   *
   * @return the minimum
   * @throws IllegalStateException if no item is completed
   */
  public Duration min() {
    checkNotEmpty("minimum");
    return Duration.ofNanos(sortedNanos[0]);
  }

  /**
   * Returns the longest duration.
   *
   * @return the maximum
   * @throws IllegalStateException if no item is completed
   */
  public Duration max() {
    checkNotEmpty("maximum");
    return Duration.ofNanos(sortedNanos[sortedNanos.length - 1]);
  }

  /**
   * Returns the mean duration, computed from an exact sum and rounded half-even to the nanosecond.
   *
   * @return the mean
   * @throws IllegalStateException if no item is completed
   */
  public Duration mean() {
    checkNotEmpty("mean");
    BigDecimal total = BigDecimal.valueOf(secondsSum).multiply(NANOS_PER_SECOND).add(BigDecimal.valueOf(nanosSum));
    return Duration.ofNanos(total.divide(BigDecimal.valueOf(sortedNanos.length), 0, RoundingMode.HALF_EVEN)
        .longValueExact());
  }

  /**
   * Returns the completed durations in ascending order.
   *
   * @return a fresh array of the durations in nanoseconds
   */
  public long[] toSortedNanos() {
    return sortedNanos.clone();
  }

  long[] sortedNanos() {
    return sortedNanos;
  }

  long secondsSum() {
    return secondsSum;
  }

  long nanosSum() {
    return nanosSum;
  }

  private void checkNotEmpty(String figure) {
    if (sortedNanos.length == 0) {
      throw new IllegalStateException("No completed item (" + openCount + " open): the " + figure
          + " of an empty distribution does not exist");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DurationDistribution d && openCount == d.openCount && Arrays.equals(sortedNanos, d.sortedNanos);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sortedNanos) * 31 + Long.hashCode(openCount);
  }

  /** Returns a form such as {@code DurationDistribution{n=10, open=2, median=PT1H, p90=PT4H}}. */
  @Override
  public String toString() {
    return "DurationDistribution{n=" + sortedNanos.length + ", open=" + openCount
        + (isEmpty() ? "" : ", median=" + median() + ", p90=" + p90() + ", mean=" + mean()) + "}";
  }
}
