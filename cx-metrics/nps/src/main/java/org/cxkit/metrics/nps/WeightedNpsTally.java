package org.cxkit.metrics.nps;

import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;

/**
 * A weighted Net Promoter tally: the summed weights of detractors, passives and promoters, and the
 * weighted score {@code 100 · (W_P - W_D) / W} with {@code W} the sum of all weights.
 *
 * <p>Weights make the shares unbiased for the population they stand for, but they cost precision:
 * the uncertainty rests on Kish's effective sample size {@code n_eff = (Σw)² / Σw²} (Kish 1965,
 * Survey Sampling), which equals {@code n} when all weights are equal and shrinks as
 * they spread. The variance is {@code 100² · [pP + pD - (pP - pD)²] / n_eff} with the weighted
 * shares, and {@link #estimate(Confidence, NpsInterval)} builds its interval exactly as
 * {@link NpsTally} does with {@code n_eff} in place of {@code n}: weights of 1 give the unweighted
 * estimate bit for bit (for {@code n} below 2^26, where {@code n²} is exact in a double).
 *
 * <p>A weight of 0 is valid: the answer is {@linkplain #count() counted} as given, but it adds
 * nothing to any weight sum, so the score, shares, effective sample size and estimate are those of
 * the other answers, and the estimate's n is the {@linkplain #countWithWeight() number of answers
 * with a weight above 0}. Negative, NaN and infinite weights are rejected when added.
 *
 * <p>Empty input: the tally of no answers ({@link #empty()}) is a valid value with counts and
 * weights of zero; like a tally whose every answer has weight 0 ({@link #hasWeight()} false), it has
 * no score, shares or interval, and asking for one throws {@link IllegalStateException} saying so.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class WeightedNpsTally {
  /** The smallest positive weight accepted, 1e-100. */
  public static final double MIN_POSITIVE_WEIGHT = 1e-100;
  /** The largest weight accepted, 1e100. */
  public static final double MAX_WEIGHT = 1e100;

  private static final WeightedNpsTally EMPTY = new WeightedNpsTally(0, 0, 0, 0, 0, 0);

  private final long count;
  private final long countWithWeight;
  private final double detractorWeight;
  private final double passiveWeight;
  private final double promoterWeight;
  private final double sumOfSquaredWeights;

  private WeightedNpsTally(long count, long countWithWeight, double detractorWeight, double passiveWeight,
      double promoterWeight, double sumOfSquaredWeights) {
    this.count = count;
    this.countWithWeight = countWithWeight;
    this.detractorWeight = detractorWeight;
    this.passiveWeight = passiveWeight;
    this.promoterWeight = promoterWeight;
    this.sumOfSquaredWeights = sumOfSquaredWeights;
  }

  static WeightedNpsTally of(long count, long countWithWeight, double detractorWeight, double passiveWeight,
      double promoterWeight, double sumOfSquaredWeights) {
    return count == 0 ? EMPTY : new WeightedNpsTally(count, countWithWeight, detractorWeight, passiveWeight,
        promoterWeight, sumOfSquaredWeights);
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
   * Returns a collector that tallies weighted answers, sequentially or in parallel.
   *
   * @return the collector
   */
  public static Collector<WeightedAnswer, WeightedNpsAccumulator, WeightedNpsTally> toWeightedTally() {
    return Accumulators.collector(WeightedNpsAccumulator::new);
  }

  /**
   * Returns a collector that tallies each element's score with its weight, sequentially or in parallel.
   *
   * @param score the score of an element, from 0 to 10
   * @param weight the weight of an element: 0, or from {@value #MIN_POSITIVE_WEIGHT} to {@value #MAX_WEIGHT}
   * @param <T> the type of the elements
   * @return the collector
   * @throws IllegalArgumentException from the collector, if a score or a weight is invalid
   */
  public static <T> Collector<T, WeightedNpsAccumulator, WeightedNpsTally> toWeightedTally(
      ToIntFunction<? super T> score, ToDoubleFunction<? super T> weight) {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(weight, "weight");
    return Accumulators.collector(WeightedNpsAccumulator::new,
        (a, t) -> a.add(score.applyAsInt(t), weight.applyAsDouble(t)));
  }

  /**
   * Returns the number of answers, those of weight 0 included.
   *
   * @return the count, zero or more
   */
  public long count() {
    return count;
  }

  /**
   * Returns the number of answers with a weight above 0: the n of the {@linkplain #estimate()
   * estimate}.
   *
   * @return the count, from 0 to {@link #count()}
   */
  public long countWithWeight() {
    return countWithWeight;
  }

  /**
   * Tells whether no answer was tallied.
   *
   * @return true if {@code count() == 0}
   */
  public boolean isEmpty() {
    return count == 0;
  }

  /**
   * Tells whether some answer has a weight above 0, so that the tally has a score, shares and an
   * estimate.
   *
   * @return true if {@code countWithWeight() > 0}
   */
  public boolean hasWeight() {
    return countWithWeight > 0;
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
   * @return the effective sample size, from 1 to {@link #countWithWeight()} (up to rounding)
   * @throws IllegalStateException if no answer has a weight above 0
   */
  public double effectiveSampleSize() {
    requireWeight();
    double w = totalWeight();
    return w * w / sumOfSquaredWeights;
  }

  /**
   * Returns the weighted score, {@code 100 · (W_P - W_D) / W}.
   *
   * @return the score, from -100 to 100
   * @throws IllegalStateException if no answer has a weight above 0
   */
  public double score() {
    requireWeight();
    return 100.0 * (promoterWeight - detractorWeight) / totalWeight();
  }

  /**
   * Returns the weighted share of promoters, {@code W_P / W}.
   *
   * @return the share, from 0 to 1
   * @throws IllegalStateException if no answer has a weight above 0
   */
  public double promoterShare() {
    requireWeight();
    return promoterWeight / totalWeight();
  }

  /**
   * Returns the weighted share of passives, {@code W_passive / W}.
   *
   * @return the share, from 0 to 1
   * @throws IllegalStateException if no answer has a weight above 0
   */
  public double passiveShare() {
    requireWeight();
    return passiveWeight / totalWeight();
  }

  /**
   * Returns the weighted share of detractors, {@code W_D / W}.
   *
   * @return the share, from 0 to 1
   * @throws IllegalStateException if no answer has a weight above 0
   */
  public double detractorShare() {
    requireWeight();
    return detractorWeight / totalWeight();
  }

  /**
   * Returns the variance of the weighted score, {@code 100² · [pP + pD - (pP - pD)²] / n_eff}.
   *
   * @return the variance, in squared points, zero or more
   * @throws IllegalStateException if no answer has a weight above 0
   */
  public double variance() {
    return 10_000 * NpsInterval.perResponseVariance(promoterShare(), detractorShare()) / effectiveSampleSize();
  }

  /**
   * Reports the weighted score under {@link Confidence#DEFAULT} with the adjusted Wald interval.
   *
   * @return the estimate, as {@link #estimate(Confidence, NpsInterval)} describes it
   * @throws IllegalStateException if no answer has a weight above 0
   */
  public Estimate estimate() {
    return estimate(Confidence.DEFAULT, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Reports the weighted score at a confidence level with the adjusted Wald interval.
   *
   * @param confidence the confidence level and the minimum sample size
   * @return the estimate, as {@link #estimate(Confidence, NpsInterval)} describes it
   * @throws IllegalStateException if no answer has a weight above 0
   */
  public Estimate estimate(Confidence confidence) {
    return estimate(confidence, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Reports the weighted score as a core {@link Estimate}: its n is the {@linkplain #countWithWeight()
   * number of answers with a weight above 0}, its {@linkplain Estimate#effectiveN() effective n} is
   * Kish's {@code n_eff}, on which the interval and standard error rest, and the small-sample flag
   * compares {@code n_eff} with the confidence's minimum.
   *
   * @param confidence the confidence level and the minimum sample size
   * @param method the interval method
   * @return the estimate
   * @throws IllegalStateException if no answer has a weight above 0
   */
  public Estimate estimate(Confidence confidence, NpsInterval method) {
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(method, "method");
    return method.estimate(score(), countWithWeight, effectiveSampleSize(), promoterShare(), detractorShare(),
        confidence);
  }

  /**
   * Returns the weighted tally of both sets of answers.
   *
   * @param other the other tally
   * @return the sums of the counts and weights
   * @throws IllegalArgumentException if the count would exceed {@link Long#MAX_VALUE}, naming {@code count}
   */
  public WeightedNpsTally plus(WeightedNpsTally other) {
    return of(Checks.addExact("count", count, other.count), countWithWeight + other.countWithWeight,
        detractorWeight + other.detractorWeight, passiveWeight + other.passiveWeight,
        promoterWeight + other.promoterWeight, sumOfSquaredWeights + other.sumOfSquaredWeights);
  }

  private void requireWeight() {
    if (countWithWeight == 0) {
      throw new IllegalStateException(count == 0
          ? "No answers tallied (count = 0): an empty weighted tally has no score, shares or interval"
          : "Every answer has weight 0 (count = " + count + ", total weight 0): a weighted tally without "
              + "weight has no score, shares or interval");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightedNpsTally t && count == t.count && countWithWeight == t.countWithWeight
        && Double.compare(detractorWeight, t.detractorWeight) == 0
        && Double.compare(passiveWeight, t.passiveWeight) == 0
        && Double.compare(promoterWeight, t.promoterWeight) == 0
        && Double.compare(sumOfSquaredWeights, t.sumOfSquaredWeights) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, countWithWeight, detractorWeight, passiveWeight, promoterWeight, sumOfSquaredWeights);
  }

  /**
   * Returns a form such as {@code WeightedNpsTally{count=4, countWithWeight=3, detractors=1.0,
   * passives=0.5, promoters=2.5, score=37.5}}.
   */
  @Override
  public String toString() {
    return "WeightedNpsTally{count=" + count + ", countWithWeight=" + countWithWeight
        + ", detractors=" + detractorWeight + ", passives=" + passiveWeight + ", promoters=" + promoterWeight
        + (hasWeight() ? ", score=" + score() : "") + "}";
  }
}
