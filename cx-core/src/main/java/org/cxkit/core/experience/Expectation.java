package org.cxkit.core.experience;

import java.util.Objects;
import org.cxkit.core.scale.Scale;

/**
 * What a customer expects on one quality dimension, as a score on a declared scale, at one
 * {@linkplain ExpectationLevel level}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param dimension the quality dimension
 * @param scale the scale the score is on
 * @param score the score, within the scale's bounds (a mean of several items may fall between answers)
 * @param level desired, adequate or predicted
 */
public record Expectation(QualityDimension dimension, Scale scale, double score, ExpectationLevel level) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the score is not finite or off the scale
   */
  public Expectation {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(scale, "scale").check("expectation score", score);
  }

  /**
   * Obtains the desired expectation on a dimension.
   *
   * @param dimension the dimension
   * @param scale the scale
   * @param score the score, within the scale's bounds
   * @return the expectation
   */
  public static Expectation desired(QualityDimension dimension, Scale scale, double score) {
    return new Expectation(dimension, scale, score, ExpectationLevel.DESIRED);
  }

  /**
   * Obtains the adequate (least acceptable) expectation on a dimension.
   *
   * @param dimension the dimension
   * @param scale the scale
   * @param score the score, within the scale's bounds
   * @return the expectation
   */
  public static Expectation adequate(QualityDimension dimension, Scale scale, double score) {
    return new Expectation(dimension, scale, score, ExpectationLevel.ADEQUATE);
  }

  /**
   * Obtains the predicted expectation on a dimension.
   *
   * @param dimension the dimension
   * @param scale the scale
   * @param score the score, within the scale's bounds
   * @return the expectation
   */
  public static Expectation predicted(QualityDimension dimension, Scale scale, double score) {
    return new Expectation(dimension, scale, score, ExpectationLevel.PREDICTED);
  }
}
