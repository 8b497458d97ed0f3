package org.cxkit.metrics.churn.survival;

import java.util.Arrays;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;

/**
 * A mutable collection of tenures from which a {@link SurvivalCurve} is computed at
 * {@link #snapshot()}. Collections of disjoint sets of tenures {@linkplain #merge merge} into
 * exactly the collection of their union (the curve depends only on how many tenures churned and how
 * many were censored at each length, and those are integer counts), so the accumulator is a valid
 * combiner for {@code Stream.collect} and distributed reductions.
 *
 * <p>Tenures are counted per distinct length in a primitive open-addressing hash table, so adding
 * one allocates nothing beyond occasional growth and costs O(1); {@link #snapshot()} sorts only the
 * k distinct lengths. Lifetimes measured in whole days or months have few distinct values, which
 * makes the whole computation O(n + k log k) rather than the O(n log n) of sorting every tenure.
 *
 * <p>This class is not thread-safe.
 */
public final class SurvivalAccumulator implements Accumulator<Tenure, SurvivalAccumulator, SurvivalCurve> {
  private double[] keys = new double[64];
  private long[] churns = new long[64];
  private long[] censors = new long[64];
  private int distinct;
  private long count;

  SurvivalAccumulator() {}

  /**
   * Adds one tenure.
   *
   * @param tenure the tenure
   * @return this accumulator
   */
  @Override
  public SurvivalAccumulator add(Tenure tenure) {
    return add(tenure.length(), tenure.churned());
  }

  /**
   * Adds one tenure from its parts, without making a {@link Tenure}.
   *
   * @param length the length, finite, zero or more ({@code -0.0} is read as {@code 0.0})
   * @param churned true if it ended in churn, false if censored
   * @return this accumulator
   * @throws IllegalArgumentException if the length is negative, NaN or infinite; the accumulator is
   *     then unchanged
   */
  public SurvivalAccumulator add(double length, boolean churned) {
    // Checks.nonNegative turns -0.0 into 0.0, which would otherwise hash apart from it.
    double key = Checks.nonNegative("length", length);
    Checks.addExact("count", count, 1);
    increment(key, churned ? 1 : 0, churned ? 0 : 1);
    return this;
  }

  private void increment(double key, long churn, long censor) {
    if (2 * (distinct + 1) > keys.length) {
      grow();
    }
    int slot = find(keys, churns, censors, key);
    if (churns[slot] + censors[slot] == 0) {
      keys[slot] = key;
      distinct++;
    }
    churns[slot] += churn;
    censors[slot] += censor;
    count += churn + censor;
  }

  /** The slot holding the key, or the empty slot where it belongs (a slot is empty when both counts are 0). */
  private static int find(double[] keys, long[] churns, long[] censors, double key) {
    int mask = keys.length - 1;
    int slot = hash(key) & mask;
    while (churns[slot] + censors[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static int hash(double key) {
    long bits = Double.doubleToLongBits(key);
    bits ^= bits >>> 33;
    bits *= 0xff51afd7ed558ccdL;
    bits ^= bits >>> 33;
    return (int) bits;
  }

  private void grow() {
    double[] oldKeys = keys;
    long[] oldChurns = churns;
    long[] oldCensors = censors;
    keys = new double[oldKeys.length * 2];
    churns = new long[oldKeys.length * 2];
    censors = new long[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldChurns[i] + oldCensors[i] != 0) {
        int slot = find(keys, churns, censors, oldKeys[i]);
        keys[slot] = oldKeys[i];
        churns[slot] = oldChurns[i];
        censors[slot] = oldCensors[i];
      }
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
   * @throws IllegalArgumentException if the count overflows; this accumulator is then unchanged
   */
  @Override
  public SurvivalAccumulator merge(SurvivalAccumulator other) {
    // Every per-length count is at most the total, so if the total does not overflow, none does.
    Checks.addExact("count", count, other.count);
    double[] otherKeys = other.keys.clone();
    long[] otherChurns = other.churns.clone();
    long[] otherCensors = other.censors.clone();
    for (int i = 0; i < otherKeys.length; i++) {
      if (otherChurns[i] + otherCensors[i] != 0) {
        increment(otherKeys[i], otherChurns[i], otherCensors[i]);
      }
    }
    return this;
  }

  /**
   * Returns how many tenures were added, merged ones included.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Computes the Kaplan–Meier curve of the tenures so far; the accumulator stays usable.
   *
   * @return the curve
   * @throws IllegalStateException if no tenure was added
   */
  @Override
  public SurvivalCurve snapshot() {
    if (count == 0) {
      throw new IllegalStateException("No tenures: the survival curve is undefined");
    }
    double[] times = new double[distinct];
    int k = 0;
    for (int i = 0; i < keys.length; i++) {
      if (churns[i] + censors[i] != 0) {
        times[k++] = keys[i];
      }
    }
    Arrays.sort(times);
    long[] churnAt = new long[distinct];
    long[] censorAt = new long[distinct];
    for (int j = 0; j < distinct; j++) {
      int slot = find(keys, churns, censors, times[j]);
      churnAt[j] = churns[slot];
      censorAt[j] = censors[slot];
    }
    return new SurvivalCurve(times, churnAt, censorAt);
  }
}
