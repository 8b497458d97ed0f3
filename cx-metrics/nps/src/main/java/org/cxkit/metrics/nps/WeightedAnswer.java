package org.cxkit.metrics.nps;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * One answer to "How likely are you to recommend ...?" with its survey weight, such as a
 * post-stratification weight that corrects for who answered: the item a
 * {@link WeightedNpsAccumulator} adds.
 *
 * <p>A weight of 0 is valid: the answer is counted as given but contributes nothing to the score or
 * its uncertainty (a respondent outside the population being weighted to). Positive weights lie from
 * {@value WeightedNpsTally#MIN_POSITIVE_WEIGHT} to {@value WeightedNpsTally#MAX_WEIGHT}, wide enough
 * for any survey weighting and narrow enough that squared weights, and their sums over any count,
 * neither underflow nor overflow (the effective sample size divides by the sum of squares).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param score the answer, from 0 to 10
 * @param weight the weight: 0, or from {@value WeightedNpsTally#MIN_POSITIVE_WEIGHT} to
 *     {@value WeightedNpsTally#MAX_WEIGHT}; {@code -0.0} becomes {@code 0.0}
 */
public record WeightedAnswer(int score, double weight) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the score is not from 0 to 10 (code out-of-range), or the
   *     weight is NaN or infinite (code not-finite) or neither 0 nor in the accepted range (code
   *     out-of-range, negative weights included); an {@link org.cxkit.core.result.InvalidValueException}
   */
  public WeightedAnswer {
    NpsCategory.checkScore(score);
    weight = checkWeight(weight);
  }

  /**
   * Obtains a weighted answer.
   *
   * @param score the answer, from 0 to 10
   * @param weight the weight: 0, or from {@value WeightedNpsTally#MIN_POSITIVE_WEIGHT} to
   *     {@value WeightedNpsTally#MAX_WEIGHT}
   * @return the weighted answer
   * @throws IllegalArgumentException if the score or the weight is invalid, as the constructor says
   */
  public static WeightedAnswer of(int score, double weight) {
    return new WeightedAnswer(score, weight);
  }

  /**
   * Checks a weight: {@code Invalid value for weight (valid values 0 or 1.0E-100 - 1.0E100): -1.0}.
   *
   * @return the weight, {@code -0.0} as {@code 0.0}
   */
  static double checkWeight(double weight) {
    Checks.finite("weight", weight);
    if (weight == 0) {
      return 0.0;
    }
    if (!(weight >= WeightedNpsTally.MIN_POSITIVE_WEIGHT && weight <= WeightedNpsTally.MAX_WEIGHT)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "weight", "valid values 0 or "
          + WeightedNpsTally.MIN_POSITIVE_WEIGHT + " - " + WeightedNpsTally.MAX_WEIGHT, weight);
    }
    return weight;
  }
}
