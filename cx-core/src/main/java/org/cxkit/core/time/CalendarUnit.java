package org.cxkit.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * The length of a {@link CalendarPeriod}: a day, an ISO week (Monday to Sunday), a month, a quarter
 * (January, April, July, October) or a year, always aligned to the calendar, never to the first
 * item of the data.
 */
public enum CalendarUnit {
  /** A calendar day; labelled {@code 2025-03-14}. */
  DAY(ChronoUnit.DAYS, 1),
  /** An ISO-8601 week, Monday to Sunday, which may span two years; labelled {@code 2025-W07}. */
  WEEK(ChronoUnit.WEEKS, 1),
  /** A calendar month; labelled {@code 2025-03}. */
  MONTH(ChronoUnit.MONTHS, 1),
  /** A calendar quarter, starting on 1 January, April, July or October; labelled {@code 2025-Q1}. */
  QUARTER(ChronoUnit.MONTHS, 3),
  /** A calendar year; labelled {@code 2025}. */
  YEAR(ChronoUnit.YEARS, 1);

  private final ChronoUnit unit;
  private final int amount;

  CalendarUnit(ChronoUnit unit, int amount) {
    this.unit = unit;
    this.amount = amount;
  }

  /**
   * Obtains a unit from its name in any case, as a command-line option spells it: {@code day},
   * {@code week}, {@code month}, {@code quarter} or {@code year}.
   *
   * @param name the name
   * @return the unit
   * @throws IllegalArgumentException if the name is none of these, listing them
   */
  public static CalendarUnit parse(String name) {
    for (CalendarUnit u : values()) {
      if (u.name().equalsIgnoreCase(name.strip())) {
        return u;
      }
    }
    throw Checks.invalid(ReasonCode.MALFORMED, "calendar unit", "valid values day, week, month, quarter, year", name);
  }

  /**
   * Returns the first day of the period of this unit that contains a date.
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
      case YEAR:
        return date.withDayOfYear(1);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Returns the date {@code k} units after a date, as {@link LocalDate#plus(long, java.time.temporal.TemporalUnit)}
   * counts: {@code MONTH.plus(2025-01-31, 1)} is {@code 2025-02-28}.
   *
   * @param date the date
   * @param k how many units, negative to go back
   * @return the date
   */
  LocalDate plus(LocalDate date, long k) {
    return date.plus(Math.multiplyExact(k, (long) amount), unit);
  }

  /**
   * Counts whole units from one period start to another of this unit.
   *
   * @param start the first day of a period
   * @param end the first day of a later or earlier period
   * @return the number of units, negative if {@code end} is before {@code start}
   */
  long between(LocalDate start, LocalDate end) {
    return unit.between(start, end) / amount;
  }

  /**
   * Returns the label of the period starting on a date.
   *
   * @param start the first day of a period of this unit
   * @return {@code 2025-03-14}, {@code 2025-W07}, {@code 2025-03}, {@code 2025-Q1} or {@code 2025}
   */
  String label(LocalDate start) {
    switch (this) {
      case DAY:
        return start.toString();
      case WEEK:
        return String.format(Locale.ROOT, "%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
            start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER:
        return String.format(Locale.ROOT, "%04d-Q%d", start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
      case YEAR:
        return String.format(Locale.ROOT, "%04d", start.getYear());
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Returns the mean length of this unit as a {@link TimeScale}: a day, a week, a mean Gregorian
   * month, quarter or year.
   *
   * @return the length
   */
  public TimeScale averageLength() {
    switch (this) {
      case DAY:
        return TimeScale.DAY;
      case WEEK:
        return TimeScale.WEEK;
      case MONTH:
        return TimeScale.MONTH;
      case QUARTER:
        return TimeScale.QUARTER;
      case YEAR:
        return TimeScale.YEAR;
      default:
        throw new AssertionError(this);
    }
  }
}
