package org.cxkit.metrics.nps.internal;

/**
 * The standard normal distribution: its tail probabilities and its quantile function, written out
 * so that the module depends on cx-core alone.
 *
 * <p>Tails are computed directly, never as {@code 1 - cdf}, so that a p-value of {@code 1e-300}
 * keeps its relative precision. Below {@code |x| = 1} the tail is {@code 1/2 - phi(x) S(x)} with
 * Marsaglia's series {@code S(x) = x + x^3/3 + x^5/(3*5) + ...} (Marsaglia 2004, "Evaluating the
 * normal distribution", J. Stat. Softw. 11(4)), whose terms are all positive; beyond it the Mills
 * ratio {@code Q(x)/phi(x)} comes from its continued fraction {@code 1/(x+1/(x+2/(x+3/(x+...))))}
 * (Abramowitz and Stegun 1964, 26.2.14) evaluated from the bottom up. Both keep the relative error
 * within a few units in the last place over the whole range.
 *
 * <p>The quantile starts from Acklam's rational approximation (relative error below 1.15e-9) and
 * takes two Halley steps against the accurate tail above, which bring it to within a few units in
 * the last place.
 *
 * <p>Internal to the module (the package is not exported). Stateless and thread-safe.
 */
public final class Normal {
  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
  private static final double SERIES_LIMIT = 1.0;

  private Normal() {}

  /**
   * The density {@code phi(x) = exp(-x^2/2) / sqrt(2 pi)}.
   *
   * @param x any value
   * @return the density, zero or more
   */
  public static double density(double x) {
    return Math.exp(-0.5 * x * x) / SQRT_2PI;
  }

  /**
   * The distribution function {@code Phi(x) = P(Z <= x)}.
   *
   * @param x any value except NaN; infinities give 0 and 1
   * @return the probability, in {@code [0, 1]}
   */
  public static double cdf(double x) {
    return upperTail(-x);
  }

  /**
   * The upper tail {@code Q(x) = P(Z > x) = 1 - Phi(x)}, computed without cancellation for large
   * {@code x}.
   *
   * @param x any value except NaN; infinities give 0 and 1
   * @return the probability, in {@code [0, 1]}
   */
  public static double upperTail(double x) {
    if (Double.isNaN(x)) {
      throw new IllegalArgumentException("Invalid value for x (must not be NaN): " + x);
    }
    if (x < -SERIES_LIMIT) {
      return 1 - upperTail(-x);
    }
    if (x < SERIES_LIMIT) {
      return 0.5 - density(x) * series(x);
    }
    if (x > 40) {
      // Q(40) is about 1e-350, below the smallest double.
      return 0;
    }
    return density(x) * millsRatio(x);
  }

  /** Marsaglia's series S(x) = sum of x^(2k+1) / (1*3*...*(2k+1)); Phi(x) = 1/2 + phi(x) S(x). */
  private static double series(double x) {
    double term = x;
    double sum = x;
    double x2 = x * x;
    for (int k = 1; k < 200; k++) {
      term *= x2 / (2 * k + 1);
      double next = sum + term;
      if (next == sum) {
        break;
      }
      sum = next;
    }
    return sum;
  }

  /**
   * Q(x)/phi(x) = 1/(x+ 1/(x+ 2/(x+ 3/(x+ ...)))) for x >= 1, evaluated from the bottom up. Backward
   * evaluation damps the rounding of every step (forward Lentz accumulates it, to about 1e-15 near
   * x = 2). The fraction converges in about 400/x^2 terms; 40 + 1600/x^2 leaves a wide margin.
   */
  private static double millsRatio(double x) {
    int terms = (int) (40 + 1600 / (x * x));
    double t = x;
    for (int k = terms; k >= 1; k--) {
      t = x + k / t;
    }
    return 1 / t;
  }

  // Acklam's coefficients for the central region and the tails.
  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
  private static final double[] B = {
    -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
    6.680131188771972e+01, -1.328068155288572e+01};
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
    3.754408661907416e+00};
  private static final double P_LOW = 0.02425;

  /**
   * The quantile function {@code Phi^-1(p)}: the {@code x} with {@code P(Z <= x) = p}.
   *
   * @param p the probability, strictly between 0 and 1
   * @return the quantile, finite
   * @throws IllegalArgumentException if {@code p} is not strictly between 0 and 1
   */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("Invalid value for p (valid values strictly between 0 and 1): " + p);
    }
    if (p > 0.5) {
      // 1 - p is exact for p >= 1/2 (Sterbenz), and the quantile is odd about 1/2.
      return -lowerQuantile(1 - p);
    }
    return lowerQuantile(p);
  }

  /**
   * The quantile for 0 < p <= 1/2. Two Halley steps on f(x) = Phi(x) - p, with f'(x) = phi(x) and
   * f''(x) = -x phi(x). The correction u = (Phi(x) - p) / phi(x) is formed in log space, as
   * (Phi(x)/p - 1) * exp(log p - log phi(x)), because for p near the smallest doubles both Phi(x) - p
   * and phi(x) are subnormal or overflow when formed directly.
   */
  private static double lowerQuantile(double p) {
    double x = acklam(p);
    double logP = Math.log(p);
    for (int step = 0; step < 2; step++) {
      double logDensity = -0.5 * x * x - LOG_SQRT_2PI;
      double ratio = x < -SERIES_LIMIT
          ? Math.exp(logDensity + Math.log(millsRatio(-x)) - logP)
          : upperTail(-x) / p;
      double u = (ratio - 1) * Math.exp(logP - logDensity);
      x -= u / (1 + 0.5 * x * u);
    }
    return x;
  }

  private static double acklam(double p) {
    if (p < P_LOW) {
      double q = Math.sqrt(-2 * Math.log(p));
      return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
        / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }

  /**
   * The two-sided critical value {@code z} of a confidence level: {@code P(|Z| <= z) = level}.
   *
   * @param level the confidence level, strictly between 0 and 1 (0.95 gives 1.959963984540054)
   * @return the critical value, positive
   */
  public static double twoSidedCritical(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("Invalid value for level (valid values strictly between 0 and 1): " + level);
    }
    return -quantile((1 - level) / 2);
  }

  /**
   * The two-sided p-value of a z statistic: {@code P(|Z| >= |z|) = 2 Q(|z|)}.
   *
   * @param z the statistic, not NaN
   * @return the p-value, in {@code [0, 1]}
   */
  public static double twoSidedPValue(double z) {
    return Math.min(1, 2 * upperTail(Math.abs(z)));
  }
}
