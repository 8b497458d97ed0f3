package org.cxkit.metrics.satisfaction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The length of a {@link ReportingPeriod}: a calendar day, an ISO week (Monday to Sunday), a calendar
 * month or a calendar quarter (January, April, July, October).
 */
public enum Granularity {
  /** A calendar day. */
  DAY,
  /** An ISO-8601 week, from Monday to Sunday. */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar quarter, starting in January, April, July or October. */
  QUARTER;

  /**
   * Returns the first day of the period of this length that contains a date.
   *
   * @param date the date
   * @return the period's first day
   */
  public LocalDate startOf(LocalDate date) {
    switch (this) {
      case DAY:
        return date;
      case WEEK:
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH:
        return date.withDayOfMonth(1);
      case QUARTER:
        return date.with(IsoFields.DAY_OF_QUARTER, 1);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Returns the first day of the next period, given the first day of one.
   *
   * @param start a period's first day
   * @return the next period's first day
   */
  LocalDate next(LocalDate start) {
    switch (this) {
      case DAY:
        return start.plusDays(1);
      case WEEK:
        return start.plusWeeks(1);
      case MONTH:
        return start.plusMonths(1);
      case QUARTER:
        return start.plusMonths(3);
      default:
        throw new AssertionError(this);
    }
  }
}
