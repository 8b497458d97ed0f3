package org.cxkit.metrics.gap.disconfirmation;

import java.util.Arrays;
import java.util.stream.Collector;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.metrics.gap.internal.Moments;

/**
 * How many gaps were negative, confirmed and positive at one tolerance, and their mean with its
 * Student t interval and standard error.
 *
 * <p>Exactness: the counts are exact, and so are the gap sums while the gaps are whole numbers
 * (differences of answers on a scale), so tallies merged from parts equal the tally of the whole;
 * gaps that are not whole numbers are accumulated by Chan's pairwise update of mean and sum of
 * squared deviations, and a merged tally then agrees with the whole to rounding.
 *
 * <p>Empty input: a tally of no gaps has {@link #count()} 0 and every count 0;
 * {@link #share(Disconfirmation)} then throws {@link IllegalStateException}, and so does
 * {@link #meanGap()} with fewer than two gaps.
 *
 * <p>This class is immutable and thread-safe.
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
   * @throws IllegalArgumentException if the tolerance is negative or not finite
   */
  public static DisconfirmationAccumulator accumulator(double tolerance) {
    return DisconfirmationAccumulator.of(tolerance);
  }

  /**
   * Returns a collector of gaps into a tally, unordered and safe on parallel streams.
   *
   * @param tolerance how far from zero a gap still counts as confirmed, finite, zero or more
   * @return the collector
   * @throws IllegalArgumentException if the tolerance is negative or not finite
   */
  public static Collector<Double, DisconfirmationAccumulator, DisconfirmationTally> toDisconfirmationTally(
      double tolerance) {
    double checked = Checks.nonNegative("tolerance", tolerance);
    return Accumulators.collector(() -> DisconfirmationAccumulator.of(checked));
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
  public long count() {
    return gaps.count();
  }

  /**
   * Returns the share of gaps in a class.
   *
   * @param kind negative, confirmed or positive
   * @return the share, from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public double share(Disconfirmation kind) {
    long total = count();
    if (total == 0) {
      throw new IllegalStateException("Cannot compute a share of an empty disconfirmation tally");
    }
    return (double) count(kind) / total;
  }

  /**
   * Returns the mean gap with its interval at {@link Confidence#DEFAULT}.
   *
   * @return the estimate
   * @throws IllegalStateException if fewer than two gaps were tallied
   */
  public Estimate meanGap() {
    return meanGap(Confidence.DEFAULT);
  }

  /**
   * Returns the mean gap with its Student t interval.
   *
   * @param confidence the confidence level and minimum sample size
   * @return the estimate
   * @throws IllegalStateException if fewer than two gaps were tallied
   */
  public Estimate meanGap(Confidence confidence) {
    return gaps.estimate("mean disconfirmation gap", confidence);
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
    return (Arrays.hashCode(counts) * 31 + Double.hashCode(tolerance)) * 31 + gaps.hashCode();
  }

  /** Returns a form such as {@code DisconfirmationTally{tolerance=0.5, negative=3, confirmed=10, positive=2}}. */
  @Override
  public String toString() {
    return "DisconfirmationTally{tolerance=" + tolerance + ", negative=" + counts[0] + ", confirmed=" + counts[1]
        + ", positive=" + counts[2] + "}";
  }
}
