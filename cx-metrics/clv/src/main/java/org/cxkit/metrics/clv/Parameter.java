package org.cxkit.metrics.clv;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.Normal;

/**
 * A fitted model parameter with its asymptotic standard error: the square root of the diagonal of
 * the inverse observed information matrix (the negative Hessian of the log-likelihood at the
 * maximum).
 *
 * <p>The standard error is empty when the information matrix is not positive definite (the
 * maximum is flat or on the boundary), rather than NaN.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the parameter's name, such as {@code r}
 * @param value the estimate, finite and strictly positive
 * @param standardError the standard error, finite and zero or more, or empty
 */
public record Parameter(String name, double value, OptionalDouble standardError) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the value is not finite
   */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(standardError, "standardError");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Invalid value for " + name + " (must be finite): " + value);
    }
  }

  /**
   * Returns the parameter as an {@link Estimate} with a Wald interval on the log scale,
   * exp(ln θ ± z SE/θ) (the delta method): positive like the parameter, and containing the value.
   *
   * @param n the number of customers the fit rests on, at least 1
   * @param level the confidence level, strictly between 0 and 1 (0.95 for 95 %)
   * @return the estimate
   * @throws IllegalStateException if there is no standard error
   * @throws IllegalArgumentException if {@code n} or {@code level} is out of range
   */
  public Estimate toEstimate(long n, double level) {
    if (standardError.isEmpty()) {
      throw new IllegalStateException("No standard error for " + name + ": the information matrix is not positive definite");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("Invalid value for level (valid values strictly between 0 and 1): " + level);
    }
    double halfWidth = Normal.twoSidedCritical(level) * standardError.getAsDouble() / value;
    return Estimate.of(value, n, value * Math.exp(-halfWidth), value * Math.exp(halfWidth), level);
  }

  @Override
  public String toString() {
    return standardError.isPresent()
        ? String.format(Locale.ROOT, "%s = %.6g (SE %.4g)", name, value, standardError.getAsDouble())
        : String.format(Locale.ROOT, "%s = %.6g (SE n/a)", name, value);
  }
}
