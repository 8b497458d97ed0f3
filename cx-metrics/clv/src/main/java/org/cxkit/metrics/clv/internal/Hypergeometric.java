package org.cxkit.metrics.clv.internal;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real z &lt; 1, by its power series with an
 * explicit convergence test.
 *
 * <p>For 0 ≤ z &lt; 1 the series Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ is summed directly. For z &lt; 0 the Pfaff
 * transformation 2F1(a, b; c; z) = (1 − z)^(−a) 2F1(a, c − b; c; z / (z − 1)) maps the argument into
 * [0, 1), where the series converges for every z. Summation stops once the remaining tail is bounded
 * below a relative 1e-16 of the sum: past the index where the term ratio ρₙ = (a + n)(b + n) z /
 * ((c + n)(n + 1)) has settled below 1 and moves monotonically toward z, the tail is at most
 * |term| · ρ̄ / (1 − ρ̄) with ρ̄ = max(|ρₙ|, |z|). Internal to the module; stateless and
 * thread-safe.
 *
 * <p>Accuracy: a few units in the last place for |w| up to about 0.9 (w the series argument), and
 * within about 1e-14 relative up to w = 0.999, where some 30,000 terms are added (with compensated
 * summation); for a or b near a negative integer, (1 − z)^(−a) can be small and is then accurate in
 * absolute terms only.
 */
public final class Hypergeometric {
  private Hypergeometric() {}

  static final int MAX_TERMS = 10_000_000;
  private static final double EPSILON = 1e-16;

  /**
   * Returns 2F1(a, b; c; z).
   *
   * @param a the first numerator parameter, finite
   * @param b the second numerator parameter, finite
   * @param c the denominator parameter, finite and not a non-positive integer
   * @param z the argument, finite and strictly below 1
   * @return the function value
   * @throws org.cxkit.core.result.InvalidValueException if an argument is out of range
   * @throws ArithmeticException if the series needs more than ten million terms (z within about 1e-6
   *     of 1)
   */
  public static double f21(double a, double b, double c, double z) {
    Checks.finite("a", a);
    Checks.finite("b", b);
    Checks.finite("c", c);
    if (c <= 0 && c == Math.rint(c)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "c", "must be finite, not 0, -1, -2, ...", c);
    }
    Checks.finite("z", z);
    if (!(z < 1)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "z", "valid values finite, < 1", z);
    }
    if (z < 0) {
      double w = z / (z - 1);
      return Math.exp(-a * Math.log1p(-z)) * series(a, c - b, c, w);
    }
    return series(a, b, c, z);
  }

  private static double series(double a, double b, double c, double z) {
    // Neumaier-compensated: near z = 1 tens of thousands of terms are added.
    double sum = 1;
    double compensation = 0;
    double term = 1;
    for (int n = 0; n < MAX_TERMS; n++) {
      double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      term *= ratio;
      double t = sum + term;
      compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
      sum = t;
      if (term == 0) {
        return sum + compensation; // a or b is a non-positive integer: a polynomial
      }
      // Past n > |a| + |b| + |c| the ratio is monotone in n, so its bound covers the whole tail.
      if (n > Math.abs(a) + Math.abs(b) + Math.abs(c) + 2) {
        double bound = Math.max(Math.abs(ratio), z);
        if (bound < 1 && Math.abs(term) * bound / (1 - bound) <= EPSILON * Math.abs(sum)) {
          return sum + compensation;
        }
      }
    }
    throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
        + MAX_TERMS + " terms");
  }
}
