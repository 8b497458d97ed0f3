package org.cxkit.metrics.gap.internal;

import java.math.BigInteger;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.Intervals;

/**
 * The count, mean and variance of a stream of finite doubles, mergeable, for a mean with its
 * Student t interval.
 *
 * <p>Two representations, chosen by the values themselves:
 * <ul>
 *   <li><b>exact</b>, while every value is a whole number of magnitude at most {@value #WHOLE_LIMIT}
 *       (what answers on a scale and their differences are): the count, the sum and the sum of
 *       squares as {@code long}s. Mean and variance are rounded once, from
 *       {@code (n Σx² − (Σx)²) / (n (n − 1))} in exact integer arithmetic, so a result merged from
 *       parts equals the result of the whole bit for bit, whatever the split and the order;
 *   <li><b>Chan</b>, from the first value that is not such a whole number (or if the exact sum of
 *       squares would overflow): {@code (n, mean, M2)}, {@code M2 = Σ(x − mean)²}, updated by
 *       Welford's step on each value and merged by Chan, Golub and LeVeque's pairwise update (1979;
 *       the update of Guava's {@code StatsAccumulator.addAll}). It keeps the variance of values far
 *       from zero, which a sum of squares less a squared sum loses (values 1e9 + k), and a merged
 *       result agrees with the whole to rounding.
 * </ul>
 * The switch is one-way; on it the exact sums become {@code (n, mean, M2)} rounded once each.
 *
 * <p>Not API. Mutable and not thread-safe.
 */
public final class Moments {
  /** The largest magnitude of a whole number kept in the exact representation: 2<sup>20</sup>. */
  public static final long WHOLE_LIMIT = 1L << 20;

  private long n;
  private boolean exact = true;
  // Exact representation.
  private long sum;
  private long sumSq;
  // Chan representation.
  private double mean;
  private double m2;

  /** Creates empty moments. */
  public Moments() {}

  /**
   * Adds one value.
   *
   * @param x the value, finite (the caller checks it, naming its field)
   * @throws IllegalArgumentException if the count would overflow
   */
  public void add(double x) {
    long count = Checks.addExact("count", n, 1);
    if (exact) {
      if (isWhole(x)) {
        long v = (long) x;
        long s2 = sumSq + v * v;
        // |Σx| <= Σx² for whole numbers, so the sum cannot overflow before the sum of squares.
        if (s2 >= 0) {
          sum += v;
          sumSq = s2;
          n = count;
          return;
        }
      }
      toChan();
    }
    n = count;
    double delta = x - mean;
    mean += delta / count;
    m2 += delta * (x - mean);
  }

  /**
   * Adds everything other moments hold; the other is unchanged.
   *
   * @param other the other moments
   * @throws IllegalArgumentException if the count would overflow
   */
  public void merge(Moments other) {
    long count = Checks.addExact("count", n, other.n);
    if (other.n == 0) {
      return;
    }
    if (n == 0) {
      copyFrom(other);
      return;
    }
    if (exact && other.exact) {
      long s = sum + other.sum;
      long s2 = sumSq + other.sumSq;
      boolean sumOverflows = ((sum ^ s) & (other.sum ^ s)) < 0;
      if (s2 >= 0 && !sumOverflows) {
        sum = s;
        sumSq = s2;
        n = count;
        return;
      }
    }
    toChan();
    double otherMean = other.exact ? other.exactMean() : other.mean;
    double otherM2 = other.exact ? other.exactM2() : other.m2;
    double delta = otherMean - mean;
    mean += delta * other.n / count;
    m2 += otherM2 + delta * (otherMean - mean) * other.n;
    n = count;
  }

  /**
   * Returns a copy that does not follow this one.
   *
   * @return the copy
   */
  public Moments copy() {
    Moments m = new Moments();
    m.copyFrom(this);
    return m;
  }

  /**
   * Returns how many values were added.
   *
   * @return the count, zero or more
   */
  public long count() {
    return n;
  }

  /**
   * Returns the mean.
   *
   * @return the mean, or 0 with no values
   */
  public double mean() {
    return exact ? exactMean() : mean;
  }

  /**
   * Returns the sample variance, divisor {@code n − 1}.
   *
   * @return the variance, zero or more
   * @throws IllegalStateException if fewer than two values were added
   */
  public double sampleVariance() {
    if (n < 2) {
      throw new IllegalStateException("Cannot compute a sample variance from " + n + " values (at least 2 needed)");
    }
    if (exact) {
      BigInteger numerator = BigInteger.valueOf(n).multiply(BigInteger.valueOf(sumSq))
          .subtract(BigInteger.valueOf(sum).pow(2));
      return numerator.doubleValue() / ((double) n * (double) (n - 1));
    }
    return m2 / (n - 1);
  }

  /**
   * Returns the mean with its Student t interval.
   *
   * @param what the figure's name, for the message when there are too few values
   * @param confidence the confidence level and minimum sample size
   * @return the estimate
   * @throws IllegalStateException if fewer than two values were added
   */
  public Estimate estimate(String what, Confidence confidence) {
    requireTwo(what, n);
    return studentT(what, n, mean(), sampleVariance(), confidence);
  }

  /**
   * Returns a mean with its Student t interval and standard error, from
   * {@link Intervals#studentT}, after checking that there are two observations.
   *
   * @param what the figure's name, for the message when there are too few observations
   * @param n the number of observations
   * @param mean the mean, finite
   * @param variance the sample variance; rounding below zero is taken as zero
   * @param confidence the confidence level and minimum sample size
   * @return the estimate
   * @throws IllegalStateException if {@code n} is below 2
   */
  public static Estimate studentT(String what, long n, double mean, double variance, Confidence confidence) {
    requireTwo(what, n);
    return Intervals.studentT(mean, Math.max(0, variance), n, confidence);
  }

  /**
   * Throws unless there are at least two observations, naming the figure.
   *
   * @param what the figure's name
   * @param n the number of observations
   * @throws IllegalStateException if {@code n} is below 2
   */
  public static void requireTwo(String what, long n) {
    if (n < 2) {
      throw new IllegalStateException("Cannot estimate " + what + " with an interval from " + n
          + " observation" + (n == 1 ? "" : "s") + " (at least 2 needed)");
    }
  }

  private static boolean isWhole(double x) {
    return Math.abs(x) <= WHOLE_LIMIT && x == Math.rint(x);
  }

  private double exactMean() {
    return n == 0 ? 0 : (double) sum / n;
  }

  private double exactM2() {
    if (n == 0) {
      return 0;
    }
    BigInteger numerator = BigInteger.valueOf(n).multiply(BigInteger.valueOf(sumSq))
        .subtract(BigInteger.valueOf(sum).pow(2));
    return numerator.doubleValue() / n;
  }

  private void toChan() {
    if (exact) {
      mean = exactMean();
      m2 = exactM2();
      sum = 0;
      sumSq = 0;
      exact = false;
    }
  }

  private void copyFrom(Moments other) {
    n = other.n;
    exact = other.exact;
    sum = other.sum;
    sumSq = other.sumSq;
    mean = other.mean;
    m2 = other.m2;
  }

  /** Equal when both are exact with the same sums, or both Chan with the same bits. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Moments m) || n != m.n || exact != m.exact) {
      return false;
    }
    return exact ? sum == m.sum && sumSq == m.sumSq
        : Double.compare(mean, m.mean) == 0 && Double.compare(m2, m.m2) == 0;
  }

  @Override
  public int hashCode() {
    int h = Long.hashCode(n) * 31 + Boolean.hashCode(exact);
    return exact ? (h * 31 + Long.hashCode(sum)) * 31 + Long.hashCode(sumSq)
        : (h * 31 + Double.hashCode(mean)) * 31 + Double.hashCode(m2);
  }

  /**
   * Tells whether two moments agree: the same count, and mean and variance within a relative
   * {@code tolerance}; for tests of merges in the Chan representation.
   *
   * @param other the other moments
   * @param tolerance the relative tolerance, such as 1e-9
   * @return true if they agree
   */
  public boolean agrees(Moments other, double tolerance) {
    if (n != other.n) {
      return false;
    }
    if (equals(other)) {
      return true;
    }
    double scale = 1 + Math.abs(mean());
    if (Math.abs(mean() - other.mean()) > tolerance * scale) {
      return false;
    }
    return n < 2 || Math.abs(sampleVariance() - other.sampleVariance()) <= tolerance * (1 + sampleVariance());
  }

  @Override
  public String toString() {
    return "Moments{n=" + n + ", mean=" + mean() + (exact ? ", exact" : "") + "}";
  }
}
