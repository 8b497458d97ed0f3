package org.cxkit.metrics.clv;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;

/**
 * A fitted model parameter with its asymptotic standard error: the square root of the diagonal of
 * the inverse observed information matrix (the negative Hessian of the log-likelihood at the
 * maximum).
 *
 * <p>The standard error is empty when the information matrix is not positive definite (the
 * maximum is flat or on the boundary), rather than NaN.
 *
 * <p><b>Empty input:</b> not applicable; a parameter exists only for a fit, and a model cannot be
 * fitted to no customers.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the parameter's name, such as {@code r}
 * @param value the estimate, finite (strictly positive for a fitted parameter)
 * @param standardError the standard error, finite and zero or more, or empty
 */
public record Parameter(String name, double value, OptionalDouble standardError) {

  /**
   * Checks the parts.
   *
   * @throws org.cxkit.core.result.InvalidValueException if the value is not finite, or the standard
   *     error is negative or not finite
   */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(standardError, "standardError");
    Checks.finite(name, value);
    standardError.ifPresent(se -> Checks.nonNegative("standardError", se));
  }

  /**
   * Returns the parameter as an {@link Estimate} with a Wald interval on the log scale
   * ({@link IntervalMethod#LOG_WALD}), θ · exp(± z · SE / θ) (the delta method: SE / θ is the
   * standard error of ln θ), positive like the parameter and containing the value. The estimate
   * carries the parameter's standard error, on the parameter's own scale.
   *
   * @param n the number of customers the fit rests on, at least 1
   * @param confidence the confidence level and the minimum sample size the estimate is judged against
   * @return the estimate
   * @throws IllegalStateException if there is no standard error, or the value is not strictly positive
   * @throws org.cxkit.core.result.InvalidValueException if {@code n} is below 1
   */
  public Estimate toEstimate(long n, Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    if (standardError.isEmpty()) {
      throw new IllegalStateException("No standard error for " + name + ": the information matrix is not positive definite");
    }
    if (!(value > 0)) {
      throw new IllegalStateException("No log-scale interval for " + name + ": the value is not positive: " + value);
    }
    double se = standardError.getAsDouble();
    double halfWidth = confidence.criticalValue() * se / value;
    // min/max: exp(±h) rounds, and the bounds must hold the value.
    double lower = Math.min(value, value * Math.exp(-halfWidth));
    double upper = Math.max(value, value * Math.exp(halfWidth));
    return Estimate.of(value, n, lower, upper, IntervalMethod.LOG_WALD, confidence).withStandardError(se);
  }

  /**
   * Returns the parameter as an {@link Estimate} under {@link Confidence#DEFAULT} (95 %, flagged below
   * 30 customers), as {@link #toEstimate(long, Confidence)} does.
   *
   * @param n the number of customers the fit rests on, at least 1
   * @return the estimate
   * @throws IllegalStateException if there is no standard error, or the value is not strictly positive
   * @throws org.cxkit.core.result.InvalidValueException if {@code n} is below 1
   */
  public Estimate toEstimate(long n) {
    return toEstimate(n, Confidence.DEFAULT);
  }

  /** A fitted parameter with its standard error from row {@code i} of a covariance matrix, or none. */
  static Parameter fitted(String name, double value, double[][] covariance, int i) {
    double variance = covariance == null ? Double.NaN : covariance[i][i];
    return new Parameter(name, value, variance >= 0 && variance < Double.POSITIVE_INFINITY
        ? OptionalDouble.of(Math.sqrt(variance)) : OptionalDouble.empty());
  }

  @Override
  public String toString() {
    return standardError.isPresent()
        ? String.format(Locale.ROOT, "%s = %.6g (SE %.4g)", name, value, standardError.getAsDouble())
        : String.format(Locale.ROOT, "%s = %.6g (SE n/a)", name, value);
  }
}
