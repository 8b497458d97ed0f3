package org.cxkit.metrics.gap.ipa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;

/**
 * An importance–performance analysis (Martilla and James 1977): each attribute placed in a quadrant
 * of the importance × performance grid, the grid divided by an explicit {@link IpaCrosshair}.
 *
 * <p>Empty input: no attributes have no data means ({@link #atDataMeans} throws
 * {@link IllegalArgumentException}); with an explicit or scale-midpoint crosshair they give an
 * analysis with no quadrants.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportancePerformance {
  private final IpaCrosshair crosshair;
  private final Map<String, IpaQuadrant> quadrants;
  private final List<IpaAttribute> attributes;

  private ImportancePerformance(List<IpaAttribute> attributes, IpaCrosshair crosshair) {
    this.crosshair = crosshair;
    this.attributes = List.copyOf(attributes);
    Map<String, IpaQuadrant> placed = new LinkedHashMap<>();
    for (IpaAttribute a : this.attributes) {
      if (placed.put(a.name(), a.quadrant(crosshair)) != null) {
        throw Checks.invalid(ReasonCode.DUPLICATE, "attribute name", "must be unique", a.name() + " appears twice");
      }
    }
    this.quadrants = Collections.unmodifiableMap(placed);
  }

  /**
   * Places attributes with the crosshair at their own mean importance and mean performance.
   *
   * @param attributes the attributes, at least one, names unique
   * @return the analysis
   * @throws IllegalArgumentException if there are no attributes or a name repeats
   */
  public static ImportancePerformance atDataMeans(List<IpaAttribute> attributes) {
    return new ImportancePerformance(attributes, IpaCrosshair.atDataMeans(attributes));
  }

  /**
   * Places attributes with the crosshair at the midpoints of the answer scales.
   *
   * @param attributes the attributes, names unique
   * @param importanceScale the importance scale
   * @param performanceScale the performance scale
   * @return the analysis
   * @throws IllegalArgumentException if a name repeats
   */
  public static ImportancePerformance atScaleMidpoints(
      List<IpaAttribute> attributes, Scale importanceScale, Scale performanceScale) {
    return new ImportancePerformance(attributes, IpaCrosshair.atScaleMidpoints(importanceScale, performanceScale));
  }

  /**
   * Places attributes with a crosshair of the user's choosing.
   *
   * @param attributes the attributes, names unique
   * @param crosshair the crosshair
   * @return the analysis
   * @throws IllegalArgumentException if a name repeats
   */
  public static ImportancePerformance of(List<IpaAttribute> attributes, IpaCrosshair crosshair) {
    return new ImportancePerformance(attributes, Objects.requireNonNull(crosshair, "crosshair"));
  }

  /**
   * Returns the crosshair used.
   *
   * @return the crosshair
   */
  public IpaCrosshair crosshair() {
    return crosshair;
  }

  /**
   * Returns the attributes, in the order given.
   *
   * @return the attributes
   */
  public List<IpaAttribute> attributes() {
    return attributes;
  }

  /**
   * Returns each attribute's quadrant.
   *
   * @return attribute name to quadrant, in the order given
   */
  public Map<String, IpaQuadrant> quadrants() {
    return quadrants;
  }

  /**
   * Returns one attribute's quadrant.
   *
   * @param name an attribute's name
   * @return the quadrant
   * @throws IllegalArgumentException if no attribute has that name
   */
  public IpaQuadrant quadrant(String name) {
    IpaQuadrant q = quadrants.get(name);
    if (q == null) {
      throw Checks.invalid(ReasonCode.INVALID, "attribute name", "not in this analysis", name);
    }
    return q;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportancePerformance other && crosshair.equals(other.crosshair)
        && attributes.equals(other.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(crosshair, attributes);
  }

  /** Returns a form listing the crosshair and each attribute's quadrant. */
  @Override
  public String toString() {
    return "ImportancePerformance{" + crosshair + ", " + quadrants + "}";
  }
}
