package org.cxkit.core.result;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.cxkit.core.internal.Checks;

/**
 * A figure estimated from a sample, reported with everything needed to read it honestly: the sample
 * size, a confidence interval and how it was computed, the standard error where the method has one,
 * the effective sample size (Kish's, for weighted data), and whether that sample is below the
 * caller's {@linkplain Confidence#minimumN() minimum}. It is the one form in which every cx figure
 * that is an estimate is reported.
 *
 * <p>The interval {@code [lower, upper]} always contains the point {@code value}; it need not be
 * symmetric around it (a Wilson interval near 0 % is not), so the {@linkplain #marginOfError()
 * margin of error} is the larger of the two distances from the value to the bounds.
 *
 * <p>{@link #toJson()} writes the one JSON shape every estimate has, in the library and in the
 * {@code cx} command:
 * <pre>{@code
 * {"value": 42.5, "n": 120, "lower": 30.1, "upper": 53.0, "level": 0.95, "method": "wilson",
 *  "marginOfError": 12.4, "standardError": null, "effectiveN": 120.0, "minimumN": 30,
 *  "belowMinimum": false}
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the point estimate, finite
 * @param n the number of observations it rests on, at least 1
 * @param lower the lower bound of the interval, finite, at most {@code value}
 * @param upper the upper bound of the interval, finite, at least {@code value}
 * @param method how the interval was computed
 * @param confidence the level of the interval and the minimum sample size it is judged against
 * @param standardError the standard error the interval was built with, finite and zero or more,
 *     where the method has one
 * @param effectiveN the sample size the uncertainty rests on: {@code n} unweighted, Kish's
 *     {@code (Σw)² / Σw²} weighted; finite and greater than 0
 */
public record Estimate(double value, long n, double lower, double upper, IntervalMethod method,
    Confidence confidence, OptionalDouble standardError, double effectiveN) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a part is out of its range, named in the message
   */
  public Estimate {
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
    Checks.positiveFinite("effectiveN", effectiveN);
  }

  /**
   * Obtains an estimate on an unweighted sample ({@code effectiveN == n}) with no standard error;
   * add one with {@link #withStandardError(double)}.
   *
   * @param value the point estimate, finite
   * @param n the sample size, at least 1
   * @param lower the lower bound, finite, at most {@code value}
   * @param upper the upper bound, finite, at least {@code value}
   * @param method how the interval was computed
   * @param confidence the level of the interval and the minimum sample size
   * @return the estimate
   */
  public static Estimate of(double value, long n, double lower, double upper, IntervalMethod method,
      Confidence confidence) {
    return new Estimate(value, n, lower, upper, method, confidence, OptionalDouble.empty(), n);
  }

  /**
   * Returns a copy with a standard error.
   *
   * @param standardError the standard error, finite and zero or more
   * @return the estimate
   */
  public Estimate withStandardError(double standardError) {
    return new Estimate(value, n, lower, upper, method, confidence, OptionalDouble.of(standardError), effectiveN);
  }

  /**
   * Returns a copy with an effective sample size, for weighted data.
   *
   * @param effectiveN the effective sample size, finite and greater than 0
   * @return the estimate
   */
  public Estimate withEffectiveN(double effectiveN) {
    return new Estimate(value, n, lower, upper, method, confidence, standardError, effectiveN);
  }

  /**
   * Returns the estimate carried through an increasing function, such as a monthly churn rate
   * compounded to a year: value and bounds are mapped, so the interval keeps its level and method
   * (the interval of {@code f(θ)} is {@code f} of the interval of {@code θ}). The standard error,
   * which does not carry through a non-linear map, is dropped.
   *
   * @param increasing a non-decreasing function, finite on the interval
   * @return the mapped estimate
   * @throws IllegalArgumentException if the mapped bounds are not finite or do not hold the mapped value
   */
  public Estimate map(DoubleUnaryOperator increasing) {
    Objects.requireNonNull(increasing, "increasing");
    return new Estimate(increasing.applyAsDouble(value), n, increasing.applyAsDouble(lower),
        increasing.applyAsDouble(upper), method, confidence, OptionalDouble.empty(), effectiveN);
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
   * Tells whether the effective sample size is below the policy's minimum, so that the figure should
   * be read with care or not at all.
   *
   * @return true if {@code effectiveN() < confidence().minimumN()}
   */
  public boolean isBelowMinimum() {
    return effectiveN < confidence.minimumN();
  }

  /**
   * Returns the larger distance from the value to a bound: for a symmetric interval, its half-width.
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
   * Returns the estimate in the one JSON shape of the class comment: numbers in their shortest exact
   * form, {@code standardError} {@code null} where there is none.
   *
   * @return a JSON object
   */
  public String toJson() {
    return "{\"value\":" + value + ",\"n\":" + n + ",\"lower\":" + lower + ",\"upper\":" + upper
        + ",\"level\":" + level() + ",\"method\":\"" + method.key() + "\",\"marginOfError\":" + marginOfError()
        + ",\"standardError\":" + (standardError.isPresent() ? Double.toString(standardError.getAsDouble()) : "null")
        + ",\"effectiveN\":" + effectiveN + ",\"minimumN\":" + confidence.minimumN()
        + ",\"belowMinimum\":" + isBelowMinimum() + "}";
  }

  /**
   * Returns a readable form such as {@code 42.5 (95% Wilson CI 30.1 to 53.0, n=120)}, with
   * {@code , effective n=96.2} for weighted data and a trailing {@code  below minimum 30} when flagged.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%s%% %s CI %s to %s, n=%d%s)%s", value, percent(level()),
        method.label(), lower, upper, n, effectiveN == n ? "" : ", effective n=" + effectiveN,
        isBelowMinimum() ? " below minimum " + confidence.minimumN() : "");
  }

  static String percent(double level) {
    double p = level * 100;
    return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
  }
}
