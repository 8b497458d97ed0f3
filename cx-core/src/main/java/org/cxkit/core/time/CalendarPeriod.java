package org.cxkit.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * A period of the calendar that figures are reported per: a day, an ISO week, a month, a quarter or
 * a year, identified by its first day and its {@linkplain CalendarUnit unit}. It covers the dates
 * {@code [start, end())}; an instant belongs to it when its local date in a chosen {@link ZoneId}
 * does, so "March" means March in that zone ({@link #toInterval(ZoneId)} gives the instants).
 *
 * <p>Periods are aligned to the calendar, whatever the data: the quarter of 14 February is
 * January–March. Each has a label that {@link #parse(String)} reads back: {@code 2025-03-14},
 * {@code 2025-W07}, {@code 2025-03}, {@code 2025-Q1}, {@code 2025}. Periods start in the years
 * {@value #MIN_YEAR} to {@value #MAX_YEAR}, so that every label has four digits and no calendar
 * arithmetic leaves the range {@link LocalDate} supports.
 *
 * <p>Periods sort by unit, then by start. This record is immutable and thread-safe.
 *
 * @param start the first day: a Monday for weeks, the 1st for months, 1 January, April, July or
 *     October for quarters, 1 January for years; in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}
 * @param unit the length
 */
public record CalendarPeriod(LocalDate start, CalendarUnit unit) implements Comparable<CalendarPeriod> {

  /** The earliest year a period may start in. */
  public static final int MIN_YEAR = 1;
  /** The latest year a period may start in. */
  public static final int MAX_YEAR = 9999;

  private static final Comparator<CalendarPeriod> ORDER =
      Comparator.comparing(CalendarPeriod::unit).thenComparing(CalendarPeriod::start);
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code start} is not the first day of a period of the unit,
   *     or not in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public CalendarPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(unit, "unit");
    requireYear(start);
    if (!unit.startOf(start).equals(start)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "start",
          "must be the first day of a " + unit.name().toLowerCase(java.util.Locale.ROOT) + ", such as "
              + unit.startOf(start), start);
    }
  }

  /**
   * Obtains the period of a unit that starts on a date.
   *
   * @param start the first day of a period of the unit
   * @param unit the length
   * @return the period
   * @throws IllegalArgumentException if {@code start} does not start a period of the unit
   */
  public static CalendarPeriod of(LocalDate start, CalendarUnit unit) {
    return new CalendarPeriod(start, unit);
  }

  /**
   * Obtains the period of a unit that contains a date.
   *
   * @param date any date in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @param unit the length
   * @return the period
   * @throws IllegalArgumentException if the date is outside those years
   */
  public static CalendarPeriod containing(LocalDate date, CalendarUnit unit) {
    Objects.requireNonNull(unit, "unit");
    requireYear(Objects.requireNonNull(date, "date"));
    return new CalendarPeriod(unit.startOf(date), unit);
  }

  /**
   * Obtains the period of a unit that contains an instant, seen in a time zone.
   *
   * @param instant the instant
   * @param zone the zone whose calendar the period follows
   * @param unit the length
   * @return the period
   * @throws IllegalArgumentException if the instant's local date is outside the years
   *     {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public static CalendarPeriod containing(Instant instant, ZoneId zone, CalendarUnit unit) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    LocalDate date;
    try {
      date = LocalDate.ofInstant(instant, zone);
    } catch (java.time.DateTimeException e) {
      throw Checks.invalid(ReasonCode.IMPLAUSIBLE_DATE, "instant",
          "valid values in the years " + MIN_YEAR + " - " + MAX_YEAR, instant);
    }
    return containing(date, unit);
  }

  /**
   * Reads a label: {@code 2025-03-14} (a day), {@code 2025-W07} (an ISO week of a week-based year),
   * {@code 2025-03} (a month), {@code 2025-Q1} (a quarter) or {@code 2025} (a year).
   *
   * @param label the label, as {@link #label()} writes it
   * @return the period
   * @throws IllegalArgumentException if the text is none of these forms or names no such period
   */
  public static CalendarPeriod parse(String label) {
    Objects.requireNonNull(label, "label");
    try {
      Matcher m;
      if ((m = WEEK.matcher(label)).matches()) {
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate thursday = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1)
            .with(java.time.DayOfWeek.THURSDAY);
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(thursday).getMaximum();
        if (week < 1 || week > weeks) {
          throw Checks.invalid(ReasonCode.MALFORMED, "label", "week-based year " + year + " has weeks 01 - " + weeks, label);
        }
        return containing(thursday.plusWeeks(week - 1L), CalendarUnit.WEEK);
      }
      if ((m = QUARTER.matcher(label)).matches()) {
        return of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3 - 2, 1), CalendarUnit.QUARTER);
      }
      if ((m = MONTH.matcher(label)).matches()) {
        return of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1), CalendarUnit.MONTH);
      }
      if (YEAR.matcher(label).matches()) {
        return of(LocalDate.of(Integer.parseInt(label), 1, 1), CalendarUnit.YEAR);
      }
      if (DAY.matcher(label).matches()) {
        return of(LocalDate.parse(label), CalendarUnit.DAY);
      }
    } catch (java.time.DateTimeException e) {
      throw Checks.invalid(ReasonCode.MALFORMED, "label", "not a calendar date: " + e.getMessage(), label);
    }
    throw Checks.invalid(ReasonCode.MALFORMED, "label",
        "forms 2025-03-14, 2025-W07, 2025-03, 2025-Q1, 2025", label);
  }

  private static LocalDate requireYear(LocalDate date) {
    if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      throw Checks.invalid(ReasonCode.IMPLAUSIBLE_DATE, "date",
          "valid values in the years " + MIN_YEAR + " - " + MAX_YEAR, date);
    }
    return date;
  }

  /**
   * Returns the day after the period's last day: the start of the next period.
   *
   * @return the exclusive end
   */
  public LocalDate end() {
    return unit.plus(start, 1);
  }

  /**
   * Returns the period {@code k} periods after this one.
   *
   * @param k how many periods, negative to go back
   * @return the period
   * @throws IllegalArgumentException if it would start outside the years {@value #MIN_YEAR} to
   *     {@value #MAX_YEAR}
   */
  public CalendarPeriod plus(long k) {
    if (Math.abs(k) > 5_000_000) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "k", "valid values -5000000 - 5000000", k);
    }
    return new CalendarPeriod(unit.plus(start, k), unit);
  }

  /**
   * Returns the period that follows this one.
   *
   * @return the next period
   * @throws IllegalArgumentException if it would start after the year {@value #MAX_YEAR}
   */
  public CalendarPeriod next() {
    return plus(1);
  }

  /**
   * Counts the periods from this one to another of the same unit: 0 for itself, 1 for the next.
   *
   * @param other a period of the same unit
   * @return the count, negative if {@code other} is earlier
   * @throws IllegalArgumentException if the units differ
   */
  public long until(CalendarPeriod other) {
    if (other.unit != unit) {
      throw Checks.invalid(ReasonCode.INVALID, "other", "must be a " + unit + " period", other);
    }
    return unit.between(start, other.start);
  }

  /**
   * Tells whether a date lies in the period.
   *
   * @param date the date
   * @return true if {@code start <= date < end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(end());
  }

  /**
   * Returns the instants of the period in a time zone: from the start of its first day to the start
   * of the next period's first day, local time.
   *
   * @param zone the zone
   * @return the half-open interval
   */
  public Interval toInterval(ZoneId zone) {
    return Interval.between(start.atStartOfDay(zone).toInstant(), end().atStartOfDay(zone).toInstant());
  }

  /**
   * Returns the label: {@code 2025-03-14}, {@code 2025-W07}, {@code 2025-03}, {@code 2025-Q1} or
   * {@code 2025}. A week carries its week-based year, which differs from the calendar year around New
   * Year ({@code 2024-12-30} starts {@code 2025-W01}).
   *
   * @return the label
   */
  public String label() {
    return unit.label(start);
  }

  /** Orders by unit, then by start. */
  @Override
  public int compareTo(CalendarPeriod other) {
    return ORDER.compare(this, other);
  }

  /** Returns the {@linkplain #label() label}. */
  @Override
  public String toString() {
    return label();
  }
}
