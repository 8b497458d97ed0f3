package org.cxkit.core.time;

import java.util.Locale;
import org.cxkit.core.internal.Checks;

/**
 * A fixed length of time that quantities are measured in: a day, a week, a month, a quarter, a half
 * year, a year, or any fixed number of days. Time-bearing values (a {@link TimeSpan}, a {@link Rate},
 * a CLV model's recency and age) carry their unit, so that a model fitted in weeks can never be asked
 * about "12" meaning months. Unlike a {@link CalendarUnit}, a time scale has no calendar alignment:
 * it is the mean length of one, as {@link CalendarUnit#averageLength()} gives it.
 *
 * <p>A unit is a length in days. A month is a mean Gregorian month, 365.2425 / 12 days, and a year
 * 365.2425 days, so that 12 months make a year exactly. Units are equal when their lengths are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimeScale {
  private static final double DAYS_PER_YEAR = 365.2425;

  /** One day. */
  public static final TimeScale DAY = new TimeScale(1, "DAY");
  /** Seven days. */
  public static final TimeScale WEEK = new TimeScale(7, "WEEK");
  /** A mean Gregorian month, 30.436875 days. */
  public static final TimeScale MONTH = new TimeScale(DAYS_PER_YEAR / 12, "MONTH");
  /** A mean Gregorian quarter, 91.310625 days. */
  public static final TimeScale QUARTER = new TimeScale(DAYS_PER_YEAR / 4, "QUARTER");
  /** A mean Gregorian half year, 182.62125 days. */
  public static final TimeScale HALF_YEAR = new TimeScale(DAYS_PER_YEAR / 2, "HALF_YEAR");
  /** A mean Gregorian year, 365.2425 days. */
  public static final TimeScale YEAR = new TimeScale(DAYS_PER_YEAR, "YEAR");

  private final double days;
  private final String name;

  private TimeScale(double days, String name) {
    this.days = days;
    this.name = name;
  }

  /**
   * Obtains a unit of a given number of days.
   *
   * @param days the length of the unit in days, finite and strictly positive
   * @return the unit; one of the constants if the length matches one
   * @throws IllegalArgumentException if {@code days} is not finite and strictly positive
   */
  public static TimeScale ofDays(double days) {
    Checks.positiveFinite("days", days);
    for (TimeScale known : new TimeScale[] {DAY, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR}) {
      if (known.days == days) {
        return known;
      }
    }
    return new TimeScale(days, null);
  }

  /**
   * Returns the length of this unit in days.
   *
   * @return the days, strictly positive
   */
  public double days() {
    return days;
  }

  /**
   * Returns how many of this unit make one {@code other}: {@code WEEK.per(YEAR)} is 52.1775.
   *
   * @param other the other unit
   * @return {@code other.days() / days()}
   */
  public double per(TimeScale other) {
    return other.days / days;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeScale t && Double.compare(days, t.days) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(days);
  }

  /** Returns the unit's name, such as {@code WEEK}, or {@code 3.5 DAYS}. */
  @Override
  public String toString() {
    return name != null ? name : String.format(Locale.ROOT, "%s DAYS", days);
  }
}
