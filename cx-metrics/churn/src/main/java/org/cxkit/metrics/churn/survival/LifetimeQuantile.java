package org.cxkit.metrics.churn.survival;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A lifetime quantile (such as the median) read off a survival curve, with the confidence interval of
 * Brookmeyer &amp; Crowley (1982): the lower limit is the first churn time at which the curve's
 * pointwise lower bound falls to {@code 1 - p}, the upper limit the first at which its upper bound
 * does, as R's {@code survfit} reports them. Each part is empty when the curve (or the bound) never
 * falls that far: "not reached".
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param p the share of subscriptions churned by the quantile, strictly between 0 and 1 (1/2 for the median)
 * @param estimate the quantile, or empty if not reached
 * @param lower the lower confidence limit, or empty if not reached
 * @param upper the upper confidence limit, or empty if not reached
 * @param level the confidence level, strictly between 0 and 1
 */
public record LifetimeQuantile(double p, OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper,
    double level) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if p or the level is out of range
   */
  public LifetimeQuantile {
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("Invalid value for p (valid values strictly between 0 and 1): " + p);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("Invalid value for level (valid values strictly between 0 and 1): " + level);
    }
  }
}
