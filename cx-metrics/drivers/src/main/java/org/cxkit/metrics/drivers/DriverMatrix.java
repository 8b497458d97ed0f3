package org.cxkit.metrics.drivers;

import java.util.List;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * The driver matrix: each driver's importance (its percentage of R², by LMG or Johnson's weights)
 * against its performance (mean rating or top-box percentage), cut into four
 * {@linkplain DriverQuadrant quadrants}, with the expected change in the outcome per point of each
 * driver. By default the cuts are the means over the drivers: for importance that is
 * {@code 100 / p} percent, a driver's fair share. Read as association, not causation.
 *
 * <p>Empty input: none; a matrix comes from a fitted model. This record is immutable and thread-safe.
 *
 * @param importanceMethod how importance was computed
 * @param performance how performance was read
 * @param importanceCut the importance at and above which a driver counts as important
 * @param performanceCut the performance at and above which a driver counts as performing
 * @param points one per driver, in the model's order
 */
public record DriverMatrix(ImportanceMethod importanceMethod, Performance performance, double importanceCut,
    double performanceCut, List<DriverPoint> points) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public DriverMatrix {
    Objects.requireNonNull(importanceMethod, "importanceMethod");
    Objects.requireNonNull(performance, "performance");
    points = List.copyOf(points);
  }

  /**
   * Returns a driver's point.
   *
   * @param driver the driver's name
   * @return the point
   * @throws IllegalArgumentException if no driver has that name
   */
  public DriverPoint point(String driver) {
    Objects.requireNonNull(driver, "driver");
    return points.stream().filter(p -> p.driver().equals(driver)).findFirst().orElseThrow(() -> Checks.invalid(
        ReasonCode.INVALID, "driver", "one of " + points.stream().map(DriverPoint::driver).toList(), "\"" + driver + "\""));
  }

  /**
   * Returns the drivers in a quadrant, in the model's order.
   *
   * @param quadrant the quadrant
   * @return the points there, possibly none
   */
  public List<DriverPoint> in(DriverQuadrant quadrant) {
    Objects.requireNonNull(quadrant, "quadrant");
    return points.stream().filter(p -> p.quadrant() == quadrant).toList();
  }

  /**
   * Returns the same points cut at other values.
   *
   * @param importanceCut the importance at and above which a driver counts as important, finite
   * @param performanceCut the performance at and above which a driver counts as performing, finite
   * @return the matrix with its quadrants recomputed
   * @throws IllegalArgumentException if a cut is not finite
   */
  public DriverMatrix withCuts(double importanceCut, double performanceCut) {
    Checks.finite("importanceCut", importanceCut);
    Checks.finite("performanceCut", performanceCut);
    List<DriverPoint> recut = points.stream().map(p -> new DriverPoint(p.driver(), p.importance(), p.performance(),
        DriverQuadrant.of(p.importance(), p.performance(), importanceCut, performanceCut), p.expectedChange())).toList();
    return new DriverMatrix(importanceMethod, performance, importanceCut, performanceCut, recut);
  }
}
