package org.cxkit.metrics.nps;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A calendar period over which answers are pooled for a trend: a day, an ISO week (Monday to
 * Sunday), a month or a quarter. A period is identified by its first day; it runs from that day
 * inclusive to the first day of the next period exclusive.
 */
public enum CalendarPeriod {
  /** One calendar day. */
  DAY,
  /** One ISO-8601 week, Monday to Sunday (a week may span two years). */
  ISO_WEEK,
  /** One calendar month. */
  MONTH,
  /** One calendar quarter: January to March, April to June, July to September, October to December. */
  QUARTER;

  /**
   * Returns the first day of the period a date falls in.
   *
   * @param date the date
   * @return the first day of its period
   */
  public LocalDate startOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    switch (this) {
      case DAY:
        return date;
      case ISO_WEEK:
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH:
        return date.withDayOfMonth(1);
      case QUARTER:
        return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Returns the first day of the period an instant falls in, as seen in a time zone.
   *
   * @param instant the instant
   * @param zone the time zone whose calendar defines the periods
   * @return the first day of its period
   */
  public LocalDate startOf(Instant instant, ZoneId zone) {
    return startOf(LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), Objects.requireNonNull(zone, "zone")));
  }

  /**
   * Returns the first day of the next period: the exclusive end of the period starting at {@code start}.
   *
   * @param start the first day of a period
   * @return the first day of the following period
   * @throws IllegalArgumentException if {@code start} is not the first day of a period
   */
  public LocalDate next(LocalDate start) {
    requireStart(start);
    switch (this) {
      case DAY:
        return start.plusDays(1);
      case ISO_WEEK:
        return start.plusWeeks(1);
      case MONTH:
        return start.plusMonths(1);
      case QUARTER:
        return start.plusMonths(3);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Returns a label for the period starting at {@code start}: {@code 2026-11-24}, {@code 2026-W48},
   * {@code 2026-11} or {@code 2026-Q4}. An ISO week carries its week-based year, which differs from
   * the calendar year around New Year ({@code 2024-12-30} starts {@code 2025-W01}).
   *
   * @param start the first day of a period
   * @return the label
   * @throws IllegalArgumentException if {@code start} is not the first day of a period
   */
  public String label(LocalDate start) {
    requireStart(start);
    switch (this) {
      case DAY:
        return start.toString();
      case ISO_WEEK:
        return String.format(java.util.Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
            start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return String.format(java.util.Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER:
        return start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
      default:
        throw new AssertionError(this);
    }
  }

  LocalDate requireStart(LocalDate start) {
    if (!startOf(start).equals(start)) {
      throw new IllegalArgumentException("Invalid value for start (must be the first day of a "
          + name().toLowerCase(java.util.Locale.ROOT) + ", such as " + startOf(start) + "): " + start);
    }
    return start;
  }
}
