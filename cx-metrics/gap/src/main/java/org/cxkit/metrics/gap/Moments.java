package org.cxkit.metrics.gap;

import org.cxkit.core.result.Estimate;

/**
 * Count, sum and sum of squares of doubles, for a mean with a t interval. Merging adds the three
 * sums, so a merged result agrees with the whole to rounding (the order of floating-point additions
 * differs), and exactly for whole-number scores, which is what answers on a scale are. The price:
 * the variance, a sum of squares less a squared sum, loses the spread of values far from zero
 * relative to it (1e9 + k gives 0); Welford's update would keep it but no longer merges exactly.
 * Mutable, not thread-safe.
 */
final class Moments {
  long n;
  double sum;
  double sumSq;

  void add(double x) {
    n++;
    sum += x;
    sumSq += x * x;
  }

  void merge(Moments other) {
    n += other.n;
    sum += other.sum;
    sumSq += other.sumSq;
  }

  Moments copy() {
    Moments m = new Moments();
    m.merge(this);
    return m;
  }

  Estimate estimate(String what, double level) {
    Intervals.requireTwo(what, n);
    double mean = sum / n;
    double variance = Math.max(0, (sumSq - sum * mean) / (n - 1));
    return Intervals.mean(what, n, mean, variance, level);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Moments m && n == m.n && Double.compare(sum, m.sum) == 0 && Double.compare(sumSq, m.sumSq) == 0;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(n) * 31 + Double.hashCode(sum);
  }
}
