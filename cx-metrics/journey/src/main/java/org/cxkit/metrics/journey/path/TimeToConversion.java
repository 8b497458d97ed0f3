package org.cxkit.metrics.journey.path;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.stat.Intervals;
import org.cxkit.metrics.journey.JourneyPath;

/**
 * The time from a journey's first touchpoint to its conversion (its first engagement, or first
 * engagement with the chosen commitment), read as a distribution over the journeys that converted:
 * median, any quantile, mean, and how many journeys did not convert and so have no time.
 *
 * <p>Quantiles are by nearest rank: the {@code p}-quantile is the smallest observed time with at
 * least a share {@code p} of the times at or below it, so it is always an observed time (the median
 * of an even number of times is the lower of the middle two). Journeys that have not converted are
 * counted, not timed: for a view that treats them as censored at the end of observation, see the
 * stage funnel ({@code org.cxkit.metrics.journey.funnel}).
 *
 * <p>Empty input: with no converted journey, {@link #count()} and {@link #converted()} hold the
 * counts, and the quantiles and mean throw {@link IllegalStateException}; with no journey at all,
 * {@link #conversionRate()} throws too.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimeToConversion {
  private final long journeys;
  private final List<Duration> sorted;

  private TimeToConversion(long journeys, List<Duration> sorted) {
    this.journeys = journeys;
    this.sorted = sorted;
  }

  /**
   * Reads the times to conversion of some journeys.
   *
   * @param paths the journeys' paths, converted or not
   * @return the distribution
   */
  public static TimeToConversion of(Iterable<JourneyPath> paths) {
    long n = 0;
    List<Duration> times = new ArrayList<>();
    for (JourneyPath p : Objects.requireNonNull(paths, "paths")) {
      n++;
      p.timeToConversion().ifPresent(times::add);
    }
    Collections.sort(times);
    return new TimeToConversion(n, Collections.unmodifiableList(times));
  }

  /**
   * Returns how many journeys were read.
   *
   * @return the number of journeys, converted or not
   */
  public long count() {
    return journeys;
  }

  /**
   * Returns how many of them converted, each with a time.
   *
   * @return the number of converted journeys
   */
  public long converted() {
    return sorted.size();
  }

  /**
   * Returns the converted journeys' times in increasing order.
   *
   * @return the times, unmodifiable
   */
  public List<Duration> times() {
    return sorted;
  }

  /**
   * Returns the share of journeys that converted, with its Wilson interval at the default confidence.
   *
   * @return converted ÷ journeys
   * @throws IllegalStateException if there are no journeys
   */
  public Estimate conversionRate() {
    return conversionRate(Confidence.DEFAULT);
  }

  /**
   * Returns the share of journeys that converted, with its Wilson interval.
   *
   * @param confidence the confidence level and minimum sample size
   * @return converted ÷ journeys
   * @throws IllegalStateException if there are no journeys
   */
  public Estimate conversionRate(Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    if (journeys == 0) {
      throw new IllegalStateException("No conversion rate without journeys");
    }
    return Intervals.wilson(sorted.size(), journeys, confidence);
  }

  /**
   * Returns a quantile of the times by nearest rank.
   *
   * @param p the share, greater than 0 and at most 1 (0.5 for the median, 0.9 for p90)
   * @return the smallest time with at least a share {@code p} of the times at or below it
   * @throws IllegalArgumentException if {@code p} is out of range
   * @throws IllegalStateException if no journey converted
   */
  public Duration quantile(double p) {
    if (!(p > 0 && p <= 1)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "p", "greater than 0 and at most 1", p);
    }
    requireTimes();
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  /**
   * Returns the median time (the lower of the middle two for an even number).
   *
   * @return the 0.5-quantile by nearest rank
   * @throws IllegalStateException if no journey converted
   */
  public Duration median() {
    return quantile(0.5);
  }

  /**
   * Returns the mean time, to the nanosecond (rounded toward zero).
   *
   * @return the mean
   * @throws IllegalStateException if no journey converted
   */
  public Duration mean() {
    requireTimes();
    Duration sum = Duration.ZERO;
    for (Duration d : sorted) {
      sum = sum.plus(d);
    }
    return sum.dividedBy(sorted.size());
  }

  private void requireTimes() {
    if (sorted.isEmpty()) {
      throw new IllegalStateException("No time to conversion: no journey converted");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeToConversion t && journeys == t.journeys && sorted.equals(t.sorted);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(journeys) * 31 + sorted.hashCode();
  }

  @Override
  public String toString() {
    return "TimeToConversion{journeys=" + journeys + ", converted=" + sorted.size()
        + (sorted.isEmpty() ? "" : ", median=" + median()) + "}";
  }
}
