package org.cxkit.metrics.satisfaction.internal;

import org.cxkit.core.internal.Checks;

/**
 * Sample quantiles by definition 7 of Hyndman &amp; Fan (1996, "Sample quantiles in statistical
 * packages", The American Statistician 50:361–365), the default of R, NumPy and Excel's
 * {@code PERCENTILE.INC}. Internal (the package is not exported).
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * Returns the type-7 quantile of sorted values: with h = (n − 1)p, the value at index ⌊h⌋ plus
   * (h − ⌊h⌋) times the step to the next value. The minimum for p = 0, the maximum for p = 1.
   *
   * @param sorted the values in ascending order, at least one
   * @param p the probability, from 0 to 1
   * @return the quantile, rounded to the nearest whole unit
   */
  public static long type7(long[] sorted, double p) {
    checkP(p);
    int n = sorted.length;
    if (n == 0) {
      throw new IllegalStateException("No values: a quantile of an empty sample does not exist");
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    double fraction = h - lo;
    // The step is taken as a difference of longs, so that large values lose no precision before
    // the (exact, for steps below 2^53) multiplication by the fraction.
    double step = (double) (sorted[lo + 1] - sorted[lo]);
    return sorted[lo] + Math.round(fraction * step);
  }

  /**
   * Checks a probability for a quantile.
   *
   * @param p the probability
   * @return p
   * @throws IllegalArgumentException unless from 0 to 1
   */
  public static double checkP(double p) {
    return Checks.probability("p", p);
  }
}
