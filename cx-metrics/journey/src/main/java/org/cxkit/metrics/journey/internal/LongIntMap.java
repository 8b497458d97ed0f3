package org.cxkit.metrics.journey.internal;

/**
 * An open-addressing hash map from {@code long} keys to {@code int} values, with linear probing and
 * no boxing; absent keys read as {@code -1}, so values are zero or more. Not thread-safe.
 */
public final class LongIntMap {
  private long[] keys;
  private int[] values;
  private boolean[] used;
  private int size;

  /** An empty map. */
  public LongIntMap() {
    keys = new long[16];
    values = new int[16];
    used = new boolean[16];
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key
   * @return its value, or {@code -1} if absent
   */
  public int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return -1;
  }

  /**
   * Puts a key's value.
   *
   * @param key the key
   * @param value the value, zero or more
   */
  public void put(long key, int value) {
    assert value >= 0;
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (used[i]) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    values[i] = value;
    size++;
  }

  /**
   * Returns the number of keys.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  @Override
  public String toString() {
    return "LongIntMap{size=" + size + ", capacity=" + keys.length + "}";
  }
}
