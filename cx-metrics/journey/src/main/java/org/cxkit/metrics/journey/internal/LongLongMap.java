package org.cxkit.metrics.journey.internal;

import org.cxkit.core.internal.Checks;

/**
 * An open-addressing hash map from {@code long} keys to {@code long} counts, with linear probing and
 * no boxing; absent keys count 0. Iterate with {@link #capacity()}, {@link #isUsed}, {@link #keyAt}
 * and {@link #valueAt}. Not thread-safe.
 */
public final class LongLongMap {
  private long[] keys;
  private long[] values;
  private boolean[] used;
  private int size;

  /** An empty map. */
  public LongLongMap() {
    keys = new long[16];
    values = new long[16];
    used = new boolean[16];
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /**
   * Adds to a key's count.
   *
   * @param key the key
   * @param delta the amount, zero or more
   * @param field the name of the count, for the overflow message
   * @throws IllegalArgumentException if the count overflows, naming the field
   */
  public void add(long key, long delta, String field) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (used[i]) {
      if (keys[i] == key) {
        values[i] = Checks.addExact(field, values[i], delta);
        return;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    values[i] = delta;
    size++;
  }

  /**
   * Returns a key's count.
   *
   * @param key the key
   * @return the count, 0 if absent
   */
  public long get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return 0;
  }

  /**
   * Returns the number of keys.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the number of slots, for iteration.
   *
   * @return the capacity
   */
  public int capacity() {
    return keys.length;
  }

  /**
   * Tells whether a slot holds a key.
   *
   * @param slot the slot, from 0 to {@code capacity() - 1}
   * @return true if used
   */
  public boolean isUsed(int slot) {
    return used[slot];
  }

  /**
   * Returns the key in a used slot.
   *
   * @param slot the slot
   * @return the key
   */
  public long keyAt(int slot) {
    return keys[slot];
  }

  /**
   * Returns the count in a used slot.
   *
   * @param slot the slot
   * @return the count
   */
  public long valueAt(int slot) {
    return values[slot];
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    size = 0;
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldUsed[j]) {
        int i = slot(oldKeys[j], mask);
        while (used[i]) {
          i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
        size++;
      }
    }
  }
}
