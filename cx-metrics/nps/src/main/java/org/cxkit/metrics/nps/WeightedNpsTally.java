package org.cxkit.metrics.nps;

import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;

/**
 * A weighted Net Promoter tally: the summed weights of detractors, passives and promoters, and the
 * weighted score {@code 100 · (W_P - W_D) / W} with {@code W} the sum of all weights.
 *
 * <p>Weights make the shares unbiased for the population they stand for, but they cost precision:
 * the uncertainty rests on Kish's effective sample size {@code n_eff = (Σw)² / Σw²} (Kish 1965,
 * Survey Sampling), which equals {@code n} when all weights are equal and shrinks as
 * they spread. The variance is {@code 100² · [pP + pD - (pP - pD)²] / n_eff} with the weighted
 * shares, and {@link #estimate(NpsPolicy)} builds its interval exactly as {@link NpsTally} does with
 * {@code n_eff} in place of {@code n}: weights of 1 give the unweighted estimate bit for bit (for
 * {@code n} below 2^26, where {@code n²} is exact in a double).
 *
 * <p>An empty tally has no score; asking for one throws {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class WeightedNpsTally {
  private static final WeightedNpsTally EMPTY = new WeightedNpsTally(0, 0, 0, 0, 0);

  private final long n;
  private final double detractorWeight;
  private final double passiveWeight;
  private final double promoterWeight;
  private final double sumOfSquaredWeights;

  private WeightedNpsTally(long n, double detractorWeight, double passiveWeight, double promoterWeight,
      double sumOfSquaredWeights) {
    this.n = n;
    this.detractorWeight = detractorWeight;
    this.passiveWeight = passiveWeight;
    this.promoterWeight = promoterWeight;
    this.sumOfSquaredWeights = sumOfSquaredWeights;
  }

  static WeightedNpsTally of(long n, double detractorWeight, double passiveWeight, double promoterWeight,
      double sumOfSquaredWeights) {
    return n == 0 ? EMPTY
        : new WeightedNpsTally(n, detractorWeight, passiveWeight, promoterWeight, sumOfSquaredWeights);
  }

  /**
   * Returns the weighted tally of no answers.
   *
   * @return the empty tally
   */
  public static WeightedNpsTally empty() {
    return EMPTY;
  }

  /**
   * Returns an empty accumulator, to tally weighted answers one at a time.
   *
   * @return a new accumulator
   */
  public static WeightedNpsAccumulator accumulator() {
    return new WeightedNpsAccumulator();
  }

  /**
   * Returns a collector that tallies each element's score with its weight, sequentially or in parallel.
   *
   * @param score the score of an element, from 0 to 10
   * @param weight the weight of an element, from 1e-100 to 1e100
   * @param <T> the type of the elements
   * @return the collector
   * @throws IllegalArgumentException from the collector, if a score or a weight is invalid
   */
  public static <T> Collector<T, WeightedNpsAccumulator, WeightedNpsTally> toWeightedTally(
      ToIntFunction<? super T> score, ToDoubleFunction<? super T> weight) {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(weight, "weight");
    return Collector.of(WeightedNpsAccumulator::new,
        (a, t) -> a.add(score.applyAsInt(t), weight.applyAsDouble(t)),
        WeightedNpsAccumulator::merge, WeightedNpsAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the number of answers.
   *
   * @return the count, zero or more
   */
  public long n() {
    return n;
  }

  /**
   * Tells whether no answer was tallied.
   *
   * @return true if {@code n() == 0}
   */
  public boolean isEmpty() {
    return n == 0;
  }

  /**
   * Returns the summed weight of the detractors.
   *
   * @return the sum, zero or more
   */
  public double detractorWeight() {
    return detractorWeight;
  }

  /**
   * Returns the summed weight of the passives.
   *
   * @return the sum, zero or more
   */
  public double passiveWeight() {
    return passiveWeight;
  }

  /**
   * Returns the summed weight of the promoters.
   *
   * @return the sum, zero or more
   */
  public double promoterWeight() {
    return promoterWeight;
  }

  /**
   * Returns the sum of all weights, {@code W}.
   *
   * @return the sum, zero or more
   */
  public double totalWeight() {
    return detractorWeight + passiveWeight + promoterWeight;
  }

  /**
   * Returns the sum of the squared weights.
   *
   * @return the sum, zero or more
   */
  public double sumOfSquaredWeights() {
    return sumOfSquaredWeights;
  }

  /**
   * Returns Kish's effective sample size, {@code (Σw)² / Σw²}.
   *
   * @return the effective sample size, from 1 to {@code n} (up to rounding)
   * @throws IllegalStateException if the tally is empty
   */
  public double effectiveSampleSize() {
    requireNonEmpty();
    double w = totalWeight();
    return w * w / sumOfSquaredWeights;
  }

  /**
   * Returns the weighted score, {@code 100 · (W_P - W_D) / W}.
   *
   * @return the score, from -100 to 100
   * @throws IllegalStateException if the tally is empty
   */
  public double score() {
    requireNonEmpty();
    return 100.0 * (promoterWeight - detractorWeight) / totalWeight();
  }

  /**
   * Returns the weighted share of promoters, {@code W_P / W}.
   *
   * @return the share, from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public double promoterShare() {
    requireNonEmpty();
    return promoterWeight / totalWeight();
  }

  /**
   * Returns the weighted share of passives, {@code W_passive / W}.
   *
   * @return the share, from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public double passiveShare() {
    requireNonEmpty();
    return passiveWeight / totalWeight();
  }

  /**
   * Returns the weighted share of detractors, {@code W_D / W}.
   *
   * @return the share, from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public double detractorShare() {
    requireNonEmpty();
    return detractorWeight / totalWeight();
  }

  /**
   * Returns the variance of the weighted score, {@code 100² · [pP + pD - (pP - pD)²] / n_eff}.
   *
   * @return the variance, in squared points, zero or more
   * @throws IllegalStateException if the tally is empty
   */
  public double variance() {
    return 10_000 * NpsInterval.perResponseVariance(promoterShare(), detractorShare()) / effectiveSampleSize();
  }

  /**
   * Reports the weighted score under the default policy.
   *
   * @return the estimate, whose {@code n} is the number of answers and whose uncertainty rests on {@code n_eff}
   * @throws IllegalStateException if the tally is empty
   */
  public NpsEstimate estimate() {
    return estimate(NpsPolicy.DEFAULT);
  }

  /**
   * Reports the weighted score under a policy; the small-sample flag compares {@code n_eff} with the
   * minimum.
   *
   * @param policy the confidence level, interval method and minimum sample size
   * @return the estimate, whose {@code n} is the number of answers and whose uncertainty rests on {@code n_eff}
   * @throws IllegalStateException if the tally is empty
   */
  public NpsEstimate estimate(NpsPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return NpsEstimate.of(score(), n, effectiveSampleSize(), promoterShare(), detractorShare(), policy);
  }

  /**
   * Returns the weighted tally of both sets of answers.
   *
   * @param other the other tally
   * @return the sums of the counts and weights
   */
  public WeightedNpsTally plus(WeightedNpsTally other) {
    return of(Math.addExact(n, other.n), detractorWeight + other.detractorWeight,
        passiveWeight + other.passiveWeight, promoterWeight + other.promoterWeight,
        sumOfSquaredWeights + other.sumOfSquaredWeights);
  }

  private void requireNonEmpty() {
    if (n == 0) {
      throw new IllegalStateException(
          "No answers tallied (n = 0): an empty weighted tally has no score, shares or interval");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightedNpsTally t && n == t.n
        && Double.compare(detractorWeight, t.detractorWeight) == 0
        && Double.compare(passiveWeight, t.passiveWeight) == 0
        && Double.compare(promoterWeight, t.promoterWeight) == 0
        && Double.compare(sumOfSquaredWeights, t.sumOfSquaredWeights) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(n, detractorWeight, passiveWeight, promoterWeight, sumOfSquaredWeights);
  }

  /** Returns a form such as {@code WeightedNpsTally{n=3, detractors=1.0, passives=0.5, promoters=2.5, score=30.0}}. */
  @Override
  public String toString() {
    return "WeightedNpsTally{n=" + n + ", detractors=" + detractorWeight + ", passives=" + passiveWeight
        + ", promoters=" + promoterWeight + (n == 0 ? "" : ", score=" + score()) + "}";
  }
}
