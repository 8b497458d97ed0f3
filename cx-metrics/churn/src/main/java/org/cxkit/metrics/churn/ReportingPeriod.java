package org.cxkit.metrics.churn;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A reporting period: the half-open interval of instants {@code [start, end)}. An instant equal to
 * {@code end} belongs to the next period, never to this one, so consecutive periods share a
 * boundary without overlapping.
 *
 * <p>Calendar periods depend on a time zone (March in Tokyo starts nine hours before March in
 * London), so the calendar factories take one explicitly; the period itself holds only instants.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param start the first instant in the period
 * @param end the first instant after the period, strictly after {@code start}
 */
public record ReportingPeriod(Instant start, Instant end) {

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public ReportingPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "Invalid value for end (must be after start " + start + "): " + end);
    }
  }

  /**
   * Obtains the period {@code [startInclusive, endExclusive)}.
   *
   * @param startInclusive the first instant in the period
   * @param endExclusive the first instant after it, strictly after the start
   * @return the period
   */
  public static ReportingPeriod between(Instant startInclusive, Instant endExclusive) {
    return new ReportingPeriod(startInclusive, endExclusive);
  }

  /**
   * Obtains a calendar month in a time zone: from the start of its first day to the start of the
   * next month's first day, local time.
   *
   * @param month the month
   * @param zone the time zone the month is read in
   * @return the period
   */
  public static ReportingPeriod of(YearMonth month, ZoneId zone) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(zone, "zone");
    return new ReportingPeriod(month.atDay(1).atStartOfDay(zone).toInstant(),
        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
  }

  /**
   * Tells whether an instant lies in the period.
   *
   * @param instant the instant
   * @return true if {@code start <= instant < end}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** Returns the bounds in ISO form, such as {@code [2026-01-01T00:00:00Z, 2026-02-01T00:00:00Z)}. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
