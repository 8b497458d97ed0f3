package org.cxkit.metrics.clv.internal;

/**
 * Log-gamma, digamma, log-beta and log-sum-exp, accurate to a few units in the last place of a
 * double over the ranges the CLV models use (arguments from about 1e-300 to 1e300).
 *
 * <p>Log-gamma and digamma use their asymptotic (Stirling) series for arguments of 10 and more, and
 * the recurrences {@code lnΓ(x) = lnΓ(x + n) − ln(x (x + 1) … (x + n − 1))} and
 * {@code ψ(x) = ψ(x + 1) − 1/x} below, so that the series is never used where it is inaccurate.
 * Below 10 the recurrence subtracts two logarithms of about 13, so the error of ln Γ there is
 * absolute, within 6e-15 (negligible in a log-likelihood); from 10 on it is relative, within a few
 * units in the last place.
 * Internal to the module; stateless and thread-safe.
 */
public final class SpecialFunctions {
  private SpecialFunctions() {}

  private static final double HALF_LOG_TWO_PI = 0.91893853320467274178032973640562;
  private static final double EULER_GAMMA = 0.57721566490153286060651209008240;
  private static final double SERIES_FROM = 10;

  /**
   * Returns ln Γ(x).
   *
   * @param x the argument, strictly positive and finite
   * @return ln Γ(x), finite
   * @throws IllegalArgumentException if {@code x} is not strictly positive and finite
   */
  public static double logGamma(double x) {
    if (!(x > 0 && x < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("Invalid value for x (valid values > 0, finite): " + x);
    }
    if (x < 1e-8) {
      // ln Γ(x) = −ln x − γx + O(x²): the product form below would lose nothing, but this is exact here.
      return -Math.log(x) - EULER_GAMMA * x;
    }
    if (x == 1 || x == 2) {
      return 0;
    }
    if (x >= SERIES_FROM) {
      return stirling(x);
    }
    double product = 1;
    double z = x;
    while (z < SERIES_FROM) {
      product *= z;
      z += 1;
    }
    return stirling(z) - Math.log(product);
  }

  /** The Stirling series; seven correction terms give full double precision from x = 10 on. */
  private static double stirling(double x) {
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series = inv * (1.0 / 12 + inv2 * (-1.0 / 360 + inv2 * (1.0 / 1260 + inv2 * (-1.0 / 1680
        + inv2 * (1.0 / 1188 + inv2 * (-691.0 / 360360 + inv2 * (1.0 / 156)))))));
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
  }

  /**
   * Returns the digamma function ψ(x) = d ln Γ(x) / dx.
   *
   * @param x the argument, strictly positive and finite
   * @return ψ(x)
   * @throws IllegalArgumentException if {@code x} is not strictly positive and finite
   */
  public static double digamma(double x) {
    if (!(x > 0 && x < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("Invalid value for x (valid values > 0, finite): " + x);
    }
    if (x < 1e-8) {
      return -1 / x - EULER_GAMMA;
    }
    double shift = 0;
    double z = x;
    while (z < SERIES_FROM) {
      shift -= 1 / z;
      z += 1;
    }
    double inv2 = 1 / (z * z);
    double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
        - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760 - inv2 * (1.0 / 12)))))));
    return shift + Math.log(z) - 0.5 / z - series;
  }

  /**
   * Returns ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
   *
   * @param a the first argument, strictly positive and finite
   * @param b the second argument, strictly positive and finite
   * @return ln B(a, b)
   */
  public static double logBeta(double a, double b) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
  }

  /**
   * Returns ln(e^u + e^v) without overflow or underflow.
   *
   * @param u a log-term, finite or −∞
   * @param v a log-term, finite or −∞
   * @return ln(e^u + e^v)
   */
  public static double logSumExp(double u, double v) {
    double max = Math.max(u, v);
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    return max + Math.log1p(Math.exp(Math.min(u, v) - max));
  }
}
