package org.cxkit.metrics.satisfaction.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * A mutable collection of service times and open items, from which {@link DurationDistribution}
 * snapshots are taken. It keeps every duration, as exact quantiles require: 8 bytes per completed
 * item (plus the spare capacity of a growing array, at most as much again); merging concatenates.
 *
 * <p>{@link #add(Duration)} and {@link #merge(DurationAccumulator)} make it a valid
 * accumulator/combiner pair for {@code Stream.collect};
 * {@link DurationDistribution#toDistribution()} wraps it as a {@code Collector}.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class DurationAccumulator {
  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

  private long[] nanos = new long[16];
  private int size;
  private long openCount;
  private long secondsSum;
  private long nanosSum;

  private DurationAccumulator() {}

  /**
   * Obtains an empty accumulator.
   *
   * @return the accumulator
   */
  static DurationAccumulator create() {
    return new DurationAccumulator();
  }

  /**
   * Adds a completed item's duration.
   *
   * @param duration the duration, zero or more and at most about 292 years (2^63 − 1 nanoseconds)
   * @return this accumulator
   * @throws IllegalArgumentException if the duration is negative or too long
   */
  public DurationAccumulator add(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("Invalid value for duration (must not be negative): " + duration);
    }
    if (duration.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("Invalid value for duration (must be at most " + LONGEST + "): " + duration);
    }
    append(duration.toNanos());
    return this;
  }

  /**
   * Adds the duration from one instant to another.
   *
   * @param start the start, such as the ticket's opening
   * @param end the end, such as the first reply, not before the start
   * @return this accumulator
   * @throws IllegalArgumentException if {@code end} is before {@code start}, naming both
   */
  public DurationAccumulator add(Instant start, Instant end) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "Invalid value for end (must not be before start " + start + "): " + end);
    }
    return add(Duration.between(start, end));
  }

  /**
   * Counts an item that is still open: it has no duration yet and is not given one.
   *
   * @return this accumulator
   */
  public DurationAccumulator addOpen() {
    openCount++;
    return this;
  }

  private void append(long value) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, Math.max(16, size + (size >> 1)));
    }
    nanos[size++] = value;
    secondsSum = Math.addExact(secondsSum, value / 1_000_000_000L);
    nanosSum = Math.addExact(nanosSum, value % 1_000_000_000L);
  }

  /**
   * Adds every item of another accumulator, which is left unchanged.
   *
   * @param other another accumulator
   * @return this accumulator
   */
  public DurationAccumulator merge(DurationAccumulator other) {
    return merge(other.nanos, other.size, other.openCount, other.secondsSum, other.nanosSum);
  }

  /**
   * Adds every item of a distribution.
   *
   * @param distribution a distribution
   * @return this accumulator
   */
  public DurationAccumulator addAll(DurationDistribution distribution) {
    long[] values = distribution.sortedNanos();
    return merge(values, values.length, distribution.openCount(), distribution.secondsSum(), distribution.nanosSum());
  }

  private DurationAccumulator merge(long[] values, int count, long open, long seconds, long nanoParts) {
    int needed = Math.addExact(size, count);
    if (needed > nanos.length) {
      nanos = Arrays.copyOf(nanos, Math.max(needed, size + (size >> 1)));
    }
    System.arraycopy(values, 0, nanos, size, count);
    size = needed;
    openCount = Math.addExact(openCount, open);
    secondsSum = Math.addExact(secondsSum, seconds);
    nanosSum = Math.addExact(nanosSum, nanoParts);
    return this;
  }

  /**
   * Returns how many completed items were added.
   *
   * @return the count
   */
  public long count() {
    return size;
  }

  /**
   * Returns how many open items were counted.
   *
   * @return the count
   */
  public long openCount() {
    return openCount;
  }

  /**
   * Returns an immutable distribution of the items added so far (sorting a copy: O(n log n)); the
   * accumulator stays usable.
   *
   * @return the distribution
   */
  public DurationDistribution snapshot() {
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    return new DurationDistribution(sorted, openCount, secondsSum, nanosSum);
  }

  @Override
  public String toString() {
    return "DurationAccumulator{n=" + size + ", open=" + openCount + "}";
  }
}
