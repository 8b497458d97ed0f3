package org.cxkit.metrics.churn;

import static org.cxkit.metrics.churn.Subs.day;
import static org.cxkit.metrics.churn.Subs.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.core.time.Interval;
import org.cxkit.core.time.PeriodSeries;
import org.cxkit.metrics.churn.survival.SurvivalCurve;
import org.cxkit.metrics.churn.survival.Tenure;
import org.junit.jupiter.api.Test;

/**
 * Values at the edges of the calendar reach this module's figures as {@link IllegalArgumentException}s
 * ({@link InvalidValueException} with a code and a field), never as a {@code DateTimeException} or an
 * {@code ArithmeticException}: in the periods a figure is read over, in the subscriptions, and in the
 * units and instants a survival curve is read with.
 */
class CalendarEdgeTest {
  static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void periodsAtTheEdgesOfTheCalendar() {
    assertThrows(IllegalArgumentException.class,
        () -> PeriodSeries.covering(Instant.MIN, Instant.MAX, CalendarUnit.MONTH, ZoneOffset.MAX));
    assertThrows(IllegalArgumentException.class,
        () -> PeriodSeries.of(CalendarPeriod.parse("9999-12"), 2, ZoneOffset.UTC));
    assertThrows(IllegalArgumentException.class, () -> CalendarPeriod.parse("2025-13"));
    assertThrows(IllegalArgumentException.class, () -> CalendarPeriod.parse("2025-02-30"));
    assertThrows(IllegalArgumentException.class,
        () -> CalendarPeriod.containing(Instant.MAX, ZoneOffset.MAX, CalendarUnit.QUARTER));
    // The last month of the calendar works, in the zone furthest ahead, with a table read at Instant.MAX.
    PeriodSeries last = PeriodSeries.of(CalendarPeriod.parse("9999-11"), 2, ZoneOffset.MAX);
    Subscription late = sub("late", last.start(0), null, "10");
    assertEquals(1, CohortTable.accumulator(last, Instant.MAX, EUR).add(late).snapshot().count());
    assertEquals(1, PeriodChurn.series(List.of(late), last, EUR).value().get(1).atStart());
    InvalidValueException early = assertThrows(InvalidValueException.class,
        () -> CohortTable.accumulator(last, Instant.MIN, EUR));
    assertEquals(ReasonCode.OUT_OF_ORDER, early.code());
  }

  @Test
  void subscriptionsAtTheEdgesOfTime() {
    Subscription fromTheStartOfTime = sub("min", Instant.MIN, day(3, 1), "10");
    Subscription toTheEndOfTime = sub("max", day(1, 1), Instant.MAX, "10");
    Interval march = CalendarPeriod.parse("2026-03").toInterval(ZoneOffset.UTC);
    for (Subscription s : List.of(fromTheStartOfTime, toTheEndOfTime)) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> PeriodChurn.accumulator(march, EUR).add(s));
      assertEquals(ReasonCode.IMPLAUSIBLE_DATE, e.code());
      assertThrows(InvalidValueException.class, () -> Tenure.of(s, day(6, 1), ChronoUnit.DAYS));
    }
    var bulk = PeriodChurn.of(List.of(fromTheStartOfTime, toTheEndOfTime), march, EUR);
    assertEquals(java.util.Map.of(ReasonCode.IMPLAUSIBLE_DATE, 2L), bulk.reasonCounts());
    assertEquals(2, SurvivalCurve.of(List.of(fromTheStartOfTime, sub("ok", day(1, 1), null, "10"), toTheEndOfTime),
        day(6, 1), ChronoUnit.DAYS).setAside().size());
    assertEquals(2, CustomerTenures.of(List.of(fromTheStartOfTime, toTheEndOfTime), EUR).setAside().size());
  }

  @Test
  void survivalUnitsAndInstantsAtTheEdges() {
    Subscription s = sub("s", day(1, 1), null, "10");
    for (ChronoUnit unit : List.of(ChronoUnit.NANOS, ChronoUnit.DECADES, ChronoUnit.ERAS, ChronoUnit.FOREVER)) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Tenure.of(s, day(6, 1), unit));
      assertEquals("unit", e.field());
    }
    assertThrows(InvalidValueException.class, () -> Tenure.of(s, Instant.MIN, ChronoUnit.DAYS));
    // Observed until the end of time: a long but finite censored tenure.
    Tenure forever = Tenure.of(s, Instant.MAX, ChronoUnit.YEARS);
    assertEquals(false, forever.churned());
    // From 2026 to the end of the year 1,000,000,000: 999,997,975 years of 365.2425 days, to a day.
    assertEquals(999_997_975, forever.length(), 1.0 / 365);
  }
}
