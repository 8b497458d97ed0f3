package org.cxkit.metrics.drivers;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.ReasonCode;

/**
 * A driver figure estimated from a sample with an interval whose method core's
 * {@link org.cxkit.core.result.IntervalMethod} does not (yet) name: a correlation with its Fisher z
 * interval, an importance share with its bootstrap percentile interval. It reads and writes exactly
 * as an {@link Estimate} does (the same fields, the same JSON shape, the same readable form), so
 * that it can become one when core gains these methods.
 *
 * <p>The interval {@code [lower, upper]} contains the value. This record is immutable and
 * thread-safe.
 *
 * @param value the point estimate, finite
 * @param n the number of respondents it rests on, at least 1
 * @param lower the lower bound, finite, at most {@code value}
 * @param upper the upper bound, finite, at least {@code value}
 * @param method how the interval was computed
 * @param confidence the level of the interval and the minimum sample size it is judged against
 * @param standardError the standard error on the figure's own scale, where the method gives one
 *     (the bootstrap's: the standard deviation of the resampled values), finite and zero or more
 */
public record DriverEstimate(double value, long n, double lower, double upper, Method method,
    Confidence confidence, OptionalDouble standardError) {

  /**
   * How the interval of a {@link DriverEstimate} was computed.
   */
  public enum Method {
    /**
     * Fisher's z transformation for a Pearson correlation (Fisher 1921): {@code z = atanh r},
     * {@code z ± z(α/2) / √(n − 3)}, mapped back by {@code tanh}; R's {@code cor.test} interval.
     */
    FISHER_Z("Fisher z"),
    /**
     * Fisher's z transformation for a Spearman correlation with Bonett and Wright's (2000) standard
     * error {@code √((1 + r²/2) / (n − 3))}.
     */
    FISHER_Z_BONETT_WRIGHT("Fisher z, Bonett-Wright"),
    /**
     * The percentile bootstrap (Efron 1979): the {@code α/2} and {@code 1 − α/2} percentiles of the
     * figure over resamples of the respondents, widened if need be to hold the full-sample value.
     */
    BOOTSTRAP_PERCENTILE("bootstrap percentile");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    /**
     * Returns the method's name for people, such as {@code Fisher z}.
     *
     * @return the label
     */
    public String label() {
      return label;
    }

    /**
     * Returns the method's key in JSON, the constant's name in lower case with hyphens, such as
     * {@code fisher-z}.
     *
     * @return the key
     */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a part is out of its range, named in the message
   */
  public DriverEstimate {
    Checks.finite("value", value);
    Checks.positive("n", n);
    if (!(Double.isFinite(lower) && lower <= value)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "lower", "must be finite and at most the value " + value, lower);
    }
    if (!(Double.isFinite(upper) && upper >= value)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "upper", "must be finite and at least the value " + value, upper);
    }
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(standardError, "standardError");
    standardError.ifPresent(se -> Checks.nonNegative("standardError", se));
  }

  /**
   * Obtains an estimate with no standard error.
   *
   * @param value the point estimate, finite
   * @param n the number of respondents, at least 1
   * @param lower the lower bound, finite, at most {@code value}
   * @param upper the upper bound, finite, at least {@code value}
   * @param method how the interval was computed
   * @param confidence the level and the minimum sample size
   * @return the estimate
   */
  public static DriverEstimate of(double value, long n, double lower, double upper, Method method,
      Confidence confidence) {
    return new DriverEstimate(value, n, lower, upper, method, confidence, OptionalDouble.empty());
  }

  /**
   * Returns the confidence level of the interval.
   *
   * @return the level, strictly between 0 and 1
   */
  public double level() {
    return confidence.level();
  }

  /**
   * Tells whether the sample is below the policy's minimum, so that the figure should be read with
   * care or not at all.
   *
   * @return true if {@code n() < confidence().minimumN()}
   */
  public boolean isBelowMinimum() {
    return n < confidence.minimumN();
  }

  /**
   * Returns the larger distance from the value to a bound.
   *
   * @return the margin of error, zero or more
   */
  public double marginOfError() {
    return Math.max(value - lower, upper - value);
  }

  /**
   * Tells whether a value lies in the interval, bounds included.
   *
   * @param x the value
   * @return true if {@code lower <= x <= upper}
   */
  public boolean contains(double x) {
    return x >= lower && x <= upper;
  }

  /**
   * Returns the estimate in {@link Estimate#toJson()}'s shape, {@code effectiveN} equal to {@code n}.
   *
   * @return a JSON object
   */
  public String toJson() {
    return "{\"value\":" + value + ",\"n\":" + n + ",\"lower\":" + lower + ",\"upper\":" + upper
        + ",\"level\":" + level() + ",\"method\":\"" + method.key() + "\",\"marginOfError\":" + marginOfError()
        + ",\"standardError\":" + (standardError.isPresent() ? Double.toString(standardError.getAsDouble()) : "null")
        + ",\"effectiveN\":" + (double) n + ",\"minimumN\":" + confidence.minimumN()
        + ",\"belowMinimum\":" + isBelowMinimum() + "}";
  }

  /** Returns a form such as {@code 0.42 (95% Fisher z CI 0.27 to 0.55, n=120)}. */
  @Override
  public String toString() {
    double p = level() * 100;
    String level = p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    return String.format(Locale.ROOT, "%s (%s%% %s CI %s to %s, n=%d)%s", value, level, method.label(), lower,
        upper, n, isBelowMinimum() ? " below minimum " + confidence.minimumN() : "");
  }
}
