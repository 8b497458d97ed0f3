package org.cxkit.metrics.gap.ipa;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;

/**
 * Where an importance–performance grid is divided into quadrants. Martilla and James (1977) place
 * the lines by judgement; the two usual choices are explicit factories here: {@link #atDataMeans}
 * (the mean importance and mean performance of the attributes plotted, so quadrants are relative
 * to the firm's own attributes) and {@link #atScaleMidpoints} (the middle of each answer scale, so
 * quadrants are absolute).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param importance the importance value of the horizontal line, finite
 * @param performance the performance value of the vertical line, finite
 */
public record IpaCrosshair(double importance, double performance) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a value is not finite
   */
  public IpaCrosshair {
    // -0.0 becomes 0.0, so that equal crosshairs make equal records.
    importance = Checks.finite("crosshair importance", importance) + 0.0;
    performance = Checks.finite("crosshair performance", performance) + 0.0;
  }

  /**
   * Obtains a crosshair at given values.
   *
   * @param importance the importance line, finite
   * @param performance the performance line, finite
   * @return the crosshair
   */
  public static IpaCrosshair of(double importance, double performance) {
    return new IpaCrosshair(importance, performance);
  }

  /**
   * Obtains the crosshair at the attributes' mean importance and mean performance.
   *
   * @param attributes the attributes plotted, at least one
   * @return the crosshair
   * @throws IllegalArgumentException if there are no attributes
   */
  public static IpaCrosshair atDataMeans(Collection<IpaAttribute> attributes) {
    if (attributes.isEmpty()) {
      throw Checks.invalid(ReasonCode.MISSING, "attributes", "must have at least 1 to take means", 0);
    }
    // Exact sums of the doubles, one rounding at the end: with a rounded running sum the mean of
    // 3.1, 3.3 and 3.2 comes out as 3.2000000000000006, and the attribute at 3.2 would fall below
    // the crosshair it sits on.
    BigDecimal importance = BigDecimal.ZERO;
    BigDecimal performance = BigDecimal.ZERO;
    for (IpaAttribute a : attributes) {
      importance = importance.add(new BigDecimal(a.importance()));
      performance = performance.add(new BigDecimal(a.performance()));
    }
    BigDecimal n = BigDecimal.valueOf(attributes.size());
    return of(importance.divide(n, MathContext.DECIMAL128).doubleValue(),
        performance.divide(n, MathContext.DECIMAL128).doubleValue());
  }

  /**
   * Obtains the crosshair at the midpoints of the answer scales.
   *
   * @param importanceScale the importance scale
   * @param performanceScale the performance scale
   * @return the crosshair
   */
  public static IpaCrosshair atScaleMidpoints(Scale importanceScale, Scale performanceScale) {
    return of(Objects.requireNonNull(importanceScale, "importanceScale").midpoint(),
        Objects.requireNonNull(performanceScale, "performanceScale").midpoint());
  }
}
