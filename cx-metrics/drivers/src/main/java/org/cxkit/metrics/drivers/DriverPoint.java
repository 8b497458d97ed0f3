package org.cxkit.metrics.drivers;

import java.util.Objects;
import org.cxkit.core.result.Estimate;

/**
 * One driver on the {@link DriverMatrix}.
 *
 * <p>{@code expectedChange} is the unstandardised slope of the multiple regression: among the
 * respondents, those who rated this driver one point higher and the others alike gave, on average,
 * this much more on the outcome. It is an association in survey data, not a promise of what
 * improving the driver would do: drivers not measured, and the outcome's own influence on how people
 * rate attributes (halo), are in it too.
 *
 * <p>Empty input: none; a point comes from a fitted model. This record is immutable and thread-safe.
 *
 * @param driver the driver's name
 * @param importance its share of R² in percent, by the matrix's method
 * @param performance its mean rating, or its top-box percentage
 * @param quadrant where it falls against the matrix's cuts
 * @param expectedChange outcome points per driver point, others alike, with a Student t interval
 */
public record DriverPoint(String driver, double importance, double performance, DriverQuadrant quadrant,
    Estimate expectedChange) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public DriverPoint {
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(quadrant, "quadrant");
    Objects.requireNonNull(expectedChange, "expectedChange");
  }
}
