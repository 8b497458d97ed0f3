package org.cxkit.metrics.drivers;

import java.util.Objects;
import org.cxkit.core.result.Estimate;

/**
 * One driver's coefficient in the multiple regression of the outcome on all drivers.
 *
 * <p>The standardised coefficient (beta weight) is the difference in the outcome, in standard
 * deviations, between respondents who differ by one standard deviation on this driver and are alike
 * on the others. The slope is the same in the variables' own units: the difference in the outcome per
 * point of this driver, others alike, {@code b = β · s(outcome) / s(driver)}. Both carry a Student t
 * interval on {@code n − p − 1} degrees of freedom with their standard error. They describe an
 * association among the respondents, not what changing the driver would do.
 *
 * <p>The variance inflation factor {@code 1 / (1 − R²)} of the driver on the other drivers says how
 * much its correlation with them widens its interval (1 for a driver uncorrelated with the others;
 * above 5 to 10 is usually read as strong collinearity).
 *
 * <p>Empty input: none; the regression needs at least {@code p + 2} respondents. This record is
 * immutable and thread-safe.
 *
 * @param driver the driver's name
 * @param standardised the beta weight, method Student t, with its standard error
 * @param slope the unstandardised slope (outcome points per driver point), method Student t, with its
 *     standard error
 * @param varianceInflation the variance inflation factor, 1 or more
 */
public record DriverCoefficient(String driver, Estimate standardised, Estimate slope, double varianceInflation) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public DriverCoefficient {
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(standardised, "standardised");
    Objects.requireNonNull(slope, "slope");
  }
}
