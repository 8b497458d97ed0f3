package org.cxkit.metrics.satisfaction.trend;

import static org.cxkit.metrics.satisfaction.trend.TicketTrendsContractTest.MONDAY;
import static org.cxkit.metrics.satisfaction.trend.TicketTrendsContractTest.ZONE;
import static org.cxkit.metrics.satisfaction.trend.TicketTrendsContractTest.ticket;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.junit.jupiter.api.Test;

class TicketTrendsTest {

  @Test
  void countsPerCategoryPerWeekWithoutGaps() {
    Instant week1 = MONDAY;
    Instant week3 = MONDAY.plus(Duration.ofDays(14));
    // Sunday 8 March 23:30 in Tokyo is still week 1; in UTC it is 14:30 on the 8th.
    Instant sundayNight = Instant.parse("2026-03-08T14:30:00Z");
    TicketTrends trends = List.of(ticket("login", week1), ticket("login", sundayNight), ticket("billing", week3),
        ticket("login", week3)).stream().collect(TicketTrends.toTrends(ZONE, CalendarUnit.WEEK));
    assertEquals(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16)),
        trends.periods().stream().map(CalendarPeriod::start).toList());
    assertEquals(List.of("2026-W10", "2026-W11", "2026-W12"), trends.periods().stream().map(CalendarPeriod::label).toList());
    assertEquals(trends.periods(), trends.periodSeries().orElseThrow().periods());
    assertArrayEquals(new long[] {2, 0, 1}, trends.series("login"));
    assertArrayEquals(new long[] {0, 0, 1}, trends.series("billing"));
    assertArrayEquals(new long[] {0, 0, 0}, trends.series("unknown"));
    assertEquals(2, trends.count("login", CalendarPeriod.containing(LocalDate.of(2026, 3, 4), CalendarUnit.WEEK)));
    assertEquals(3, trends.count("login"));
    assertEquals(4, trends.count());
  }

  @Test
  void topCategoriesRankByTicketsThenByRecurrence() {
    TicketTrendsAccumulator acc = TicketTrends.accumulator(ZONE, CalendarUnit.WEEK);
    // "login": 4 tickets in 1 week; "billing": 4 tickets over 4 weeks; "shipping": 2.
    acc.add("login", MONDAY, 4);
    for (int week = 0; week < 4; week++) {
      acc.add("billing", MONDAY.plus(Duration.ofDays(7L * week)), 1);
    }
    acc.add("shipping", MONDAY, 2);
    assertEquals(10, acc.count());
    assertEquals(List.of(new TicketTrends.CategoryCount("billing", 4, 4), new TicketTrends.CategoryCount("login", 4, 1)),
        acc.snapshot().topCategories(2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> acc.add(" ", MONDAY, 1));
    assertEquals("Invalid value for category (must not be blank): \" \"", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> acc.add("login", MONDAY, -1));
    assertEquals("Invalid value for count (must not be negative): -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> acc.merge(TicketTrends.accumulator(ZONE, CalendarUnit.MONTH)));
    assertEquals("Invalid value for periods (counts per WEEK in Asia/Tokyo merge only with counts per the same "
        + "periods): MONTH in Asia/Tokyo", e.getMessage());
  }

  @Test
  void countsThatWouldOverflowAreRefusedNamingTheField() {
    // Issue 11: counts that overflow raise IllegalArgumentException naming the field, never
    // ArithmeticException; the accumulator is unchanged.
    TicketTrendsAccumulator acc = TicketTrends.accumulator(ZoneOffset.UTC, CalendarUnit.DAY).add("login", MONDAY, Long.MAX_VALUE);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> acc.add("billing", MONDAY, 1));
    assertEquals("count", e.field());
    assertEquals(ReasonCode.TOO_LARGE, e.code());
    assertThrows(InvalidValueException.class, () -> acc.merge(acc));
    assertEquals(Long.MAX_VALUE, acc.count());
    assertEquals(Long.MAX_VALUE, acc.snapshot().count("login"));
  }

  @Test
  void periodsBeyondTheSeriesCapAreRefused() {
    // 100 000 days from 1 January 2000 run to 15 October 2273 (2000-01-01 plus 99 999 days); one day
    // more is refused, at the add that would stretch the periods, and the accumulator is unchanged.
    TicketTrendsAccumulator acc = TicketTrends.accumulator(ZoneOffset.UTC, CalendarUnit.DAY)
        .add("login", Instant.parse("2000-01-01T12:00:00Z"), 1)
        .add("login", Instant.parse("2273-10-15T12:00:00Z"), 1);
    assertEquals(100_000, acc.snapshot().periods().size());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> acc.add("login", Instant.parse("2273-10-16T12:00:00Z"), 1));
    assertEquals(ReasonCode.TOO_LARGE, e.code());
    assertEquals("Invalid value for openedAt (the day periods from 2000-01-01 to 2273-10-16 must number at most "
        + "100000, not 100001): 2273-10-16T12:00:00Z", e.getMessage());
    assertEquals(2, acc.count());
  }
}
