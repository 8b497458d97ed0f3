package org.cxkit.metrics.nps;

import org.cxkit.metrics.nps.internal.Checks;

/**
 * A mutable weighted tally of Net Promoter answers, read with {@link #snapshot()}: the accumulator
 * beside {@link WeightedNpsTally}. Each answer carries a positive weight, such as a
 * post-stratification weight that corrects for who answered the survey.
 *
 * <p>It keeps the number of answers, the sum of the weights in each category and the sum of the
 * squared weights. Merging adds these sums, so it is exact for whole-number weights (below 2^53)
 * and otherwise equal to tallying the whole up to the rounding of floating-point sums, a few units in
 * the last place, which may depend on the order of the merges. {@link WeightedNpsTally#accumulator()},
 * {@link #add(int, double)} and {@link #merge(WeightedNpsAccumulator)} are a valid supplier,
 * accumulator and combiner for a parallel stream.
 *
 * <p>Not thread-safe: confine an instance to one thread, or merge per-thread instances.
 */
public final class WeightedNpsAccumulator {
  private long n;
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
   * @param weight the weight, from 1e-100 to 1e100 (so that squared weights neither underflow nor overflow)
   * @throws IllegalArgumentException if the answer is not from 0 to 10 or the weight is outside that range
   */
  public void add(int score, double weight) {
    NpsCategory category = NpsCategory.of(score);
    Checks.weight(weight);
    n = Math.addExact(n, 1);
    switch (category) {
      case DETRACTOR:
        detractorWeight += weight;
        break;
      case PASSIVE:
        passiveWeight += weight;
        break;
      case PROMOTER:
        promoterWeight += weight;
        break;
      default:
        throw new AssertionError(category);
    }
    sumOfSquaredWeights += weight * weight;
  }

  /**
   * Adds every answer of a weighted tally.
   *
   * @param tally the tally
   */
  public void addAll(WeightedNpsTally tally) {
    merge(tally.n(), tally.detractorWeight(), tally.passiveWeight(), tally.promoterWeight(),
        tally.sumOfSquaredWeights());
  }

  /**
   * Adds every answer of another accumulator, which is left unchanged.
   *
   * @param other the other accumulator
   * @return this accumulator
   */
  public WeightedNpsAccumulator merge(WeightedNpsAccumulator other) {
    merge(other.n, other.detractorWeight, other.passiveWeight, other.promoterWeight,
        other.sumOfSquaredWeights);
    return this;
  }

  private void merge(long moreN, double moreDetractors, double morePassives, double morePromoters,
      double moreSquares) {
    n = Math.addExact(n, moreN);
    detractorWeight += moreDetractors;
    passiveWeight += morePassives;
    promoterWeight += morePromoters;
    sumOfSquaredWeights += moreSquares;
  }

  /**
   * Returns the number of answers added so far.
   *
   * @return the count, zero or more
   */
  public long n() {
    return n;
  }

  /**
   * Returns the weighted tally of the answers added so far; the accumulator may go on.
   *
   * @return an immutable weighted tally
   */
  public WeightedNpsTally snapshot() {
    return WeightedNpsTally.of(n, detractorWeight, passiveWeight, promoterWeight, sumOfSquaredWeights);
  }

  /** Returns the sums so far, in the form of {@link WeightedNpsTally#toString()}. */
  @Override
  public String toString() {
    return "WeightedNpsAccumulator" + snapshot().toString().substring("WeightedNpsTally".length());
  }
}
