package org.cxkit.metrics.gap.disconfirmation;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.metrics.gap.internal.Moments;

/**
 * A mutable tally of gaps classified at one tolerance, giving a {@link DisconfirmationTally} on
 * {@link #snapshot()}. {@link #add}, {@link #merge(DisconfirmationAccumulator)} and
 * {@link #addAll(DisconfirmationTally)} share one merge path, so the accumulator is a valid combiner
 * for {@code Stream.collect} and {@link DisconfirmationTally#toDisconfirmationTally}.
 *
 * <p>Not thread-safe: confine each instance to one thread, as a collector does.
 */
public final class DisconfirmationAccumulator
    implements Accumulator<Double, DisconfirmationAccumulator, DisconfirmationTally> {
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
   * @return this accumulator
   * @throws IllegalArgumentException if the gap is not finite, or the count would overflow; nothing is added
   */
  public DisconfirmationAccumulator add(double gap) {
    Disconfirmation kind = Disconfirmation.of(gap, tolerance);
    gaps.add(gap);
    counts[kind.ordinal()]++;
    return this;
  }

  /**
   * Adds one gap, boxed.
   *
   * @param gap perception minus expectation, finite
   * @return this accumulator
   * @throws IllegalArgumentException if the gap is not finite, or the count would overflow; nothing is added
   */
  @Override
  public DisconfirmationAccumulator add(Double gap) {
    return add(Objects.requireNonNull(gap, "gap").doubleValue());
  }

  /**
   * Adds everything another accumulator holds; the other is unchanged.
   *
   * @param other an accumulator with the same tolerance
   * @return this accumulator
   * @throws IllegalArgumentException if the tolerances differ, or the count would overflow
   */
  @Override
  public DisconfirmationAccumulator merge(DisconfirmationAccumulator other) {
    return merge(other.tolerance, other.counts, other.gaps);
  }

  /**
   * Adds everything a tally holds.
   *
   * @param tally a tally with the same tolerance
   * @return this accumulator
   * @throws IllegalArgumentException if the tolerances differ, or the count would overflow
   */
  public DisconfirmationAccumulator addAll(DisconfirmationTally tally) {
    return merge(tally.tolerance(), tally.counts(), tally.gaps());
  }

  private DisconfirmationAccumulator merge(double otherTolerance, long[] otherCounts, Moments otherGaps) {
    if (Double.compare(otherTolerance, tolerance) != 0) {
      throw Checks.invalid(ReasonCode.INVALID, "merged tolerance", "must be " + tolerance, otherTolerance);
    }
    // The moments' count is the sum of the three counts, so checking it checks them all.
    gaps.merge(otherGaps);
    for (int i = 0; i < 3; i++) {
      counts[i] += otherCounts[i];
    }
    return this;
  }

  /**
   * Returns how many gaps were added.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return gaps.count();
  }

  /**
   * Returns an immutable tally of what was added so far.
   *
   * @return the tally
   */
  @Override
  public DisconfirmationTally snapshot() {
    return new DisconfirmationTally(tolerance, counts.clone(), gaps.copy());
  }
}
