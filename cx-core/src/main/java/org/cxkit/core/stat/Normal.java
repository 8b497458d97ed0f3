package org.cxkit.core.stat;

import org.cxkit.core.internal.Checks;

/**
 * The standard normal distribution: density, distribution function, upper tail, quantile, and the
 * two-sided critical value and p-value built on them.
 *
 * <p>Tails are computed directly, never as {@code 1 - cdf}, so that a tail of {@code 1e-300} keeps
 * its relative precision. Below {@code |x| = 1} the tail is {@code 1/2 - phi(x) S(x)} with
 * Marsaglia's series {@code S(x) = x + x^3/3 + x^5/(3*5) + ...} (Marsaglia 2004, "Evaluating the
 * normal distribution", J. Stat. Softw. 11(4)), whose terms are all positive; beyond it the Mills
 * ratio {@code Q(x)/phi(x)} comes from its continued fraction {@code 1/(x+1/(x+2/(x+3/(x+...))))}
 * (Abramowitz and Stegun 1964, 26.2.14) evaluated from the bottom up. The density {@code exp(-x^2/2)}
 * is formed with {@code x} split into a head whose square is exact and a small remainder (Cody 1969),
 * so that the rounding of {@code x^2}, which a plain {@code exp(-x * x / 2)} magnifies to about
 * {@code x^2} ulps, is not carried into the tail. The relative error of the tail is a few units in the
 * last place (below 5e-15) down to the smallest normal double, near {@code x = 37.5}.
 *
 * <p>The quantile starts from Acklam's rational approximation (relative error below 1.15e-9) and
 * takes two Halley steps against the accurate tail, which bring it to within a few units in the last
 * place for every {@code p} down to {@code 1e-300}.
 *
 * <p>Taken from the NPS module's copy, the most accurate of the four the metric modules carried
 * (checked against 40-digit mpmath values); the split density is the churn module's. Stateless and
 * thread-safe.
 */
public final class Normal {
  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
  private static final double SERIES_LIMIT = 1.0;

  private Normal() {}

  /**
   * Returns the density {@code phi(x) = exp(-x^2/2) / sqrt(2 pi)}, to within a few units in the last
   * place (the rounding of {@code x^2} is avoided by splitting {@code x}).
   *
   * @param x any value; infinities give 0
   * @return the density, zero or more
   * @throws IllegalArgumentException if {@code x} is NaN
   */
  public static double density(double x) {
    Checks.notNaN("x", x);
    return expMinusHalfSquare(Math.abs(x)) / SQRT_2PI;
  }

  /** exp(-x^2/2) for x >= 0: the head h = floor(16x)/16 has an exact square, the rest is small. */
  private static double expMinusHalfSquare(double x) {
    if (x > 40) {
      return Math.exp(-0.5 * x * x);
    }
    double head = Math.floor(x * 16) / 16;
    double rest = (x - head) * (x + head);
    return Math.exp(-0.5 * head * head) * Math.exp(-0.5 * rest);
  }

  /**
   * Returns the distribution function {@code Phi(x) = P(Z <= x)}, with the relative precision of
   * {@link #upperTail} in the lower tail ({@code Phi(x) = Q(-x)}).
   *
   * @param x any value; infinities give 0 and 1
   * @return the probability, from 0 to 1
   * @throws IllegalArgumentException if {@code x} is NaN
   */
  public static double cdf(double x) {
    return upperTail(-x);
  }

  /**
   * Returns the upper tail {@code Q(x) = P(Z > x) = 1 - Phi(x)}, computed without cancellation: the
   * relative error is below 5e-15 wherever the result is a normal double ({@code x} up to about
   * 37.5); beyond it the result is subnormal, and 0 from {@code x = 40}.
   *
   * @param x any value; infinities give 0 and 1
   * @return the probability, from 0 to 1
   * @throws IllegalArgumentException if {@code x} is NaN
   */
  public static double upperTail(double x) {
    Checks.notNaN("x", x);
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
   * Returns the quantile {@code Phi^-1(p)}: the {@code x} with {@code P(Z <= x) = p}, for every
   * {@code p} from the smallest normal double up. Checked against 40-digit values: relative error
   * below 1e-14 away from {@code p = 1/2}, and below 3e-13 near it, where the quantile itself tends
   * to 0 (the absolute error there stays near 1e-16). For an upper-tail probability {@code q}, {@code -quantile(q)} is the {@code x} with
   * {@code P(Z > x) = q}, and keeps the precision of a small {@code q}.
   *
   * @param p the probability, strictly between 0 and 1
   * @return the quantile, finite
   * @throws IllegalArgumentException if {@code p} is not strictly between 0 and 1
   */
  public static double quantile(double p) {
    Checks.openUnit("p", p);
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
   * Returns the two-sided critical value {@code z} of a confidence level, {@code P(|Z| <= z) = level},
   * as {@code -quantile((1 - level) / 2)} (the subtraction is exact for a level of 1/2 or more, so
   * the small tail keeps its digits): 1.959963984540054 for 0.95.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the critical value, positive
   * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1
   */
  public static double twoSidedCritical(double level) {
    Checks.openUnit("level", level);
    return -quantile((1 - level) / 2);
  }

  /**
   * Returns the two-sided p-value of a z statistic, {@code P(|Z| >= |z|) = 2 Q(|z|)}, with the
   * relative precision of {@link #upperTail}.
   *
   * @param z the statistic, any value except NaN
   * @return the p-value, from 0 to 1
   * @throws IllegalArgumentException if {@code z} is NaN
   */
  public static double twoSidedPValue(double z) {
    Checks.notNaN("z", z);
    return Math.min(1, 2 * upperTail(Math.abs(z)));
  }
}
