package org.cxkit.metrics.churn.internal;

import org.cxkit.core.result.Estimate;

/**
 * The few pieces of distribution theory the module needs, written out so that the module depends on
 * cx-core alone: the complementary error function, the standard normal quantile, the chi-square
 * upper tail with one degree of freedom, and the Wilson score interval.
 *
 * <p>All functions have a relative error below about 1e-14 over their whole domain (checked
 * in the tests against Abramowitz &amp; Stegun's tables and the usual chi-square table).
 */
public final class Distributions {
  private static final double EPSILON = 1e-17;
  private static final double TINY = 1e-300;
  private static final double SQRT_PI = Math.sqrt(Math.PI);
  private static final double SQRT_2 = Math.sqrt(2);

  private Distributions() {}

  /**
   * The complementary error function {@code erfc(x) = 2/sqrt(pi) * integral from x to infinity of
   * exp(-t^2) dt}, through the regularized incomplete gamma function: for {@code x >= 0},
   * {@code erfc(x) = Q(1/2, x^2)}. The series for {@code P} is used where {@code x^2 < 1.5} (no
   * cancellation, since {@code erfc(x) > 0.08} there) and Lentz's continued fraction for {@code Q}
   * beyond it, so tiny tails keep their relative precision instead of being computed as
   * {@code 1 - P}.
   *
   * @param x any finite value or an infinity
   * @return {@code erfc(x)}, in {@code [0, 2]}
   */
  public static double erfc(double x) {
    if (Double.isNaN(x)) {
      throw new IllegalArgumentException("Invalid value for x (must not be NaN): " + x);
    }
    if (x < 0) {
      return 2 - erfc(-x);
    }
    double z = x * x;
    if (z == 0) {
      return 1;
    }
    // exp(-z + a log z - log Gamma(a)) with a = 1/2 is exp(-x^2) x / sqrt(pi).
    double prefactor = expMinusSquare(x) * x / SQRT_PI;
    if (z < 1.5) {
      return 1 - prefactor * lowerGammaHalfSum(z);
    }
    return prefactor * upperGammaHalfFraction(z);
  }

  /**
   * exp(-x^2) without the rounding of x^2 magnified by exp (at x = 10 a plain {@code exp(-x * x)}
   * is off by 1e-14 relative): x is split into a head with an exact square and a small tail (Cody 1969).
   */
  private static double expMinusSquare(double x) {
    double head = Math.floor(x * 16) / 16;
    double tail = (x - head) * (x + head);
    return Math.exp(-head * head) * Math.exp(-tail);
  }

  /** The power series of the regularized lower incomplete gamma P(1/2, z), without its prefactor. */
  private static double lowerGammaHalfSum(double z) {
    double a = 0.5;
    double ap = a;
    double term = 1 / a;
    double sum = term;
    for (int n = 1; n < 500; n++) {
      ap += 1;
      term *= z / ap;
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        break;
      }
    }
    return sum;
  }

  /** The continued fraction of the regularized upper incomplete gamma Q(1/2, z) (modified Lentz), without its prefactor. */
  private static double upperGammaHalfFraction(double z) {
    double a = 0.5;
    double b = z + 1 - a;
    double c = 1 / TINY;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 500; i++) {
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
        break;
      }
    }
    return h;
  }

  /**
   * The standard normal upper tail {@code P(Z > z) = erfc(z / sqrt 2) / 2}.
   *
   * @param z any value, not NaN
   * @return the probability, in {@code [0, 1]}
   */
  public static double normalUpperTail(double z) {
    return 0.5 * erfc(z / SQRT_2);
  }

  /**
   * The upper tail of the chi-square distribution with one degree of freedom,
   * {@code P(X > x) = erfc(sqrt(x / 2))}: the p-value of a 1-df chi-square statistic.
   *
   * @param x the statistic, zero or more
   * @return the p-value, in {@code [0, 1]}
   */
  public static double chiSquare1UpperTail(double x) {
    if (!(x >= 0)) {
      throw new IllegalArgumentException("Invalid value for chi-square (must be zero or more): " + x);
    }
    return erfc(Math.sqrt(x / 2));
  }

  /**
   * The standard normal quantile: the {@code z} with {@code P(Z <= z) = p}. Acklam's rational
   * approximation (relative error below 1.15e-9) followed by one Halley step on {@link #erfc},
   * which brings it to full double precision.
   *
   * @param p the probability, strictly between 0 and 1
   * @return the quantile
   */
  public static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("Invalid value for p (valid values strictly between 0 and 1): " + p);
    }
    if (p > 0.5) {
      // 1 - p is exact here (Sterbenz), and the refinement is more accurate on the small tail.
      return -normalQuantile(1 - p);
    }
    double x;
    double low = 0.02425;
    if (p < low) {
      double q = Math.sqrt(-2 * Math.log(p));
      x = tail(q);
    } else {
      double q = p - 0.5;
      double r = q * q;
      x = (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
          + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
          / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
          + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
    }
    // One Halley step: e is the error in the CDF, u its ratio to the density.
    double e = 0.5 * erfc(-x / SQRT_2) - p;
    double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
    return x - u / (1 + x * u / 2);
  }

  private static double tail(double q) {
    return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
        - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
        / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
        + 3.754408661907416e+00) * q + 1);
  }

  /**
   * The two-sided critical value {@code z} for a confidence level: {@code 1.959964} for 0.95.
   *
   * @param level the level, strictly between 0 and 1
   * @return the critical value, greater than 0
   */
  public static double criticalValue(double level) {
    Checks.level(level);
    return normalQuantile(0.5 + level / 2);
  }

  /**
   * The Wilson score interval for a binomial proportion (Wilson 1927): the set of proportions
   * {@code p} that a two-sided score test at the given level does not reject. Unlike the Wald
   * interval it stays inside {@code [0, 1]} and does not collapse to a point at 0 or n successes.
   *
   * @param successes the number of successes, from 0 to {@code n}
   * @param n the number of trials, at least 1
   * @param level the confidence level, strictly between 0 and 1
   * @return the proportion {@code successes / n} with its interval
   */
  public static Estimate wilson(long successes, long n, double level) {
    if (n < 1) {
      throw new IllegalArgumentException("Invalid value for n (must be at least 1): " + n);
    }
    if (successes < 0 || successes > n) {
      throw new IllegalArgumentException(
          "Invalid value for successes (valid values 0 - " + n + "): " + successes);
    }
    double z = criticalValue(level);
    double p = (double) successes / n;
    double z2n = z * z / n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
    double lower = successes == 0 ? 0 : Math.min(p, Math.max(0, centre - half));
    double upper = successes == n ? 1 : Math.max(p, Math.min(1, centre + half));
    return Estimate.of(p, n, lower, upper, level);
  }
}
