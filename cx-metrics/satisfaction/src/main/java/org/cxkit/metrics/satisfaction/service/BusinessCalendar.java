package org.cxkit.metrics.satisfaction.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * Business hours, for measuring service times in the hours the desk is open: one opening window per
 * day of the week (Monday 09:00 to 17:00, say) in a time zone, and holidays on which it stays closed.
 *
 * <p>{@link #between(Instant, Instant)} counts the time from one instant to another that falls inside
 * the opening windows. Windows are wall-clock times in the calendar's zone, turned into instants day
 * by day, so a window on a daylight-saving change day is as long as the clocks make it (an hour
 * shorter or longer); a wall-clock time that does not exist that day is moved forward by the gap, as
 * {@link java.time.ZonedDateTime} does. A closing time of {@code 00:00} means midnight at the end of
 * the day.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class BusinessCalendar {
  private final ZoneId zone;
  private final Map<DayOfWeek, LocalTime[]> hours;
  private final SortedSet<LocalDate> holidays;

  private BusinessCalendar(ZoneId zone, Map<DayOfWeek, LocalTime[]> hours, SortedSet<LocalDate> holidays) {
    this.zone = zone;
    this.hours = hours;
    this.holidays = holidays;
  }

  /**
   * Returns a builder for a calendar in a time zone.
   *
   * @param zone the zone whose wall-clock times the opening hours are in
   * @return a new builder
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Returns the calendar's time zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the holidays, on which the desk stays closed.
   *
   * @return the holidays in order, unmodifiable
   */
  public SortedSet<LocalDate> holidays() {
    return Collections.unmodifiableSortedSet(holidays);
  }

  /**
   * Tells whether the desk opens on a date.
   *
   * @param date the date
   * @return true if the day of the week has hours and the date is not a holiday
   */
  public boolean isBusinessDay(LocalDate date) {
    return hours.containsKey(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /**
   * Returns the business time from one instant to another: the part of {@code [start, end)} inside
   * the opening windows.
   *
   * @param start the start
   * @param end the end, not before the start
   * @return the business time, zero or more
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public Duration between(Instant start, Instant end) {
    Checks.notBefore("end", end, "start", start);
    // The window of a day can reach into the next only by ending at midnight, so the day before the
    // start's local date cannot overlap; start there anyway to be safe around offset changes.
    LocalDate first = LocalDate.ofInstant(start, zone).minusDays(1);
    LocalDate last = LocalDate.ofInstant(end, zone);
    long seconds = 0;
    long nanos = 0;
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      if (!isBusinessDay(date)) {
        continue;
      }
      LocalTime[] window = hours.get(date.getDayOfWeek());
      Instant open = date.atTime(window[0]).atZone(zone).toInstant();
      Instant close = window[1].equals(LocalTime.MIDNIGHT)
          ? date.plusDays(1).atStartOfDay(zone).toInstant()
          : date.atTime(window[1]).atZone(zone).toInstant();
      Instant from = open.isAfter(start) ? open : start;
      Instant to = close.isBefore(end) ? close : end;
      if (from.isBefore(to)) {
        Duration part = Duration.between(from, to);
        seconds += part.getSeconds();
        nanos += part.getNano();
      }
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BusinessCalendar)) {
      return false;
    }
    BusinessCalendar c = (BusinessCalendar) o;
    if (!zone.equals(c.zone) || !holidays.equals(c.holidays) || !hours.keySet().equals(c.hours.keySet())) {
      return false;
    }
    for (Map.Entry<DayOfWeek, LocalTime[]> e : hours.entrySet()) {
      if (!Arrays.equals(e.getValue(), c.hours.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = zone.hashCode() * 31 + holidays.hashCode();
    for (Map.Entry<DayOfWeek, LocalTime[]> e : hours.entrySet()) {
      h = h * 31 + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
    }
    return h;
  }

  /** Returns a form such as {@code BusinessCalendar{Europe/Paris, MONDAY 09:00-17:00, ..., 2 holidays}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("BusinessCalendar{").append(zone);
    hours.forEach((day, w) -> text.append(", ").append(day).append(' ').append(w[0]).append('-').append(w[1]));
    return text.append(", ").append(holidays.size()).append(" holidays}").toString();
  }

  /** Builds {@link BusinessCalendar}s; not thread-safe. */
  public static final class Builder {
    private final ZoneId zone;
    private final Map<DayOfWeek, LocalTime[]> hours = new EnumMap<>(DayOfWeek.class);
    private final SortedSet<LocalDate> holidays = new TreeSet<>();

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Sets the opening window of a day of the week, replacing any earlier one.
     *
     * @param day the day of the week
     * @param open the opening time
     * @param close the closing time, after the opening time, or {@code 00:00} for midnight at the end
     *     of the day
     * @return this builder
     * @throws IllegalArgumentException if the window is empty
     */
    public Builder hours(DayOfWeek day, LocalTime open, LocalTime close) {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(open, "open");
      Objects.requireNonNull(close, "close");
      if (!close.equals(LocalTime.MIDNIGHT) && !close.isAfter(open)) {
        throw Checks.invalid(ReasonCode.OUT_OF_ORDER, "close", "must be after open " + open + ", or 00:00 for midnight",
            close);
      }
      hours.put(day, new LocalTime[] {open, close});
      return this;
    }

    /**
     * Sets the same opening window from Monday to Friday.
     *
     * @param open the opening time
     * @param close the closing time, after the opening time, or {@code 00:00} for midnight
     * @return this builder
     */
    public Builder weekdays(LocalTime open, LocalTime close) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
          hours(day, open, close);
        }
      }
      return this;
    }

    /**
     * Adds holidays, on which the desk stays closed.
     *
     * @param dates the dates
     * @return this builder
     */
    public Builder holidays(LocalDate... dates) {
      for (LocalDate date : dates) {
        holidays.add(Objects.requireNonNull(date, "holiday"));
      }
      return this;
    }

    /**
     * Adds holidays, on which the desk stays closed.
     *
     * @param dates the dates
     * @return this builder
     */
    public Builder holidays(Set<LocalDate> dates) {
      return holidays(dates.toArray(new LocalDate[0]));
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     * @throws IllegalStateException if no day has opening hours
     */
    public BusinessCalendar build() {
      if (hours.isEmpty()) {
        throw new IllegalStateException("No opening hours: a business calendar needs at least one day with hours");
      }
      Map<DayOfWeek, LocalTime[]> copy = new EnumMap<>(DayOfWeek.class);
      hours.forEach((day, w) -> copy.put(day, w.clone()));
      return new BusinessCalendar(zone, copy, new TreeSet<>(holidays));
    }
  }
}
