package org.cxkit.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CalendarPeriodTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void periodsAreAlignedToTheCalendarNotToTheData() {
    // 14 February 2025 (a Friday) lies in the week of Monday 10 February, in February, in Q1 = January-March.
    LocalDate day = LocalDate.of(2025, 2, 14);
    assertEquals(LocalDate.of(2025, 2, 10), CalendarPeriod.containing(day, CalendarUnit.WEEK).start());
    assertEquals(LocalDate.of(2025, 2, 1), CalendarPeriod.containing(day, CalendarUnit.MONTH).start());
    CalendarPeriod q1 = CalendarPeriod.containing(day, CalendarUnit.QUARTER);
    assertEquals(LocalDate.of(2025, 1, 1), q1.start());
    assertEquals(LocalDate.of(2025, 4, 1), q1.end());
    assertEquals("2025-Q1", q1.label());
    assertEquals(LocalDate.of(2025, 1, 1), CalendarPeriod.containing(day, CalendarUnit.YEAR).start());
  }

  @Test
  void labels() {
    assertEquals("2025-03-14", CalendarPeriod.of(LocalDate.of(2025, 3, 14), CalendarUnit.DAY).label());
    assertEquals("2025-W07", CalendarPeriod.of(LocalDate.of(2025, 2, 10), CalendarUnit.WEEK).label());
    assertEquals("2025-03", CalendarPeriod.of(LocalDate.of(2025, 3, 1), CalendarUnit.MONTH).label());
    assertEquals("2025-Q4", CalendarPeriod.of(LocalDate.of(2025, 10, 1), CalendarUnit.QUARTER).label());
    assertEquals("2025", CalendarPeriod.of(LocalDate.of(2025, 1, 1), CalendarUnit.YEAR).label());
    // ISO 8601: the week of Monday 30 December 2024 holds 2 January 2025, a Thursday, so it is 2025-W01;
    // 2020 had 53 weeks (it began on a Wednesday of a leap year), its last starting Monday 28 December.
    assertEquals("2025-W01", CalendarPeriod.of(LocalDate.of(2024, 12, 30), CalendarUnit.WEEK).label());
    assertEquals("2020-W53", CalendarPeriod.of(LocalDate.of(2020, 12, 28), CalendarUnit.WEEK).label());
    assertEquals(CalendarPeriod.of(LocalDate.of(2020, 12, 28), CalendarUnit.WEEK), CalendarPeriod.parse("2020-W53"));
    assertEquals(CalendarPeriod.of(LocalDate.of(2024, 12, 30), CalendarUnit.WEEK), CalendarPeriod.parse("2025-W01"));
  }

  @Test
  void badLabelsAndStartsAreRejectedWithTheirField() {
    for (String bad : new String[] {"2025-W54", "2021-W53", "2025-W00", "2025-13", "2025-Q5", "2025-02-30", "25-03", "March"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> CalendarPeriod.parse(bad), bad);
      assertEquals(ReasonCode.MALFORMED, e.code(), bad);
      assertEquals("label", e.field());
    }
    assertEquals("Invalid value for start (must be the first day of a quarter, such as 2025-01-01): 2025-02-01",
        assertThrows(IllegalArgumentException.class,
            () -> CalendarPeriod.of(LocalDate.of(2025, 2, 1), CalendarUnit.QUARTER)).getMessage());
    assertEquals(CalendarUnit.WEEK, CalendarUnit.parse(" Week "));
    assertThrows(IllegalArgumentException.class, () -> CalendarUnit.parse("iso_week"));
  }

  @Test
  void calendarEdgesAreArgumentErrorsNotDateTimeExceptions() {
    assertThrows(InvalidValueException.class, () -> CalendarPeriod.containing(LocalDate.MAX, CalendarUnit.MONTH));
    assertThrows(InvalidValueException.class, () -> CalendarPeriod.containing(Instant.MAX, ZoneOffset.UTC, CalendarUnit.DAY));
    assertThrows(InvalidValueException.class, () -> CalendarPeriod.containing(Instant.MIN, ZoneOffset.UTC, CalendarUnit.DAY));
    CalendarPeriod last = CalendarPeriod.parse("9999-12");
    assertEquals(LocalDate.of(10000, 1, 1), last.end());
    InvalidValueException e = assertThrows(InvalidValueException.class, last::next);
    assertEquals(ReasonCode.IMPLAUSIBLE_DATE, e.code());
    assertThrows(InvalidValueException.class, () -> CalendarPeriod.containing(LocalDate.of(0, 12, 31), CalendarUnit.DAY));
    assertThrows(InvalidValueException.class, () -> last.plus(Long.MAX_VALUE));
  }

  @Test
  void instantsFollowTheZone() {
    // 31 March 2025 23:30 UTC is already 1 April in Paris (UTC+2 in summer time).
    Instant late = Instant.parse("2025-03-31T23:30:00Z");
    assertEquals("2025-03", CalendarPeriod.containing(late, ZoneOffset.UTC, CalendarUnit.MONTH).label());
    assertEquals("2025-04", CalendarPeriod.containing(late, PARIS, CalendarUnit.MONTH).label());
    Interval march = CalendarPeriod.parse("2025-03").toInterval(PARIS);
    assertEquals(Instant.parse("2025-02-28T23:00:00Z"), march.start());
    assertEquals(Instant.parse("2025-03-31T22:00:00Z"), march.end()); // clocks moved on 30 March
    assertTrue(march.contains(march.start()));
    assertFalse(march.contains(march.end()));
    assertEquals(31 * 24 - 1, march.duration().toHours());
  }

  @Test
  void aSeriesLocatesInstantsAndHasASizeCap() {
    PeriodSeries months = PeriodSeries.between(CalendarPeriod.parse("2024-11"), CalendarPeriod.parse("2025-02"), PARIS);
    assertEquals(4, months.size());
    assertEquals("[2024-11, 2024-12, 2025-01, 2025-02]", months.periods().toString());
    assertEquals(-1, months.indexOf(Instant.parse("2024-10-31T22:59:59Z")));
    assertEquals(0, months.indexOf(Instant.parse("2024-10-31T23:00:00Z")));
    assertEquals(2, months.indexOf(Instant.parse("2025-01-31T22:59:59Z")));
    assertEquals(4, months.indexOf(Instant.parse("2025-02-28T23:00:00Z")));
    assertEquals(3, months.indexOf(CalendarPeriod.parse("2025-02")));
    assertEquals(-1, months.indexOf(CalendarPeriod.parse("2025-Q1")));
    assertEquals(months.interval(1), CalendarPeriod.parse("2024-12").toInterval(PARIS));
    // One date in the year 9999 must not make a table of 2.9 million days: a clear error instead.
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PeriodSeries.covering(
        Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("9999-12-31T00:00:00Z"), CalendarUnit.DAY, ZoneOffset.UTC));
    assertEquals(ReasonCode.TOO_LARGE, e.code());
    assertTrue(e.getMessage().startsWith("Invalid value for periods (at most 100000 day periods, from 2024-01-01 to 9999-12-31)"),
        e.getMessage());
    assertEquals(ReasonCode.OUT_OF_ORDER, assertThrows(InvalidValueException.class, () -> PeriodSeries.between(
        CalendarPeriod.parse("2025-02"), CalendarPeriod.parse("2025-01"), PARIS)).code());
  }

  private static Gen<CalendarPeriod> periods() {
    return integers().between(0, CalendarUnit.values().length - 1).zip(
        longs().between(LocalDate.of(1, 1, 8).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()),
        (u, day) -> CalendarPeriod.containing(LocalDate.ofEpochDay(day), CalendarUnit.values()[u]));
  }

  @Test
  void labelsRoundTrip() {
    qt().forAll(periods()).checkAssert(p -> assertEquals(p, CalendarPeriod.parse(p.label())));
  }

  @Test
  void aPeriodHoldsExactlyTheDatesFromItsStartToItsEnd() {
    qt().forAll(periods(), integers().between(-400, 400)).checkAssert((p, offset) -> {
      LocalDate d = p.start().plusDays(offset);
      assertEquals(!d.isBefore(p.start()) && d.isBefore(p.end()), p.contains(d));
      if (p.contains(d)) {
        assertEquals(p, CalendarPeriod.containing(d, p.unit()));
      }
    });
  }

  @Test
  void plusAndUntilAreInverse() {
    qt().forAll(periods(), integers().between(-500, 500)).assuming((p, k) -> p.start().getYear() > 600
        && p.start().getYear() < 9000).checkAssert((p, k) -> {
          CalendarPeriod q = p.plus(k);
          assertEquals((long) k, p.until(q));
          assertEquals(p, q.plus(-k));
          assertEquals(Integer.signum(k), Integer.signum(q.compareTo(p)));
        });
  }
}
