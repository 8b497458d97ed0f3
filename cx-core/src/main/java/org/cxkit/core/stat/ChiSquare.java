package org.cxkit.core.stat;

import org.cxkit.core.internal.Checks;

/**
 * The chi-square distribution with {@code k} degrees of freedom: its upper tail, the p-value of a
 * chi-square statistic.
 *
 * <p>{@code P(X > x) = Q(k/2, x/2)}, the regularized upper incomplete gamma function
 * ({@link Gamma#regularizedQ}). One degree of freedom, the common case of a 1-df test, is computed as
 * {@code 2 Q_normal(sqrt(x))} with {@link Normal#upperTail} (relative error below 5e-15 down to the
 * smallest normal double); two as {@code exp(-x/2)}. Stateless and thread-safe.
 */
public final class ChiSquare {
  private ChiSquare() {}

  /**
   * Returns the upper tail {@code P(X > x)} of a chi-square variable with {@code df} degrees of
   * freedom, computed without cancellation: relative error below 5e-15 for 1 and 2 degrees of
   * freedom, about 1e-14 otherwise where the tail is below 1/2.
   *
   * @param x the statistic, zero or more (positive infinity gives 0)
   * @param df the degrees of freedom, finite and greater than 0
   * @return the p-value, from 0 to 1; 1 at {@code x = 0}
   * @throws IllegalArgumentException if {@code x} is negative or NaN, or {@code df} is not finite and
   *     greater than 0
   */
  public static double upperTail(double x, double df) {
    Checks.zeroOrMore("x", x);
    Checks.positiveFinite("df", df);
    if (df == 1) {
      return Math.min(1, 2 * Normal.upperTail(Math.sqrt(x)));
    }
    if (df == 2) {
      return Math.exp(-x / 2);
    }
    return Gamma.regularizedQ(df / 2, x / 2);
  }
}
