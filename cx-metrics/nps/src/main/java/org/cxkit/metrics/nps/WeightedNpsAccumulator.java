package org.cxkit.metrics.nps;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;

/**
 * A mutable weighted tally of Net Promoter answers, read with {@link #snapshot()}: the
 * {@link Accumulator} beside {@link WeightedNpsTally}. Each answer carries a weight of zero or more,
 * such as a post-stratification weight that corrects for who answered the survey; see
 * {@link WeightedAnswer} for the accepted weights.
 *
 * <p>It keeps the number of answers, the number with a weight above 0, the sum of the weights in each
 * category and the sum of the squared weights. Merging adds these, so it is exact for whole-number
 * weights (below 2^53) and otherwise equal to tallying the whole up to the rounding of floating-point
 * sums, a few units in the last place, which may depend on the order of the merges.
 * {@link WeightedNpsTally#accumulator()}, {@link #add(int, double)} and
 * {@link #merge(WeightedNpsAccumulator)} are a valid supplier, accumulator and combiner for a
 * parallel stream.
 *
 * <p>A bad answer or weight throws {@link org.cxkit.core.result.InvalidValueException} and leaves the
 * sums unchanged; so does a count that would exceed {@link Long#MAX_VALUE} (code too-large, field
 * {@code count}).
 *
 * <p>Not thread-safe: confine an instance to one thread, or merge per-thread instances.
 */
public final class WeightedNpsAccumulator
    implements Accumulator<WeightedAnswer, WeightedNpsAccumulator, WeightedNpsTally> {
  private long count;
  private long countWithWeight;
  private double detractorWeight;
  private double passiveWeight;
  private double promoterWeight;
  private double sumOfSquaredWeights;

  /** Creates an empty accumulator; users call {@link WeightedNpsTally#accumulator()}. */
  WeightedNpsAccumulator() {}

  /**
   * Adds one answer with its weight.
   *
   * @param score the answer, from 0 to 10
   * @param weight the weight: 0 (the answer is counted but weighs nothing), or from
   *     {@value WeightedNpsTally#MIN_POSITIVE_WEIGHT} to {@value WeightedNpsTally#MAX_WEIGHT}
   * @return this accumulator
   * @throws IllegalArgumentException if the answer is not from 0 to 10, the weight is NaN, infinite,
   *     negative or outside that range, or the count would exceed {@link Long#MAX_VALUE}; the sums
   *     are then unchanged
   */
  public WeightedNpsAccumulator add(int score, double weight) {
    NpsCategory category = NpsCategory.of(score);
    double w = WeightedAnswer.checkWeight(weight);
    long newCount = Checks.addExact("count", count, 1);
    count = newCount;
    if (w == 0) {
      return this;
    }
    countWithWeight++;
    switch (category) {
      case DETRACTOR:
        detractorWeight += w;
        break;
      case PASSIVE:
        passiveWeight += w;
        break;
      case PROMOTER:
        promoterWeight += w;
        break;
      default:
        throw new AssertionError(category);
    }
    sumOfSquaredWeights += w * w;
    return this;
  }

  /**
   * Adds one weighted answer.
   *
   * @param answer the answer with its weight, checked when it was built
   * @return this accumulator
   * @throws IllegalArgumentException if the count would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public WeightedNpsAccumulator add(WeightedAnswer answer) {
    return add(answer.score(), answer.weight());
  }

  /**
   * Adds every answer of a weighted tally.
   *
   * @param tally the tally
   * @return this accumulator
   * @throws IllegalArgumentException if the count would exceed {@link Long#MAX_VALUE}, naming
   *     {@code count}; the sums are then unchanged
   */
  public WeightedNpsAccumulator addAll(WeightedNpsTally tally) {
    return merge(tally.count(), tally.countWithWeight(), tally.detractorWeight(), tally.passiveWeight(),
        tally.promoterWeight(), tally.sumOfSquaredWeights());
  }

  /**
   * Adds every answer of another accumulator, which is left unchanged.
   *
   * @param other the other accumulator
   * @return this accumulator
   * @throws IllegalArgumentException if the count would exceed {@link Long#MAX_VALUE}, naming
   *     {@code count}; the sums are then unchanged
   */
  @Override
  public WeightedNpsAccumulator merge(WeightedNpsAccumulator other) {
    return merge(other.count, other.countWithWeight, other.detractorWeight, other.passiveWeight,
        other.promoterWeight, other.sumOfSquaredWeights);
  }

  private WeightedNpsAccumulator merge(long moreCount, long moreCountWithWeight, double moreDetractors,
      double morePassives, double morePromoters, double moreSquares) {
    // countWithWeight is at most count, so it cannot overflow when count does not.
    count = Checks.addExact("count", count, moreCount);
    countWithWeight += moreCountWithWeight;
    detractorWeight += moreDetractors;
    passiveWeight += morePassives;
    promoterWeight += morePromoters;
    sumOfSquaredWeights += moreSquares;
    return this;
  }

  /**
   * Returns the number of answers added so far, merged ones and those of weight 0 included.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns the weighted tally of the answers added so far; the accumulator may go on.
   *
   * @return an immutable weighted tally
   */
  @Override
  public WeightedNpsTally snapshot() {
    return WeightedNpsTally.of(count, countWithWeight, detractorWeight, passiveWeight, promoterWeight,
        sumOfSquaredWeights);
  }

  /** Returns the sums so far, in the form of {@link WeightedNpsTally#toString()}. */
  @Override
  public String toString() {
    return "WeightedNpsAccumulator" + snapshot().toString().substring("WeightedNpsTally".length());
  }
}
