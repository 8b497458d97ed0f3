package org.cxkit.core.result;

import java.util.Locale;

/**
 * A figure estimated from a sample, with the sample size and a confidence interval: the form in
 * which every cx metric that is an estimate is reported, since a figure without its uncertainty
 * invites over-reading.
 *
 * <p>The interval {@code [lower, upper]} always contains the point {@code value}; it need not be
 * symmetric around it (a Wilson interval near 0 % is not), so the {@linkplain #marginOfError()
 * margin of error} is the larger of the two distances from the value to the bounds.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the point estimate, finite
 * @param n the number of observations it rests on, at least 1
 * @param lower the lower bound of the interval, finite, at most {@code value}
 * @param upper the upper bound of the interval, finite, at least {@code value}
 * @param level the confidence level of the interval, strictly between 0 and 1 (0.95 for 95 %)
 */
public record Estimate(double value, long n, double lower, double upper, double level) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a part is out of its range, named in the message
   */
  public Estimate {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Invalid value for value (must be finite): " + value);
    }
    if (n < 1) {
      throw new IllegalArgumentException("Invalid value for n (must be at least 1): " + n);
    }
    if (!(Double.isFinite(lower) && lower <= value)) {
      throw new IllegalArgumentException(
          "Invalid value for lower (must be finite and at most the value " + value + "): " + lower);
    }
    if (!(Double.isFinite(upper) && upper >= value)) {
      throw new IllegalArgumentException(
          "Invalid value for upper (must be finite and at least the value " + value + "): " + upper);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("Invalid value for level (valid values strictly between 0 and 1): " + level);
    }
  }

  /**
   * Obtains an estimate.
   *
   * @param value the point estimate, finite
   * @param n the sample size, at least 1
   * @param lower the lower bound, finite, at most {@code value}
   * @param upper the upper bound, finite, at least {@code value}
   * @param level the confidence level, strictly between 0 and 1
   * @return the estimate
   */
  public static Estimate of(double value, long n, double lower, double upper, double level) {
    return new Estimate(value, n, lower, upper, level);
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

  /** Returns a readable form such as {@code 42.5 (95% CI 30.1 to 53.0, n=120)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%s%% CI %s to %s, n=%d)",
        value, stripZeros(level * 100), lower, upper, n);
  }

  private static String stripZeros(double percent) {
    return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
  }
}
