package org.cxkit.metrics.gap.ipa;

import java.util.Objects;
import org.cxkit.core.internal.Checks;

/**
 * One attribute of an importance–performance analysis: how important customers rate it and how well
 * they rate the firm's performance on it, usually each a mean of answers on a scale.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the attribute's name, not blank
 * @param importance the importance, finite
 * @param performance the performance, finite
 */
public record IpaAttribute(String name, double importance, double performance) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the name is blank or a value not finite
   */
  public IpaAttribute {
    Objects.requireNonNull(name, "name");
    Checks.nonBlank("attribute name", name);
    // -0.0 becomes 0.0, so that equal attributes make equal records.
    importance = Checks.finite("importance of " + name, importance) + 0.0;
    performance = Checks.finite("performance of " + name, performance) + 0.0;
  }

  /**
   * Obtains an attribute.
   *
   * @param name the name, not blank
   * @param importance the importance, finite
   * @param performance the performance, finite
   * @return the attribute
   */
  public static IpaAttribute of(String name, double importance, double performance) {
    return new IpaAttribute(name, importance, performance);
  }

  /**
   * Returns this attribute's quadrant.
   *
   * @param crosshair where the grid is divided
   * @return the quadrant (on a line counts as high)
   */
  public IpaQuadrant quadrant(IpaCrosshair crosshair) {
    return IpaQuadrant.of(importance, performance, crosshair);
  }
}
