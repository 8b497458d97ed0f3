package org.cxkit.metrics.gap;

import java.util.Arrays;
import java.util.stream.Collector;
import org.cxkit.core.result.Estimate;

/**
 * How many gaps were negative, confirmed and positive at one tolerance, and their mean.
 *
 * <p>The counts are exact, so tallies merged from parts equal the tally of the whole; the gap sums
 * are floating point and agree to rounding. This class is immutable and thread-safe.
 */
public final class DisconfirmationTally {
  private final double tolerance;
  private final long[] counts;
  private final Moments gaps;

  DisconfirmationTally(double tolerance, long[] counts, Moments gaps) {
    this.tolerance = tolerance;
    this.counts = counts;
    this.gaps = gaps;
  }

  /**
   * Returns an empty accumulator, to add gaps one at a time.
   *
   * @param tolerance how far from zero a gap still counts as confirmed, finite, zero or more
   * @return a new accumulator
   */
  public static DisconfirmationAccumulator accumulator(double tolerance) {
    return DisconfirmationAccumulator.of(tolerance);
  }

  /**
   * Returns a collector of gaps into a tally.
   *
   * @param tolerance how far from zero a gap still counts as confirmed, finite, zero or more
   * @return the collector
   */
  public static Collector<Double, ?, DisconfirmationTally> toDisconfirmationTally(double tolerance) {
    Checks.nonNegative("tolerance", tolerance);
    return Collector.of(() -> DisconfirmationTally.accumulator(tolerance), DisconfirmationAccumulator::add, DisconfirmationAccumulator::merge,
        DisconfirmationAccumulator::snapshot);
  }

  /**
   * Returns the tolerance the gaps were classified with.
   *
   * @return the tolerance, zero or more
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * Returns how many gaps fell in a class.
   *
   * @param kind negative, confirmed or positive
   * @return the count, zero or more
   */
  public long count(Disconfirmation kind) {
    return counts[kind.ordinal()];
  }

  /**
   * Returns how many gaps were tallied.
   *
   * @return the count, zero or more
   */
  public long total() {
    return counts[0] + counts[1] + counts[2];
  }

  /**
   * Returns the share of gaps in a class.
   *
   * @param kind negative, confirmed or positive
   * @return the share, from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public double share(Disconfirmation kind) {
    long total = total();
    if (total == 0) {
      throw new IllegalStateException("Cannot compute a share of an empty disconfirmation tally");
    }
    return (double) count(kind) / total;
  }

  /**
   * Returns the mean gap with its 95 % Student t interval.
   *
   * @return the estimate
   * @throws IllegalStateException if fewer than two gaps were tallied
   */
  public Estimate meanGap() {
    return gaps.estimate("mean disconfirmation gap", Intervals.DEFAULT_LEVEL);
  }

  long[] counts() {
    return counts;
  }

  Moments gaps() {
    return gaps;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DisconfirmationTally t && Double.compare(tolerance, t.tolerance) == 0
        && Arrays.equals(counts, t.counts) && gaps.equals(t.gaps);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts) * 31 + Double.hashCode(tolerance);
  }

  /** Returns a form such as {@code DisconfirmationTally{tolerance=0.5, negative=3, confirmed=10, positive=2}}. */
  @Override
  public String toString() {
    return "DisconfirmationTally{tolerance=" + tolerance + ", negative=" + counts[0] + ", confirmed=" + counts[1]
        + ", positive=" + counts[2] + "}";
  }
}
