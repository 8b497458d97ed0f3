package org.cxkit.core.stat;

import org.cxkit.core.internal.Checks;

/**
 * The log-gamma function, the digamma function, and the regularized incomplete gamma functions
 * {@code P(a, x)} and {@code Q(a, x) = 1 - P(a, x)}.
 *
 * <p>{@code ln Γ} uses the Stirling series with seven correction terms from {@code x = 10} up. Below
 * 10 it uses the Taylor series about 1 (Abramowitz and Stegun 1964, 6.1.33, with the values of
 * {@code ζ(k) - 1}): {@code ln Γ(1 + e) = -ln(1 + e) + (1 - γ) e + Σ (-1)^k (ζ(k) - 1) e^k / k} for
 * {@code |e| <= 1/2}, and for {@code x} from 1.5 to 2.5 the same series without its logarithm, which
 * is {@code ln Γ(2 + e)}; other arguments are brought into those ranges by
 * {@code Γ(x + 1) = x Γ(x)}, with products of positive terms only. The series vanish exactly at
 * {@code x = 1} and {@code 2}, so the relative error stays a few units in the last place (below
 * 1e-15) next to those zeros as everywhere else (at most 7.2e-16 over 14,000 arguments from
 * {@code 1e-300} to {@code 1e300}, against 40-digit mpmath values). This is the CLV module's method,
 * with the logarithm left out between 1.5 and 2.5; the Lanczos sum used before returned -4.4e-16 at
 * {@code x = 1}, had relative errors of 2.8e-13 at 0.996 and up to 1 within 1e-15 of 1, and up to
 * 1e-14 between 1 and 10.
 *
 * <p>{@code ψ} is the CLV module's: its asymptotic series from 10 up and the recurrence
 * {@code ψ(x) = ψ(x + 1) - 1/x} below.
 *
 * <p>The incomplete functions use the power series of {@code P} below {@code x = a + 1} and the
 * continued fraction of {@code Q} (modified Lentz) above it (Press et al., <i>Numerical Recipes</i>,
 * 3rd ed., 2007, §6.2); the one computed directly has a relative error of about 1e-14, the other is
 * its complement. They are taken from the satisfaction module's copy.
 *
 * <p>Stateless and thread-safe.
 */
public final class Gamma {
  private static final double HALF_LOG_2_PI = 0.91893853320467274178032973640562;
  private static final double EULER_GAMMA = 0.57721566490153286060651209008240;
  /** From here up, ln Γ and ψ use their asymptotic series. */
  private static final double ASYMPTOTIC_FROM = 10;
  /** {@code ζ(k) - 1} for {@code k = 0 … 44} (entries 0 and 1 unused). */
  private static final double[] ZETA_MINUS_ONE = zetaMinusOne(45);
  private static final double EPSILON = 1e-15;
  private static final double TINY = 1e-300;
  private static final int MAX_ITERATIONS = 100_000;

  private Gamma() {}

  /**
   * Returns {@code ln Γ(x)}, the logarithm of the gamma function ({@code Γ(n) = (n - 1)!}), with a
   * relative error below 1e-15 (a few units in the last place), also next to its zeros at
   * {@code x = 1} and {@code 2}, where it returns exactly 0.
   *
   * @param x the argument, finite and greater than 0
   * @return {@code ln Γ(x)}
   * @throws IllegalArgumentException if {@code x} is not finite and greater than 0
   */
  public static double logGamma(double x) {
    Checks.positiveFinite("x", x);
    return lnGamma(x);
  }

  private static double lnGamma(double x) {
    if (x < 1e-8) {
      // ln Γ(x) = -ln x - γx + (π²/12) x² + ...: the x² term is below 1e-16 of the value here.
      return -Math.log(x) - EULER_GAMMA * x;
    }
    if (x < 0.5) {
      return logGammaOnePlus(x) - Math.log(x);
    }
    if (x <= 1.5) {
      return logGammaOnePlus(x - 1);
    }
    if (x >= ASYMPTOTIC_FROM) {
      return stirling(x);
    }
    // Down to (1.5, 2.5] by Γ(x) = (x - 1) Γ(x - 1): every factor positive, no cancellation.
    double product = 1;
    double z = x;
    while (z > 2.5) {
      z -= 1;
      product *= z;
    }
    return Math.log(product) + logGammaTwoPlus(z - 2);
  }

  /** ln Γ(1 + e) for |e| <= 1/2 (A&amp;S 6.1.33). */
  private static double logGammaOnePlus(double e) {
    return -Math.log1p(e) + logGammaTwoPlus(e);
  }

  /**
   * ln Γ(2 + e) = ln(1 + e) + ln Γ(1 + e) = (1 - γ) e + Σ_{k≥2} (-1)^k (ζ(k) - 1) e^k / k, for
   * -1/2 <= e <= 1/2, where the terms fall as 4^-k. Leaving out the logarithm, rather than adding
   * ln(1 + e) to ln Γ(1 + e), avoids two roundings that would cancel.
   */
  private static double logGammaTwoPlus(double e) {
    double sum = 0;
    for (int k = ZETA_MINUS_ONE.length - 1; k >= 2; k--) {
      sum = sum * -e + ZETA_MINUS_ONE[k] / k;
    }
    // The loop builds Σ (-e)^(k-2) (ζ(k) - 1)/k; (-1)^k e^k = (-e)^(k-2) e².
    return e * (1 - EULER_GAMMA) + sum * e * e;
  }

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
      // Σ_{n >= 2} n^-k, smallest terms first; the tail beyond 64 is below 64^(1-k)/(k-1) < 1e-19 z[k].
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
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_2_PI + series;
  }

  /**
   * Returns the digamma function {@code ψ(x) = d ln Γ(x) / dx = Γ'(x) / Γ(x)}
   * ({@code ψ(1) = -γ}, {@code ψ(x + 1) = ψ(x) + 1/x}). The relative error is below 1e-14, except
   * within 0.2 of its only positive zero {@code x = 1.4616321…}, where the absolute error is below
   * 2e-15 (checked against mpmath from {@code 1e-300} to {@code 1e300}).
   *
   * @param x the argument, finite and greater than 0
   * @return {@code ψ(x)}
   * @throws IllegalArgumentException if {@code x} is not finite and greater than 0
   */
  public static double digamma(double x) {
    Checks.positiveFinite("x", x);
    if (x < 1e-8) {
      // ψ(x) = -1/x - γ + (π²/6) x + ...: the last term is below 1e-15 of the value here.
      return -1 / x - EULER_GAMMA;
    }
    double shift = 0;
    double z = x;
    while (z < ASYMPTOTIC_FROM) {
      shift -= 1 / z;
      z += 1;
    }
    double inv2 = 1 / (z * z);
    double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
        - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760 - inv2 * (1.0 / 12)))))));
    return shift + Math.log(z) - 0.5 / z - series;
  }

  /**
   * Returns the regularized lower incomplete gamma function
   * {@code P(a, x) = γ(a, x) / Γ(a)}, the integral of {@code t^(a-1) e^-t} from 0 to {@code x} over
   * {@code Γ(a)}: the distribution function of a gamma variable of shape {@code a}. Below
   * {@code x = a + 1}, relative error about 1e-14 for moderate shapes, growing with
   * {@code a·|ln x|} as the prefactor {@code exp(a ln x - x - lnΓ(a))} loses digits (measured against
   * mpmath: 5.7e-13 at a = 361, 3.9e-12 at a = 1e4, 6e-10 at a = 1e6); above it, absolute error
   * about 1e-15.
   *
   * @param a the shape, finite and greater than 0
   * @param x the argument, zero or more (positive infinity gives 1)
   * @return {@code P(a, x)}, from 0 to 1
   * @throws IllegalArgumentException if {@code a} is not finite and greater than 0, or {@code x} is
   *     negative or NaN
   * @throws ArithmeticException if the series or continued fraction does not converge (not seen for
   *     shapes up to 1e9)
   */
  public static double regularizedP(double a, double x) {
    Checks.positiveFinite("a", a);
    Checks.zeroOrMore("x", x);
    if (x == 0) {
      return 0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 1;
    }
    if (x < a + 1) {
      return series(a, x);
    }
    return 1 - continuedFraction(a, x);
  }

  /**
   * Returns the regularized upper incomplete gamma function
   * {@code Q(a, x) = Γ(a, x) / Γ(a) = 1 - P(a, x)}, the upper tail of a gamma variable of shape
   * {@code a}. From {@code x = a + 1} up, relative error about 1e-14 for moderate shapes, so tiny
   * tails keep their digits, growing with {@code a·|ln x|} for large shapes (1.2e-12 at a = 1e4,
   * 1.4e-11 at a = 1e6, against mpmath); below it, absolute error about 1e-15.
   *
   * @param a the shape, finite and greater than 0
   * @param x the argument, zero or more (positive infinity gives 0)
   * @return {@code Q(a, x)}, from 0 to 1
   * @throws IllegalArgumentException if {@code a} is not finite and greater than 0, or {@code x} is
   *     negative or NaN
   * @throws ArithmeticException if the series or continued fraction does not converge (not seen for
   *     shapes up to 1e9)
   */
  public static double regularizedQ(double a, double x) {
    Checks.positiveFinite("a", a);
    Checks.zeroOrMore("x", x);
    if (x == 0) {
      return 1;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 0;
    }
    if (x < a + 1) {
      return 1 - series(a, x);
    }
    return continuedFraction(a, x);
  }

  private static double series(double a, double x) {
    double ap = a;
    double term = 1 / a;
    double sum = term;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      ap += 1;
      term *= x / ap;
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
      }
    }
    throw new ArithmeticException("Incomplete gamma series did not converge for a=" + a + ", x=" + x);
  }

  private static double continuedFraction(double a, double x) {
    double b = x + 1 - a;
    double c = 1 / TINY;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < MAX_ITERATIONS; i++) {
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
      if (Math.abs(delta - 1) < EPSILON) {
        return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
      }
    }
    throw new ArithmeticException("Incomplete gamma fraction did not converge for a=" + a + ", x=" + x);
  }
}
