package org.cxkit.metrics.drivers;

import java.util.List;
import java.util.Objects;

/**
 * The ordinary least-squares regression of the outcome on all drivers at once, on standardised
 * variables: computed from the drivers' correlation matrix {@code R} and their correlations
 * {@code r} with the outcome as {@code β = R⁻¹ r} through the Cholesky factor of {@code R},
 * {@code R² = βᵀ r}, adjusted {@code R² = 1 − (1 − R²)(n − 1)/(n − p − 1)}, and the standard error of
 * each beta {@code √((1 − R²)/(n − p − 1) · (R⁻¹)ⱼⱼ)}, which is what {@code lm} gives on scaled data.
 *
 * <p>The Cholesky factorisation is the collinearity check: a driver whose {@code 1 − R²} on the
 * drivers before it is not above 1e-10 is rejected by name. {@link #conditionNumber()}, the ratio of
 * the largest to the smallest eigenvalue of {@code R}, says how close to that the drivers come
 * (above about 30, coefficients are unstable; relative importance, which averages over models, much
 * less so).
 *
 * <p>Empty input: none; a regression needs at least {@code p + 2} respondents (and 4), which
 * {@link DriverAnalysis} checks. This record is immutable and thread-safe.
 *
 * @param count the respondents the regression rests on (under pairwise deletion, the fewest behind
 *     any of its correlations)
 * @param rSquared the share of the outcome's variance the drivers explain together, from 0 to 1
 * @param adjustedRSquared R² adjusted for the number of drivers, at most {@code rSquared}
 * @param residualStandardError the typical distance of the outcome from its fitted value, in the
 *     outcome's units: {@code s(outcome) · √((1 − R²)(n − 1)/(n − p − 1))}
 * @param conditionNumber the largest over the smallest eigenvalue of the drivers' correlation matrix,
 *     1 or more
 * @param coefficients one per driver, in the model's order
 */
public record DriverRegression(long count, double rSquared, double adjustedRSquared, double residualStandardError,
    double conditionNumber, List<DriverCoefficient> coefficients) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if the coefficients are null
   */
  public DriverRegression {
    coefficients = List.copyOf(coefficients);
  }

  /**
   * Returns a driver's coefficient.
   *
   * @param driver the driver's name
   * @return the coefficient
   * @throws IllegalArgumentException if no driver has that name
   */
  public DriverCoefficient coefficient(String driver) {
    Objects.requireNonNull(driver, "driver");
    return coefficients.stream().filter(c -> c.driver().equals(driver)).findFirst()
        .orElseThrow(() -> org.cxkit.core.internal.Checks.invalid(org.cxkit.core.result.ReasonCode.INVALID,
            "driver", "one of " + coefficients.stream().map(DriverCoefficient::driver).toList(), "\"" + driver + "\""));
  }
}
