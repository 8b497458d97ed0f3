package org.cxkit.metrics.nps;

import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;

/**
 * A mutable tally of Net Promoter answers, built one answer at a time and read with
 * {@link #snapshot()}: the {@link Accumulator} beside the immutable {@link NpsTally}, as Guava's
 * {@code StatsAccumulator} is beside {@code Stats}. Its items are {@link NpsResponse}s; whole-number
 * answers go in through {@link #add(int)}.
 *
 * <p>Counts are whole numbers, so merging is exact: accumulating parts and merging them gives the
 * same tally as accumulating the whole, in any order. {@link NpsTally#accumulator()},
 * {@link #add(int)} and {@link #merge(NpsAccumulator)} are therefore a valid supplier, accumulator
 * and combiner for {@code IntStream.collect} on a parallel stream, and {@link NpsTally#toTally()} is
 * the matching {@link java.util.stream.Collector}.
 *
 * <p>A bad answer throws {@link org.cxkit.core.result.InvalidValueException} and leaves the counts
 * unchanged. A count that would exceed {@link Long#MAX_VALUE} throws it too (code too-large, field
 * {@code count}), never wraps around.
 *
 * <p>Not thread-safe: confine an instance to one thread, or merge per-thread instances.
 */
public final class NpsAccumulator implements Accumulator<NpsResponse, NpsAccumulator, NpsTally> {
  // The counts of answers, of answers at least 7 and of answers at least 9: an answer is classified
  // by two additions without a branch, and the category counts are differences of these.
  private long count;
  private long atLeastSeven;
  private long atLeastNine;

  /** Creates an empty accumulator; users call {@link NpsTally#accumulator()}. */
  NpsAccumulator() {}

  /**
   * Adds one answer.
   *
   * @param score the answer, from 0 to 10
   * @return this accumulator
   * @throws IllegalArgumentException if the answer is not from 0 to 10 (code out-of-range, field
   *     {@code score}), or if the count would exceed {@link Long#MAX_VALUE} (code too-large, field
   *     {@code count}); the counts are then unchanged
   */
  public NpsAccumulator add(int score) {
    NpsCategory.checkScore(score);
    count = Checks.addExact("count", count, 1);
    // Branch-free classification (see NpsTally.fromScores): on shuffled answers a branch per
    // category would be mispredicted about half the time.
    atLeastSeven += (score + 9) >>> 4;
    atLeastNine += (score + 7) >>> 4;
    return this;
  }

  /**
   * Adds the answer of a response.
   *
   * @param response the response, whose score was checked when it was built
   * @return this accumulator
   * @throws IllegalArgumentException if the count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public NpsAccumulator add(NpsResponse response) {
    return add(response.score());
  }

  /**
   * Adds every answer of a tally.
   *
   * @param tally the tally
   * @return this accumulator
   * @throws IllegalArgumentException if the count would exceed {@link Long#MAX_VALUE}, naming
   *     {@code count}; the counts are then unchanged
   */
  public NpsAccumulator addAll(NpsTally tally) {
    return merge(tally.count(), tally.passives() + tally.promoters(), tally.promoters());
  }

  /**
   * Adds every answer of another accumulator, which is left unchanged.
   *
   * @param other the other accumulator
   * @return this accumulator
   * @throws IllegalArgumentException if the count would exceed {@link Long#MAX_VALUE}, naming
   *     {@code count}; the counts are then unchanged
   */
  @Override
  public NpsAccumulator merge(NpsAccumulator other) {
    return merge(other.count, other.atLeastSeven, other.atLeastNine);
  }

  private NpsAccumulator merge(long moreCount, long moreAtLeastSeven, long moreAtLeastNine) {
    // The other two counts are at most the count, so they cannot overflow when it does not.
    count = Checks.addExact("count", count, moreCount);
    atLeastSeven += moreAtLeastSeven;
    atLeastNine += moreAtLeastNine;
    return this;
  }

  /**
   * Returns the number of answers added so far, merged ones included.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns the tally of the answers added so far; the accumulator may go on.
   *
   * @return an immutable tally
   */
  @Override
  public NpsTally snapshot() {
    return NpsTally.of(count - atLeastSeven, atLeastSeven - atLeastNine, atLeastNine);
  }

  /** Returns the counts so far, in the form of {@link NpsTally#toString()}. */
  @Override
  public String toString() {
    return "NpsAccumulator" + snapshot().toString().substring("NpsTally".length());
  }
}
