package org.cxkit.metrics.gap.servqual;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * How important each quality dimension is, as whole points out of 100, the way SERVQUAL asks
 * respondents to allocate them (Parasuraman, Zeithaml and Berry 1988; Zeithaml, Parasuraman and
 * Berry 1990). The weight of a dimension is its points ÷ 100, so a weighted gap is
 * {@code Σ points(d) · gap(d) / 100}; equal points give the unweighted mean of the dimension gaps.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class ImportanceWeights {
  private final Map<QualityDimension, Integer> points;

  private ImportanceWeights(Map<QualityDimension, Integer> points) {
    this.points = points;
  }

  /**
   * Obtains weights from points.
   *
   * @param points whole points per dimension, each from 0 to 100, summing to exactly 100
   * @return the weights
   * @throws IllegalArgumentException if a value is out of range or the points do not sum to 100
   */
  public static ImportanceWeights of(Map<QualityDimension, Integer> points) {
    Objects.requireNonNull(points, "points");
    if (points.isEmpty()) {
      throw Checks.invalid(ReasonCode.MISSING, "importance points", "must name at least 1 dimension", "{}");
    }
    Map<QualityDimension, Integer> copy = new LinkedHashMap<>();
    int sum = 0;
    for (Map.Entry<QualityDimension, Integer> e : points.entrySet()) {
      QualityDimension dimension = Objects.requireNonNull(e.getKey(), "dimension");
      int p = Objects.requireNonNull(e.getValue(), "points");
      if (p < 0 || p > 100) {
        Checks.inRange("importance points of " + dimension, p, 0, 100);
      }
      sum += p;
      copy.put(dimension, p);
    }
    if (sum != 100) {
      throw Checks.invalid(ReasonCode.INVALID, "importance points total", "must be 100", sum);
    }
    return new ImportanceWeights(Collections.unmodifiableMap(copy));
  }

  /**
   * Obtains equal weights over some dimensions.
   *
   * @param dimensions the dimensions, distinct, their count dividing 100 (1, 2, 4, 5, 10, 20, 25, 50, 100)
   * @return the weights
   * @throws IllegalArgumentException if 100 points cannot be split equally in whole points
   */
  public static ImportanceWeights equal(List<QualityDimension> dimensions) {
    int n = dimensions.size();
    if (n == 0 || 100 % n != 0) {
      throw Checks.invalid(ReasonCode.INVALID, "dimension count", "must divide 100 points equally", n);
    }
    Map<QualityDimension, Integer> points = new LinkedHashMap<>();
    for (QualityDimension d : dimensions) {
      if (points.put(d, 100 / n) != null) {
        throw Checks.invalid(ReasonCode.DUPLICATE, "dimensions", "must be distinct", d + " appears twice");
      }
    }
    return of(points);
  }

  /**
   * Returns the points of a dimension.
   *
   * @param dimension the dimension
   * @return the points, 0 to 100; 0 for a dimension not named
   */
  public int points(QualityDimension dimension) {
    return points.getOrDefault(dimension, 0);
  }

  /**
   * Returns the points of every dimension named, in the order given.
   *
   * @return dimension to points, summing to 100
   */
  public Map<QualityDimension, Integer> asMap() {
    return points;
  }

  /** Returns the points in the instrument's dimension order, after checking they name exactly its dimensions. */
  int[] pointsFor(ServqualInstrument instrument) {
    List<QualityDimension> dims = instrument.dimensions();
    if (!points.keySet().equals(new HashSet<>(dims))) {
      List<QualityDimension> unknown = new ArrayList<>(points.keySet());
      unknown.removeAll(dims);
      List<QualityDimension> missing = new ArrayList<>(dims);
      missing.removeAll(points.keySet());
      throw Checks.invalid(ReasonCode.INVALID, "importance dimensions",
          "must be exactly " + dims + " of " + instrument.name(), "unknown " + unknown + ", missing " + missing);
    }
    int[] result = new int[dims.size()];
    for (int d = 0; d < result.length; d++) {
      result[d] = points.get(dims.get(d));
    }
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportanceWeights other && points.equals(other.points);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  /** Returns a form such as {@code {tangibles=10, reliability=30, ...}}. */
  @Override
  public String toString() {
    return points.toString();
  }
}
