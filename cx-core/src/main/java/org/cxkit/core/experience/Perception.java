package org.cxkit.core.experience;

import java.util.Objects;
import org.cxkit.core.scale.Scale;

/**
 * What a customer took from what actually happened, on one quality dimension, as a score on a
 * declared scale.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param dimension the quality dimension
 * @param scale the scale the score is on
 * @param score the score, within the scale's bounds
 */
public record Perception(QualityDimension dimension, Scale scale, double score) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the score is not finite or off the scale
   */
  public Perception {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(scale, "scale").check("perception score", score);
  }

  /**
   * Obtains a perception.
   *
   * @param dimension the dimension
   * @param scale the scale
   * @param score the score, within the scale's bounds
   * @return the perception
   */
  public static Perception of(QualityDimension dimension, Scale scale, double score) {
    return new Perception(dimension, scale, score);
  }
}
