package org.cxkit.metrics.gap;

import java.math.BigInteger;
import org.cxkit.core.result.Estimate;

/**
 * Student t confidence intervals for a mean, from exact integer sums or from double moments.
 *
 * <p>The interval is {@code mean ± t(1 − α/2; n − 1) · s / √n}, s the sample standard deviation
 * (divisor {@code n − 1}), computed by {@link org.cxkit.core.stat.Intervals#studentT}; it needs at
 * least two observations.
 */
final class Intervals {
  private Intervals() {}

  /** Default confidence level of the convenience methods. */
  static final double DEFAULT_LEVEL = 0.95;

  /**
   * Returns the sample covariance of two integer series from their exact sums, rounded once:
   * {@code (n Σxy − Σx Σy) / (n (n − 1))}.
   */
  static double covariance(long n, long sumX, long sumY, long sumXy) {
    BigInteger numerator = BigInteger.valueOf(n).multiply(BigInteger.valueOf(sumXy))
        .subtract(BigInteger.valueOf(sumX).multiply(BigInteger.valueOf(sumY)));
    double denominator = (double) n * (double) (n - 1);
    return numerator.doubleValue() / denominator;
  }

  /** Throws {@link IllegalStateException} unless there are at least two observations. */
  static void requireTwo(String what, long n) {
    if (n < 2) {
      throw new IllegalStateException("Cannot estimate " + what + " with an interval from " + n
          + " observation" + (n == 1 ? "" : "s") + " (at least 2 needed)");
    }
  }

  /**
   * Returns the t interval for a mean, from {@link org.cxkit.core.stat.Intervals#studentT}.
   *
   * @param what the figure's name, for the message when there are too few observations
   */
  static Estimate mean(String what, long n, double mean, double variance, double level) {
    Checks.level(level);
    requireTwo(what, n);
    return org.cxkit.core.stat.Intervals.studentT(mean, Math.max(0, variance), n, level);
  }
}
