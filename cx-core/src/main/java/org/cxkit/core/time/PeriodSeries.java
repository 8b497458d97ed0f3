package org.cxkit.core.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * A run of consecutive calendar periods of one unit in one time zone, such as the 36 months from
 * January 2024 in {@code Europe/Paris}: the axis of trends, cohort tables and period series.
 *
 * <p>Period {@code i} (from 0 to {@code size() - 1}) is {@code first.plus(i)}; its instants are
 * {@code [start(i), start(i + 1))}, from the start of its first local day in the zone (a day that
 * begins in a daylight-saving gap starts at the first valid instant, as
 * {@link java.time.LocalDate#atStartOfDay(ZoneId)} decides). The boundaries are computed once, so
 * locating an instant is a binary search.
 *
 * <p>A series holds at most {@value #MAX_SIZE} periods (274 years of days), so that no input, such as
 * a date in the year 9999, can make a table that exhausts memory; a longer span is an error that says
 * so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodSeries {
  /** The most periods a series may hold. */
  public static final int MAX_SIZE = 100_000;

  private final CalendarPeriod first;
  private final ZoneId zone;
  private final Instant[] boundaries;

  private PeriodSeries(CalendarPeriod first, int size, ZoneId zone) {
    this.first = first;
    this.zone = zone;
    this.boundaries = new Instant[size + 1];
    for (int i = 0; i <= size; i++) {
      boundaries[i] = first.unit().plus(first.start(), i).atStartOfDay(zone).toInstant();
    }
  }

  /**
   * Obtains {@code size} consecutive periods from a first one.
   *
   * @param first the first period
   * @param size how many periods, from 1 to {@value #MAX_SIZE}
   * @param zone the time zone the periods are read in
   * @return the series
   * @throws IllegalArgumentException if the size is out of range, or the last period would start
   *     after the year {@value CalendarPeriod#MAX_YEAR}
   */
  public static PeriodSeries of(CalendarPeriod first, int size, ZoneId zone) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(zone, "zone");
    Checks.inRange("size", size, 1, MAX_SIZE);
    first.plus(size - 1L); // fails early, naming the year, if the last period is out of range
    return new PeriodSeries(first, size, zone);
  }

  /**
   * Obtains the periods from a first to a last one, both included.
   *
   * @param first the first period
   * @param last the last period, of the same unit, not before {@code first}
   * @param zone the time zone the periods are read in
   * @return the series
   * @throws IllegalArgumentException if the units differ, {@code last} is before {@code first}, or
   *     the series would hold more than {@value #MAX_SIZE} periods
   */
  public static PeriodSeries between(CalendarPeriod first, CalendarPeriod last, ZoneId zone) {
    long size = first.until(last) + 1;
    if (size < 1) {
      throw Checks.invalid(ReasonCode.OUT_OF_ORDER, "last", "must not be before first " + first, last);
    }
    if (size > MAX_SIZE) {
      throw Checks.invalid(ReasonCode.TOO_LARGE, "periods",
          "at most " + MAX_SIZE + " " + first.unit().name().toLowerCase(java.util.Locale.ROOT) + " periods, from "
              + first + " to " + last, size);
    }
    return of(first, (int) size, zone);
  }

  /**
   * Obtains the periods of a unit that cover two instants, both included: from the period of
   * {@code from} to the period of {@code to}, in a zone.
   *
   * @param from the earliest instant
   * @param to the latest instant, not before {@code from}
   * @param unit the length of each period
   * @param zone the time zone the periods are read in
   * @return the series
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or the span needs more than
   *     {@value #MAX_SIZE} periods
   */
  public static PeriodSeries covering(Instant from, Instant to, CalendarUnit unit, ZoneId zone) {
    return between(CalendarPeriod.containing(from, zone, unit), CalendarPeriod.containing(to, zone, unit), zone);
  }

  /**
   * Returns how many periods the series holds.
   *
   * @return the count, from 1 to {@value #MAX_SIZE}
   */
  public int size() {
    return boundaries.length - 1;
  }

  /**
   * Returns the unit of the periods.
   *
   * @return the unit
   */
  public CalendarUnit unit() {
    return first.unit();
  }

  /**
   * Returns the time zone the periods are read in.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the first period.
   *
   * @return the period
   */
  public CalendarPeriod first() {
    return first;
  }

  /**
   * Returns the last period.
   *
   * @return the period
   */
  public CalendarPeriod last() {
    return first.plus(size() - 1L);
  }

  /**
   * Returns period {@code index}.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the period
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public CalendarPeriod period(int index) {
    Objects.checkIndex(index, size());
    return first.plus(index);
  }

  /**
   * Returns the periods in order.
   *
   * @return an unmodifiable list view
   */
  public List<CalendarPeriod> periods() {
    return new AbstractList<>() {
      @Override
      public CalendarPeriod get(int index) {
        return period(index);
      }

      @Override
      public int size() {
        return PeriodSeries.this.size();
      }
    };
  }

  /**
   * Returns the boundary before period {@code index}: its first instant, or for
   * {@code index == size()} the end of the last period.
   *
   * @param index from 0 to {@code size()}
   * @return the instant
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Instant start(int index) {
    Objects.checkIndex(index, boundaries.length);
    return boundaries[index];
  }

  /**
   * Returns the instants of period {@code index}.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the half-open interval
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Interval interval(int index) {
    Objects.checkIndex(index, size());
    return Interval.between(boundaries[index], boundaries[index + 1]);
  }

  /**
   * Locates an instant: the index of the period that contains it, {@code -1} if it is before the
   * first period, or {@code size()} if it is at or after the end of the last.
   *
   * @param instant the instant
   * @return the index, from -1 to {@code size()}
   */
  public int indexOf(Instant instant) {
    int found = Arrays.binarySearch(boundaries, Objects.requireNonNull(instant, "instant"));
    // An exact hit on boundary i starts period i; otherwise the insertion point follows the start.
    return found >= 0 ? found : -found - 2;
  }

  /**
   * Locates a period: its index in the series, or {@code -1} if the series does not hold it.
   *
   * @param period a period
   * @return the index, from -1 to {@code size() - 1}
   */
  public int indexOf(CalendarPeriod period) {
    if (period.unit() != first.unit()) {
      return -1;
    }
    long i = first.until(period);
    return i >= 0 && i < size() ? (int) i : -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeriodSeries g && first.equals(g.first) && zone.equals(g.zone) && size() == g.size();
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, zone, size());
  }

  /** Returns a summary such as {@code PeriodSeries{36 MONTH periods from 2024-01 in Europe/Paris}}. */
  @Override
  public String toString() {
    return "PeriodSeries{" + size() + " " + first.unit() + " periods from " + first + " in " + zone + "}";
  }
}
