package org.cxkit.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * A half-open interval of instants, {@code [start, end)}: an instant equal to {@code end} belongs
 * to the next interval, never to this one, so consecutive intervals share a boundary without
 * overlapping. A {@link CalendarPeriod} read in a time zone gives one.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param start the first instant in the interval
 * @param end the first instant after it, strictly after {@code start}
 */
public record Interval(Instant start, Instant end) {

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public Interval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw Checks.invalid(ReasonCode.OUT_OF_ORDER, "end", "must be after start " + start, end);
    }
  }

  /**
   * Obtains the interval {@code [startInclusive, endExclusive)}.
   *
   * @param startInclusive the first instant in the interval
   * @param endExclusive the first instant after it, strictly after the start
   * @return the interval
   * @throws IllegalArgumentException if the end is not after the start
   */
  public static Interval between(Instant startInclusive, Instant endExclusive) {
    return new Interval(startInclusive, endExclusive);
  }

  /**
   * Tells whether an instant lies in the interval.
   *
   * @param instant the instant
   * @return true if {@code start <= instant < end}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /**
   * Returns the length of the interval.
   *
   * @return the duration, positive
   */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Returns the bounds in ISO form, such as {@code [2026-01-01T00:00:00Z, 2026-02-01T00:00:00Z)}. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
