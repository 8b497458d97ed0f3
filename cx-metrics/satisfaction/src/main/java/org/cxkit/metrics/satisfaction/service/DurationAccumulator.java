package org.cxkit.metrics.satisfaction.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.ReasonCode;

/**
 * A mutable collection of service times and open items, from which {@link DurationDistribution}
 * snapshots are taken. It keeps every duration, as exact quantiles require: 8 bytes per completed
 * item (plus the spare capacity of a growing array, at most half as much again); merging
 * concatenates. It holds at most {@value #MAX_DURATIONS} durations.
 *
 * <p>As an {@link Accumulator} of durations, {@link #add(Duration)}, {@link #merge(DurationAccumulator)}
 * and {@link #snapshot()} make it a valid supplier, accumulator and combiner for
 * {@code Stream.collect} on parallel streams; {@link DurationDistribution#toDistribution()} wraps it as
 * a {@code Collector}. Its {@link #count()} is the number of durations; open items, which have none,
 * are counted apart by {@link #openCount()}. A bad duration throws and leaves the accumulator
 * unchanged.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class DurationAccumulator
    implements Accumulator<Duration, DurationAccumulator, DurationDistribution> {
  /** The most durations an accumulator holds: the largest array the JVM reliably allocates. */
  public static final int MAX_DURATIONS = Integer.MAX_VALUE - 8;

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
   * @throws IllegalArgumentException if the duration is negative or too long, or the accumulator is
   *     full; the accumulator is unchanged
   */
  @Override
  public DurationAccumulator add(Duration duration) {
    checkAdd(duration);
    long value = duration.toNanos();
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, (int) Math.min(MAX_DURATIONS, Math.max(16L, size + (long) (size >> 1))));
    }
    nanos[size++] = value;
    secondsSum += value / 1_000_000_000L;
    nanosSum += value % 1_000_000_000L; // below 10^9 per duration: no overflow for any count of them
    return this;
  }

  /** Checks that {@link #add(Duration)} would succeed, without changing anything. */
  void checkAdd(Duration duration) {
    Checks.nonNegative("duration", Objects.requireNonNull(duration, "duration"));
    if (duration.compareTo(LONGEST) > 0) {
      throw Checks.invalid(ReasonCode.TOO_LARGE, "duration", "must be at most " + LONGEST, duration);
    }
    checkMerge(1, 0, duration.toNanos() / 1_000_000_000L, 0);
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
    Checks.notBefore("end", end, "start", start);
    return add(Duration.between(start, end));
  }

  /**
   * Counts an item that is still open: it has no duration yet and is not given one.
   *
   * @return this accumulator
   */
  public DurationAccumulator addOpen() {
    openCount = Checks.addExact("openCount", openCount, 1);
    return this;
  }

  /** Checks that adding these counts and sums would succeed, without changing anything. */
  private void checkMerge(long count, long open, long seconds, long nanoParts) {
    if (size + count > MAX_DURATIONS) {
      throw Checks.invalid(ReasonCode.TOO_LARGE, "count", "at most " + MAX_DURATIONS + " durations", size + count);
    }
    Checks.addExact("openCount", openCount, open);
    Checks.addExact("total duration", secondsSum, seconds);
    Checks.addExact("total duration", nanosSum, nanoParts);
  }

  /** Checks that {@link #addAll(DurationDistribution)} would succeed, without changing anything. */
  void checkAddAll(DurationDistribution distribution) {
    checkMerge(distribution.count(), distribution.openCount(), distribution.secondsSum(), distribution.nanosSum());
  }

  /** Checks that {@link #merge(DurationAccumulator)} would succeed, without changing anything. */
  void checkMerge(DurationAccumulator other) {
    checkMerge(other.size, other.openCount, other.secondsSum, other.nanosSum);
  }

  /**
   * Adds every item of another accumulator, which is left unchanged.
   *
   * @param other another accumulator
   * @return this accumulator
   * @throws IllegalArgumentException if the merged accumulator would hold more than
   *     {@value #MAX_DURATIONS} durations, or a count or the total duration would overflow; the
   *     accumulator is unchanged
   */
  @Override
  public DurationAccumulator merge(DurationAccumulator other) {
    return merge(other.nanos, other.size, other.openCount, other.secondsSum, other.nanosSum);
  }

  /**
   * Adds every item of a distribution.
   *
   * @param distribution a distribution
   * @return this accumulator
   * @throws IllegalArgumentException as {@link #merge(DurationAccumulator)}
   */
  public DurationAccumulator addAll(DurationDistribution distribution) {
    long[] values = distribution.sortedNanos();
    return merge(values, values.length, distribution.openCount(), distribution.secondsSum(), distribution.nanosSum());
  }

  private DurationAccumulator merge(long[] values, int count, long open, long seconds, long nanoParts) {
    checkMerge(count, open, seconds, nanoParts);
    int needed = size + count;
    if (needed > nanos.length) {
      nanos = Arrays.copyOf(nanos, (int) Math.min(MAX_DURATIONS, Math.max(needed, size + (long) (size >> 1))));
    }
    System.arraycopy(values, 0, nanos, size, count);
    size = needed;
    openCount += open;
    secondsSum += seconds;
    nanosSum += nanoParts;
    return this;
  }

  /**
   * Returns how many durations (completed items) were added, merged ones included; open items are
   * counted by {@link #openCount()}.
   *
   * @return the count, zero or more
   */
  @Override
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
  @Override
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
