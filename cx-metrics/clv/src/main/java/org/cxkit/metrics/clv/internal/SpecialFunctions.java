package org.cxkit.metrics.clv.internal;

/**
 * Log-gamma, digamma, log-beta and log-sum-exp, accurate to a few units in the last place of a
 * double over the ranges the CLV models use (arguments from about 1e-300 to 1e300).
 *
 * <p>Log-gamma and digamma use their asymptotic (Stirling) series for arguments of 10 and more;
 * digamma uses the recurrence {@code ψ(x) = ψ(x + 1) − 1/x} below.
 * Below 10, ln Γ uses the Taylor series of ln Γ(1 + ε) about 1 (Abramowitz and Stegun 6.1.33,
 * with the zeta values), shifted into |ε| ≤ ½ by the recurrence, so that it stays accurate near its
 * zeros at 1 and 2.
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
      // ln Γ(x) = −ln x − γx + O(x²): exact to double precision here.
      return -Math.log(x) - EULER_GAMMA * x;
    }
    if (x < 0.5) {
      return logGammaOnePlus(x) - Math.log(x);
    }
    if (x <= 1.5) {
      return logGammaOnePlus(x - 1);
    }
    if (x >= SERIES_FROM) {
      return stirling(x);
    }
    // Down to (1.5, 2.5] by Γ(x) = (x − 1) Γ(x − 1): every term positive, no cancellation.
    double product = 1;
    double z = x;
    while (z > 2.5) {
      z -= 1;
      product *= z;
    }
    return Math.log(product) + Math.log(z - 1) + logGammaOnePlus(z - 2);
  }

  /**
   * ln Γ(1 + ε) for |ε| ≤ ½ by Abramowitz and Stegun 6.1.33:
   * −ln(1 + ε) + ε(1 − γ) + Σ<sub>k≥2</sub> (−1)^k (ζ(k) − 1) ε^k / k, whose terms fall as 4^(−k).
   */
  private static double logGammaOnePlus(double e) {
    double sum = 0;
    for (int k = ZETA_MINUS_ONE.length - 1; k >= 2; k--) {
      sum = sum * -e + ZETA_MINUS_ONE[k] / k;
    }
    // The loop builds Σ (−e)^(k−2) (ζ(k)−1)/k; multiply by e²: (−1)^k e^k = (−e)^(k−2) e².
    return -Math.log1p(e) + e * (1 - EULER_GAMMA) + sum * e * e;
  }

  /** ζ(k) − 1 for k = 0 … 44 (entries 0 and 1 unused). */
  private static final double[] ZETA_MINUS_ONE = zetaMinusOne(45);

  private static double[] zetaMinusOne(int size) {
    double[] z = new double[size];
    // Even values from π, odd ones tabulated (DLMF 25.6.1, A&S table 23.3), the rest summed.
    double pi2 = Math.PI * Math.PI;
    z[2] = pi2 / 6 - 1;
    z[3] = 0.20205690315959428540;
    z[4] = pi2 * pi2 / 90 - 1;
    z[5] = 0.036927755143369926331;
    z[6] = 0.017343061984449139714;
    z[7] = 0.0083492773819228268398;
    z[8] = 0.0040773561979443393786;
    z[9] = 0.0020083928260822144178;
    z[10] = 0.00099457512781808533715;
    for (int k = 11; k < size; k++) {
      // Σ_{n ≥ 2} n^(−k), smallest terms first; the tail beyond 64 is below 64^(1−k)/(k−1) < 1e-19 · z.
      double sum = 0;
      for (int n = 64; n >= 2; n--) {
        sum += Math.pow(n, -k);
      }
      z[k] = sum;
    }
    return z;
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

  /**
   * Returns the standard normal quantile Φ⁻¹(p) by Acklam's rational approximation (relative error
   * below 1.2e-9), enough for the bounds of a confidence interval.
   *
   * @param p the probability, strictly between 0 and 1
   * @return the quantile
   * @throws IllegalArgumentException if {@code p} is not strictly between 0 and 1
   */
  public static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("Invalid value for p (valid values strictly between 0 and 1): " + p);
    }
    double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
        -3.066479806614716e+01, 2.506628277459239e+00};
    double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
        -1.328068155288572e+01};
    double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
        4.374664141464968e+00, 2.938163982698783e+00};
    double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    double low = 0.02425;
    if (p < low || p > 1 - low) {
      double q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
      double x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
          / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
      return p < low ? x : -x;
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  }
}
