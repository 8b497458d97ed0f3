package org.cxkit.core.stat;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * The log-beta function and the regularized incomplete beta function {@code I_x(a, b)}.
 *
 * <p>{@code ln B(a, b) = ln Γ(a) + ln Γ(b) - ln Γ(a + b)} from {@link Gamma#logGamma}: its absolute
 * error is about 1e-15 times the largest of the three logarithms (so it loses relative precision
 * when {@code a} or {@code b} is large and the result small). {@code I_x(a, b)} is its continued
 * fraction (Abramowitz and Stegun 1964, 26.5.8) evaluated by the modified Lentz method below
 * {@code x = (a + 1) / (a + b + 2)}, and the symmetry {@code I_x(a, b) = 1 - I_{1-x}(b, a)} above
 * it (Press et al., <i>Numerical Recipes</i>, 3rd ed., 2007, §6.4); relative error about 1e-14 where
 * the fraction is used directly, absolute about 1e-15 where the complement is.
 *
 * <p>Taken from the satisfaction module's copy; the fraction is shared with {@link StudentT}, which
 * evaluates it in log space (the gap module's method). Stateless and thread-safe.
 */
public final class Beta {
  private static final double EPSILON = 1e-16;
  private static final double TINY = 1e-300;
  private static final int MAX_ITERATIONS = 10_000;

  private Beta() {}

  /**
   * Returns {@code ln B(a, b) = ln Γ(a) + ln Γ(b) - ln Γ(a + b)}, to an absolute error of about 1e-15
   * times the largest of {@code |ln Γ(a)|}, {@code |ln Γ(b)|} and {@code |ln Γ(a + b)|}.
   *
   * @param a finite and greater than 0
   * @param b finite and greater than 0
   * @return {@code ln B(a, b)}
   * @throws IllegalArgumentException if {@code a} or {@code b} is not finite and greater than 0
   */
  public static double logBeta(double a, double b) {
    Checks.positiveFinite("a", a);
    Checks.positiveFinite("b", b);
    return Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
  }

  /**
   * Returns the regularized incomplete beta function
   * {@code I_x(a, b) = B(x; a, b) / B(a, b)}, the integral of {@code t^(a-1) (1-t)^(b-1)} from 0 to
   * {@code x} over {@code B(a, b)}: the distribution function of a beta variable. Relative error about
   * 1e-14 below the mean {@code (a + 1) / (a + b + 2)}, absolute about 1e-15 above it (and the
   * absolute error of {@link #logBeta} carried over).
   *
   * @param x the argument, from 0 to 1
   * @param a finite and greater than 0
   * @param b finite and greater than 0
   * @return {@code I_x(a, b)}, from 0 to 1
   * @throws IllegalArgumentException if {@code x} is not from 0 to 1, or {@code a} or {@code b} is
   *     not finite and greater than 0
   */
  public static double regularized(double x, double a, double b) {
    if (!(x >= 0 && x <= 1)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "x", "valid values 0 - 1", x);
    }
    double logBeta = logBeta(a, b);
    if (x == 0) {
      return 0;
    }
    if (x == 1) {
      return 1;
    }
    double logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta;
    // The continued fraction converges fast only below the mean; above it, use the symmetry.
    if (x < (a + 1) / (a + b + 2)) {
      return Math.exp(logFront) * continuedFraction(x, a, b) / a;
    }
    return 1 - Math.exp(logFront) * continuedFraction(1 - x, b, a) / b;
  }

  /**
   * The continued fraction of I_x(a, b) (A&amp;S 26.5.8) by the modified Lentz method, without its
   * prefactor x^a (1 - x)^b / (a B(a, b)); converges fast for x below (a + 1) / (a + b + 2).
   */
  static double continuedFraction(double x, double a, double b) {
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
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return h;
  }
}
