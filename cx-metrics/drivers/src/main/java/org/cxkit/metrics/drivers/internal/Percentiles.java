package org.cxkit.metrics.drivers.internal;

/**
 * Sample percentiles by linear interpolation between order statistics, R's default
 * {@code quantile(type = 7)} (Hyndman and Fan 1996): with the values sorted, the {@code q}-th
 * percentile is {@code x[h] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋])} at {@code h = (n − 1) q} (from 0).
 * Stateless.
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * Returns a percentile of sorted values.
   *
   * @param sorted the values in increasing order, at least one
   * @param q the probability, from 0 to 1
   * @return the percentile
   */
  public static double of(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
