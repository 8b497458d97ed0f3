package org.cxkit.metrics.churn.survival;

import java.util.Objects;
import java.util.OptionalDouble;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.IntervalMethod;

/**
 * A lifetime quantile (such as the median) read off a survival curve, with the confidence interval of
 * Brookmeyer &amp; Crowley (1982): the lower limit is the first churn time at which the curve's
 * pointwise lower bound falls to {@code 1 - p}, the upper limit the first at which its upper bound
 * does, as R's {@code survfit} reports them. Each part is empty when the curve (or the bound) never
 * falls that far: "not reached".
 *
 * <p>Empty input: a curve needs at least one tenure, so there is no quantile of nothing; a curve
 * that never falls to {@code 1 - p} gives a quantile whose parts are all empty.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param p the share of subscriptions churned by the quantile, strictly between 0 and 1 (1/2 for the median)
 * @param estimate the quantile, finite and zero or more, or empty if not reached
 * @param lower the lower confidence limit, finite and zero or more, or empty if not reached
 * @param upper the upper confidence limit, finite and zero or more, or empty if not reached
 * @param method the pointwise interval the limits were read from: one of the Greenwood methods
 * @param confidence the level of the pointwise intervals
 */
public record LifetimeQuantile(double p, OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper,
    IntervalMethod method, Confidence confidence) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if p is out of range, or a present part is NaN, infinite or
   *     negative
   */
  public LifetimeQuantile {
    Checks.openUnit("p", p);
    estimate = time("estimate", estimate);
    lower = time("lower", lower);
    upper = time("upper", upper);
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(confidence, "confidence");
  }

  private static OptionalDouble time(String field, OptionalDouble t) {
    Objects.requireNonNull(t, field);
    return t.isPresent() ? OptionalDouble.of(Checks.nonNegative(field, t.getAsDouble())) : t;
  }

  /**
   * Returns the confidence level of the limits.
   *
   * @return the level, strictly between 0 and 1
   */
  public double level() {
    return confidence.level();
  }
}
