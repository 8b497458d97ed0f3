package org.cxkit.metrics.satisfaction.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final BusinessCalendar NINE_TO_FIVE = BusinessCalendar.builder(PARIS)
      .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).holidays(LocalDate.of(2026, 4, 6)).build();

  private static Instant paris(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, PARIS).toInstant();
  }

  @Test
  void overAWeekend() {
    // Friday 6 March 16:00 to Monday 9 March 10:30: Friday 16:00-17:00 (1 h) + Monday 09:00-10:30 (1.5 h).
    assertEquals(Duration.ofMinutes(150), NINE_TO_FIVE.between(paris(3, 6, 16, 0), paris(3, 9, 10, 30)));
  }

  @Test
  void outsideHoursAndWithinOneDay() {
    // Opened Tuesday 07:00, answered 08:30: before opening, no business time.
    assertEquals(Duration.ZERO, NINE_TO_FIVE.between(paris(3, 10, 7, 0), paris(3, 10, 8, 30)));
    // Tuesday 08:00 to 12:15 counts 09:00-12:15 = 3 h 15 min.
    assertEquals(Duration.ofMinutes(195), NINE_TO_FIVE.between(paris(3, 10, 8, 0), paris(3, 10, 12, 15)));
    // Tuesday 18:00 to Wednesday 08:00: nothing.
    assertEquals(Duration.ZERO, NINE_TO_FIVE.between(paris(3, 10, 18, 0), paris(3, 11, 8, 0)));
  }

  @Test
  void holidaysAreClosed() {
    // Easter Monday 6 April 2026 is a holiday: Friday 3 April 16:00 to Tuesday 7 April 10:00 is
    // Friday 1 h + Tuesday 1 h = 2 h.
    assertEquals(Duration.ofHours(2), NINE_TO_FIVE.between(paris(4, 3, 16, 0), paris(4, 7, 10, 0)));
  }

  @Test
  void daylightSavingChange() {
    // A desk open 00:00-04:00 on Sundays: on 29 March 2026 Paris clocks jump from 02:00 to 03:00, so
    // the window lasts 3 hours of real time; on 25 October they fall back from 03:00 to 02:00: 5 hours.
    BusinessCalendar nights = BusinessCalendar.builder(PARIS).hours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(4, 0)).build();
    assertEquals(Duration.ofHours(3), nights.between(paris(3, 28, 12, 0), paris(3, 30, 12, 0)));
    assertEquals(Duration.ofHours(5), nights.between(paris(10, 24, 12, 0), paris(10, 26, 12, 0)));
  }

  @Test
  void closingAtMidnight() {
    // Saturday 20:00-24:00 only: from Saturday 22:00 to Sunday 01:00 counts 22:00-24:00 = 2 h.
    BusinessCalendar evenings = BusinessCalendar.builder(PARIS).hours(DayOfWeek.SATURDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT).build();
    assertEquals(Duration.ofHours(2), evenings.between(paris(3, 7, 22, 0), paris(3, 8, 1, 0)));
  }

  @Test
  void rejectsBadInput() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NINE_TO_FIVE.between(paris(3, 10, 12, 0), paris(3, 10, 11, 0)));
    assertEquals("Invalid value for end (must not be before start 2026-03-10T11:00:00Z): 2026-03-10T10:00:00Z", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> BusinessCalendar.builder(PARIS).hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(8, 0)));
    assertEquals("Invalid value for close (must be after open 09:00, or 00:00 for midnight): 08:00", e.getMessage());
    assertThrows(IllegalStateException.class, () -> BusinessCalendar.builder(PARIS).build());
  }

  @Test
  void businessTimeIsAdditiveAndNeverExceedsElapsedTime() {
    Instant base = paris(1, 1, 0, 0);
    qt().forAll(longs().between(0, 40L * 86_400), longs().between(0, 40L * 86_400), longs().between(0, 40L * 86_400))
        .check((a, b, c) -> {
          long[] s = {a, b, c};
          java.util.Arrays.sort(s);
          Instant x = base.plusSeconds(s[0]);
          Instant y = base.plusSeconds(s[1]);
          Instant z = base.plusSeconds(s[2]);
          Duration whole = NINE_TO_FIVE.between(x, z);
          return whole.equals(NINE_TO_FIVE.between(x, y).plus(NINE_TO_FIVE.between(y, z)))
              && whole.compareTo(Duration.between(x, z)) <= 0 && !whole.isNegative();
        });
  }

  @Test
  void valueSemantics() {
    BusinessCalendar same = BusinessCalendar.builder(PARIS).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
        .holidays(LocalDate.of(2026, 4, 6)).build();
    assertEquals(NINE_TO_FIVE, same);
    assertEquals(NINE_TO_FIVE.hashCode(), same.hashCode());
  }
}
