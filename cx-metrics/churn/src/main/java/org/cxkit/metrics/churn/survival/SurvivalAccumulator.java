package org.cxkit.metrics.churn.survival;

import java.util.Arrays;

/**
 * A mutable collection of tenures from which a {@link SurvivalCurve} is computed at
 * {@link #snapshot()}. Collections of disjoint sets of tenures {@linkplain #merge merge} into
 * exactly the collection of their union (the curve depends only on the multiset of tenures), so the
 * accumulator is a valid combiner for {@code Stream.collect} and distributed reductions.
 *
 * <p>Churn and censoring times are kept in two primitive arrays, so adding a tenure allocates
 * nothing beyond occasional growth, and {@link #snapshot()} sorts them once: O(n log n) in all.
 *
 * <p>This class is not thread-safe.
 */
public final class SurvivalAccumulator {
  private double[] churnTimes = new double[16];
  private int churnCount;
  private double[] censorTimes = new double[16];
  private int censorCount;

  SurvivalAccumulator() {}

  /**
   * Adds one tenure.
   *
   * @param tenure the tenure
   */
  public void add(Tenure tenure) {
    add(tenure.length(), tenure.churned());
  }

  /**
   * Adds one tenure from its parts.
   *
   * @param length the length, finite, zero or more
   * @param churned true if it ended in churn, false if censored
   * @throws IllegalArgumentException if the length is negative, NaN or infinite
   */
  public void add(double length, boolean churned) {
    if (!(length >= 0 && length < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("Invalid value for length (must be finite and zero or more): " + length);
    }
    // -0.0 would sort apart from 0.0.
    length += 0.0;
    if (churned) {
      if (churnCount == churnTimes.length) {
        churnTimes = Arrays.copyOf(churnTimes, churnCount * 2);
      }
      churnTimes[churnCount++] = length;
    } else {
      if (censorCount == censorTimes.length) {
        censorTimes = Arrays.copyOf(censorTimes, censorCount * 2);
      }
      censorTimes[censorCount++] = length;
    }
  }

  /**
   * Adds tenures.
   *
   * @param tenures the tenures
   * @return this accumulator
   */
  public SurvivalAccumulator addAll(Iterable<Tenure> tenures) {
    tenures.forEach(this::add);
    return this;
  }

  /**
   * Adds another accumulator's tenures; the other is unchanged.
   *
   * @param other the other accumulator
   * @return this accumulator
   */
  public SurvivalAccumulator merge(SurvivalAccumulator other) {
    churnTimes = append(churnTimes, churnCount, other.churnTimes, other.churnCount);
    churnCount += other.churnCount;
    censorTimes = append(censorTimes, censorCount, other.censorTimes, other.censorCount);
    censorCount += other.censorCount;
    return this;
  }

  private static double[] append(double[] mine, int count, double[] theirs, int theirCount) {
    double[] result = count + theirCount <= mine.length ? mine : Arrays.copyOf(mine, count + theirCount);
    System.arraycopy(theirs, 0, result, count, theirCount);
    return result;
  }

  /**
   * Returns how many tenures were added.
   *
   * @return the count
   */
  public long count() {
    return (long) churnCount + censorCount;
  }

  /**
   * Computes the Kaplan–Meier curve of the tenures so far; the accumulator stays usable.
   *
   * @return the curve
   * @throws IllegalStateException if no tenure was added
   */
  public SurvivalCurve snapshot() {
    if (count() == 0) {
      throw new IllegalStateException("No tenures: the survival curve is undefined");
    }
    double[] churns = Arrays.copyOf(churnTimes, churnCount);
    double[] censors = Arrays.copyOf(censorTimes, censorCount);
    Arrays.sort(churns);
    Arrays.sort(censors);
    return new SurvivalCurve(churns, censors);
  }
}
