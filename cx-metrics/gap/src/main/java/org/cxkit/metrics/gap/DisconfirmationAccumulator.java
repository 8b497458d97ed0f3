package org.cxkit.metrics.gap;

/**
 * A mutable tally of gaps classified at one tolerance, giving a {@link DisconfirmationTally} on
 * {@link #snapshot()}. {@link #add}, {@link #merge(DisconfirmationAccumulator)} and
 * {@link #addAll(DisconfirmationTally)} share one merge path, so the accumulator is a valid combiner
 * for {@code Stream.collect} and {@link DisconfirmationTally#toDisconfirmationTally}.
 *
 * <p>Not thread-safe: confine each instance to one thread, as a collector does.
 */
public final class DisconfirmationAccumulator {
  private final double tolerance;
  private final long[] counts = new long[3];
  private final Moments gaps = new Moments();

  private DisconfirmationAccumulator(double tolerance) {
    this.tolerance = Checks.nonNegative("tolerance", tolerance);
  }

  /**
   * Creates an empty accumulator.
   *
   * @param tolerance how far from zero a gap still counts as confirmed, finite, zero or more
   * @return the accumulator
   * @throws IllegalArgumentException if the tolerance is negative or not finite
   */
  static DisconfirmationAccumulator of(double tolerance) {
    return new DisconfirmationAccumulator(tolerance);
  }

  /**
   * Adds one gap.
   *
   * @param gap perception minus expectation, finite
   * @throws IllegalArgumentException if the gap is not finite
   */
  public void add(double gap) {
    counts[Disconfirmation.of(gap, tolerance).ordinal()]++;
    gaps.add(gap);
  }

  /**
   * Adds everything another accumulator holds.
   *
   * @param other an accumulator with the same tolerance
   * @return this accumulator
   * @throws IllegalArgumentException if the tolerances differ
   */
  public DisconfirmationAccumulator merge(DisconfirmationAccumulator other) {
    return merge(other.tolerance, other.counts, other.gaps);
  }

  /**
   * Adds everything a tally holds.
   *
   * @param tally a tally with the same tolerance
   * @return this accumulator
   * @throws IllegalArgumentException if the tolerances differ
   */
  public DisconfirmationAccumulator addAll(DisconfirmationTally tally) {
    return merge(tally.tolerance(), tally.counts(), tally.gaps());
  }

  private DisconfirmationAccumulator merge(double otherTolerance, long[] otherCounts, Moments otherGaps) {
    if (Double.compare(otherTolerance, tolerance) != 0) {
      throw new IllegalArgumentException(
          "Invalid value for merged tolerance (must be " + tolerance + "): " + otherTolerance);
    }
    for (int i = 0; i < 3; i++) {
      counts[i] += otherCounts[i];
    }
    gaps.merge(otherGaps);
    return this;
  }

  /**
   * Returns an immutable tally of what was added so far.
   *
   * @return the tally
   */
  public DisconfirmationTally snapshot() {
    return new DisconfirmationTally(tolerance, counts.clone(), gaps.copy());
  }
}
