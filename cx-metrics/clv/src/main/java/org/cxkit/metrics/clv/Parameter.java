package org.cxkit.metrics.clv;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

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

  @Override
  public String toString() {
    return standardError.isPresent()
        ? String.format(Locale.ROOT, "%s = %.6g (SE %.4g)", name, value, standardError.getAsDouble())
        : String.format(Locale.ROOT, "%s = %.6g (SE n/a)", name, value);
  }
}
