package org.cxkit.metrics.satisfaction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar period that figures are reported per: a day, an ISO week, a month or a quarter, as the
 * dates {@code [start, end)} in the reader's time zone. An instant belongs to the period whose dates
 * contain its local date in the chosen {@link ZoneId}, so "March" means March in that zone.
 *
 * <p>Periods of the same granularity sort by start. This record is immutable and thread-safe.
 *
 * @param start the first day of the period, which must be a period start for the granularity
 *     (a Monday for weeks, the 1st for months, 1 January/April/July/October for quarters)
 * @param granularity the period's length
 */
public record ReportingPeriod(LocalDate start, Granularity granularity) implements Comparable<ReportingPeriod> {

  private static final Comparator<ReportingPeriod> ORDER =
      Comparator.comparing(ReportingPeriod::granularity).thenComparing(ReportingPeriod::start);

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code start} is not the first day of a period
   */
  public ReportingPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(granularity, "granularity");
    if (!granularity.startOf(start).equals(start)) {
      throw new IllegalArgumentException("Invalid value for start (must be the first day of a "
          + granularity.name().toLowerCase(Locale.ROOT) + ", such as " + granularity.startOf(start)
          + "): " + start);
    }
  }

  /**
   * Obtains the period of a granularity that contains a date.
   *
   * @param date any date
   * @param granularity the period's length
   * @return the period
   */
  public static ReportingPeriod containing(LocalDate date, Granularity granularity) {
    return new ReportingPeriod(granularity.startOf(date), granularity);
  }

  /**
   * Obtains the period of a granularity that contains an instant, seen in a time zone.
   *
   * @param instant the instant
   * @param zone the zone whose calendar the period follows
   * @param granularity the period's length
   * @return the period
   */
  public static ReportingPeriod of(Instant instant, ZoneId zone, Granularity granularity) {
    return containing(LocalDate.ofInstant(instant, zone), granularity);
  }

  /**
   * Returns the day after the period's last day.
   *
   * @return the exclusive end
   */
  public LocalDate end() {
    return granularity.next(start);
  }

  /**
   * Returns the period that follows this one.
   *
   * @return the next period
   */
  public ReportingPeriod next() {
    return new ReportingPeriod(end(), granularity);
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

  /** Orders by granularity, then by start. */
  @Override
  public int compareTo(ReportingPeriod other) {
    return ORDER.compare(this, other);
  }

  /** Returns a form such as {@code MONTH 2026-03-01}. */
  @Override
  public String toString() {
    return granularity + " " + start;
  }
}
