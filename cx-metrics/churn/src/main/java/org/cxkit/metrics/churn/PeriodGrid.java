package org.cxkit.metrics.churn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;

/**
 * A run of consecutive reporting periods of the same calendar length in one time zone, such as the
 * 36 months from January 2024 in {@code Europe/Paris}: the axis of cohort tables and period series.
 *
 * <p>Period {@code i} (from 0 to {@code size() - 1}) is {@code [start(i), start(i + 1))}, where
 * {@code start(i)} is the start of the local day {@code firstDay + i * step} in the zone; days that
 * begin in a daylight-saving gap start at the first valid instant, as
 * {@link LocalDate#atStartOfDay(ZoneId)} decides. The boundaries are computed once, so locating an
 * instant is a binary search.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodGrid {
  private final LocalDate firstDay;
  private final Period step;
  private final ZoneId zone;
  private final Instant[] boundaries;

  private PeriodGrid(LocalDate firstDay, Period step, int size, ZoneId zone) {
    this.firstDay = firstDay;
    this.step = step;
    this.zone = zone;
    this.boundaries = new Instant[size + 1];
    for (int i = 0; i <= size; i++) {
      boundaries[i] = firstDay.plus(step.multipliedBy(i)).atStartOfDay(zone).toInstant();
    }
  }

  /**
   * Obtains consecutive calendar months.
   *
   * @param first the first month
   * @param size how many months, from 1 to 100,000
   * @param zone the time zone the months are read in
   * @return the grid
   */
  public static PeriodGrid monthly(YearMonth first, int size, ZoneId zone) {
    return of(Objects.requireNonNull(first, "first").atDay(1), Period.ofMonths(1), size, zone);
  }

  /**
   * Obtains consecutive periods of a calendar length.
   *
   * @param firstDay the local day the first period starts on
   * @param step the length of each period: a positive number of months or years, or of days, not both
   * @param size how many periods, from 1 to 100,000
   * @param zone the time zone the days are read in
   * @return the grid
   * @throws IllegalArgumentException if the step is not positive or mixes months with days, or the
   *     size is out of range
   */
  public static PeriodGrid of(LocalDate firstDay, Period step, int size, ZoneId zone) {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(zone, "zone");
    long months = step.toTotalMonths();
    int days = step.getDays();
    if (months < 0 || days < 0 || (months == 0) == (days == 0)) {
      throw new IllegalArgumentException(
          "Invalid value for step (must be a positive number of months or of days, not both): " + step);
    }
    if (size < 1 || size > 100_000) {
      throw new IllegalArgumentException("Invalid value for size (valid values 1 - 100000): " + size);
    }
    return new PeriodGrid(firstDay, step.normalized(), size, zone);
  }

  /**
   * Returns how many periods the grid has.
   *
   * @return the count, at least 1
   */
  public int size() {
    return boundaries.length - 1;
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
   * Returns the boundary before period {@code index}: its start, or for {@code index == size()} the
   * end of the last period.
   *
   * @param index from 0 to {@code size()}
   * @return the instant
   */
  public Instant start(int index) {
    if (index < 0 || index > size()) {
      throw new IndexOutOfBoundsException("Invalid value for index (valid values 0 - " + size() + "): " + index);
    }
    return boundaries[index];
  }

  /**
   * Returns period {@code index}.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the period
   */
  public ReportingPeriod period(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException(
          "Invalid value for index (valid values 0 - " + (size() - 1) + "): " + index);
    }
    return new ReportingPeriod(boundaries[index], boundaries[index + 1]);
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
   * Counts the boundaries strictly before an instant: the number of period starts (and the final
   * end) that the instant lies after, from 0 to {@code size() + 1}.
   *
   * @param instant the instant
   * @return the count
   */
  int boundariesBefore(Instant instant) {
    int found = Arrays.binarySearch(boundaries, instant);
    return found >= 0 ? found : -found - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeriodGrid g && firstDay.equals(g.firstDay) && step.equals(g.step)
        && zone.equals(g.zone) && size() == g.size();
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstDay, step, zone, size());
  }

  /** Returns a summary such as {@code PeriodGrid{36 x P1M from 2024-01-01 in Europe/Paris}}. */
  @Override
  public String toString() {
    return "PeriodGrid{" + size() + " x " + step + " from " + firstDay + " in " + zone + "}";
  }
}
