package org.cxkit.metrics.gap;

import java.util.function.DoubleUnaryOperator;

/**
 * Student's t distribution: tail probabilities, density and quantiles, accurate to a few units in
 * the last place over the whole range the interval code needs.
 *
 * <p>Method. The upper tail is {@code P(T > t) = I_x(ν/2, 1/2) / 2} with {@code x = ν / (ν + t²)}
 * (Abramowitz and Stegun 26.7.1 with 26.5.27), the regularised incomplete beta function evaluated by
 * its continued fraction (A&amp;S 26.5.8) with the modified Lentz algorithm, in log space so that
 * extreme tails neither underflow nor lose digits. {@code ln B(a, 1/2)} is taken as
 * {@code ln Γ(1/2) − [ln Γ(a + 1/2) − ln Γ(a)]}, the bracket computed from the Stirling series as a
 * difference (no cancellation of two large logarithms when ν is large). The quantile solves
 * {@code ln P(T > t) = ln q} by Newton's method on the log tail, safeguarded by bisection inside a
 * bracket, so it converges for every {@code q} in (0, 1/2] and every {@code ν > 0}.
 *
 * <p>Above {@value #ASYMPTOTIC_DF} degrees of freedom the continued fraction, evaluated close to its
 * switching point, loses digits (about 1e-12 at ν = 1e6, worse beyond), so there the quantile comes
 * from the Cornish–Fisher expansion about the normal quantile to the ν⁻³ term (Abramowitz and
 * Stegun 26.7.5), whose omitted ν⁻⁴ term is below 1e-14 there. The normal quantile itself solves
 * {@code ln Q(z) = ln q} the same way, with {@code Q(z) = Γ(1/2, z²/2) / (2 Γ(1/2))} from the
 * incomplete gamma function's series and continued fraction (A&amp;S 6.5.29 and 6.5.31), which are
 * well conditioned everywhere.
 *
 * <p>Package-private; stateless and thread-safe.
 */
final class StudentT {
  private static final double LN_SQRT_PI = 0.5 * Math.log(Math.PI);
  private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
  private static final double EPS = 1e-16;
  private static final double TINY = 1e-300;
  private static final int MAX_ITERATIONS = 10_000;
  static final double ASYMPTOTIC_DF = 1e5;

  private StudentT() {}

  /**
   * Returns the {@code p}-quantile of Student's t with {@code df} degrees of freedom.
   *
   * @param p the probability, strictly between 0 and 1
   * @param df the degrees of freedom, finite and greater than 0
   * @return t such that {@code P(T <= t) = p}
   */
  static double quantile(double p, double df) {
    checkDf(df);
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("Invalid value for p (valid values strictly between 0 and 1): " + p);
    }
    if (p == 0.5) {
      return 0.0;
    }
    // 1 - p is exact for p in [0.5, 1) (Sterbenz), so the small tail keeps all its digits.
    double q = p < 0.5 ? p : 1 - p;
    double t = df > ASYMPTOTIC_DF ? cornishFisher(normalUpperQuantile(q), df) : upperQuantile(q, df);
    return p < 0.5 ? -t : t;
  }

  /**
   * Returns {@code P(T <= t)}.
   *
   * @param t any value; infinities give 0 and 1
   * @param df the degrees of freedom, finite and greater than 0
   * @return the probability
   */
  static double cdf(double t, double df) {
    checkDf(df);
    if (Double.isNaN(t)) {
      throw new IllegalArgumentException("Invalid value for t (must not be NaN): " + t);
    }
    double tail = Math.exp(logUpperTail(Math.abs(t), df));
    return t < 0 ? tail : 1 - tail;
  }

  /** Returns {@code ln P(T > t)} for {@code t >= 0}. */
  static double logUpperTail(double t, double df) {
    if (t == 0) {
      return Math.log(0.5);
    }
    if (t == Double.POSITIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    double a = df / 2;
    double t2 = t * t;
    double x;
    double y;
    double lnX;
    double lnY;
    if (t2 == Double.POSITIVE_INFINITY) {
      // t² overflows: ln x = ln ν − 2 ln t stays exact where x itself underflows.
      x = (df / t) / t;
      y = 1;
      lnX = Math.log(df) - 2 * Math.log(t);
      lnY = 0;
    } else {
      x = df / (df + t2);
      y = t2 / (df + t2);
      // ln x = −ln(1 + t²/ν) keeps its digits when x is near 1, where ν/2 · ln x would magnify them.
      lnX = -Math.log1p(t2 / df);
      lnY = Math.log(y);
    }
    double lnBeta = LN_SQRT_PI - lnGammaHalfRatio(a);
    // I_x(a, 1/2) by its continued fraction where that converges fast, else 1 - I_y(1/2, a).
    if (x < (a + 1) / (a + 2.5)) {
      return Math.log(0.5) + logIncompleteBetaCf(x, lnX, lnY, a, 0.5, lnBeta);
    }
    double complement = Math.exp(logIncompleteBetaCf(y, lnY, lnX, 0.5, a, lnBeta));
    return Math.log(0.5) + Math.log1p(-complement);
  }

  /** Returns the log density of Student's t at {@code t}. */
  static double logDensity(double t, double df) {
    double lnNorm = lnGammaHalfRatio(df / 2) - 0.5 * Math.log(df) - LN_SQRT_PI;
    double u = t / df * t;
    // For huge |t|, ln(1 + t²/ν) = 2 ln|t| − ln ν to within rounding, and does not overflow.
    double lnOnePlusU = u < 1e300 ? Math.log1p(u) : 2 * Math.log(Math.abs(t)) - Math.log(df);
    return lnNorm - (df + 1) / 2 * lnOnePlusU;
  }

  /** Returns the t quantile from the normal quantile z, to the ν⁻³ term (A&amp;S 26.7.5). */
  static double cornishFisher(double z, double df) {
    double z2 = z * z;
    double g1 = z * (z2 + 1) / 4;
    double g2 = z * ((5 * z2 + 16) * z2 + 3) / 96;
    double g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384;
    return z + (g1 + (g2 + g3 / df) / df) / df;
  }

  /** Solves {@code P(T > t) = q} for t >= 0, with 0 < q <= 1/2, from the t tail itself. */
  static double upperQuantile(double q, double df) {
    return solveDecreasing(Math.log(q), t -> logUpperTail(t, df), t -> logDensity(t, df));
  }

  /** Solves {@code P(Z > z) = q} for z >= 0, with 0 < q <= 1/2, Z standard normal. */
  static double normalUpperQuantile(double q) {
    return solveDecreasing(Math.log(q), StudentT::logNormalUpperTail, z -> -z * z / 2 - LN_SQRT_2PI);
  }

  /** Returns {@code ln P(Z > z)} for {@code z >= 0}: {@code Q(z) = Γ(1/2, z²/2) / (2 Γ(1/2))}. */
  static double logNormalUpperTail(double z) {
    double x = z * z / 2;
    if (x == 0) {
      return Math.log(0.5);
    }
    if (x == Double.POSITIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    double a = 0.5;
    double front = -x + a * Math.log(x) - LN_SQRT_PI;
    if (x < a + 1) {
      // Series for the lower function P(a, x) (A&S 6.5.29); Q = 1 − P is at least 0.08 here.
      double ap = a;
      double del = 1 / a;
      double sum = del;
      for (int n = 0; n < MAX_ITERATIONS && Math.abs(del) >= Math.abs(sum) * EPS; n++) {
        ap += 1;
        del *= x / ap;
        sum += del;
      }
      return Math.log(0.5) + Math.log1p(-Math.exp(front) * sum);
    }
    // Continued fraction for the upper function Q(a, x) (A&S 6.5.31), modified Lentz.
    double b = x + 1 - a;
    double c = 1 / TINY;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i <= MAX_ITERATIONS; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = b + an / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPS) {
        break;
      }
    }
    return Math.log(0.5) + front + Math.log(h);
  }

  /**
   * Solves {@code logTail(t) = target} for t >= 0, logTail decreasing from ln ½ at 0, by Newton's
   * method on the log tail safeguarded by bisection.
   */
  private static double solveDecreasing(
      double target, DoubleUnaryOperator logTailOf, DoubleUnaryOperator logDensityOf) {
    double lo = 0;
    double hi = 1;
    while (logTailOf.applyAsDouble(hi) > target) {
      lo = hi;
      hi *= 2;
      if (hi == Double.POSITIVE_INFINITY) {
        return Double.MAX_VALUE;
      }
    }
    double t = lo == 0 ? hi / 2 : Math.sqrt(lo) * Math.sqrt(hi);
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double logTail = logTailOf.applyAsDouble(t);
      double f = logTail - target;
      if (f == 0) {
        return t;
      }
      if (f > 0) {
        lo = t;
      } else {
        hi = t;
      }
      // d/dt ln P(T > t) = −density / tail.
      double slope = -Math.exp(logDensityOf.applyAsDouble(t) - logTail);
      double next = t - f / slope;
      if (!(next > lo && next < hi)) {
        next = (lo > 0 && hi / lo > 4) ? Math.sqrt(lo) * Math.sqrt(hi) : lo + (hi - lo) / 2;
      }
      if (Math.abs(next - t) <= 2 * Math.ulp(t) || next == lo || next == hi) {
        return next;
      }
      t = next;
    }
    return t;
  }

  /**
   * Returns {@code ln I_x(a, b)} from the continued fraction (A&amp;S 26.5.8), evaluated by the
   * modified Lentz method; the logarithms of x and 1 − x are passed separately to keep their digits.
   */
  private static double logIncompleteBetaCf(
      double x, double lnX, double lnY, double a, double b, double lnBeta) {
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < TINY) {
      d = TINY;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPS) {
        break;
      }
    }
    return a * lnX + b * lnY - lnBeta - Math.log(a) + Math.log(h);
  }

  /** Returns {@code ln Γ(a + 1/2) − ln Γ(a)} for {@code a > 0}. */
  static double lnGammaHalfRatio(double a) {
    if (a >= 16) {
      // Stirling: ln Γ(z) = (z − ½) ln z − z + ½ ln 2π + c(z); the difference written without
      // subtracting two large logarithms: a·ln(1 + 1/(2a)) + ½ ln a − ½ + c(a + ½) − c(a).
      return a * Math.log1p(0.5 / a) + 0.5 * Math.log(a) - 0.5 + stirlingCorrection(a + 0.5)
          - stirlingCorrection(a);
    }
    // Shift up with Γ(z + 1) = z Γ(z) until the series is accurate.
    double shift = 0;
    double z = a;
    while (z < 16) {
      shift += Math.log(z + 0.5) - Math.log(z);
      z += 1;
    }
    return lnGammaHalfRatio(z) - shift;
  }

  /** The Stirling series tail 1/(12z) − 1/(360z³) + 1/(1260z⁵) − 1/(1680z⁷) + 1/(1188z⁹). */
  private static double stirlingCorrection(double z) {
    double r = 1 / z;
    double r2 = r * r;
    return r * (1.0 / 12 + r2 * (-1.0 / 360 + r2 * (1.0 / 1260 + r2 * (-1.0 / 1680 + r2 / 1188))));
  }

  private static void checkDf(double df) {
    if (!(df > 0 && df < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "Invalid value for degrees of freedom (must be finite and greater than 0): " + df);
    }
  }
}
