package org.cxkit.metrics.churn;

import static org.cxkit.metrics.churn.Subs.day;
import static org.cxkit.metrics.churn.Subs.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.core.time.PeriodSeries;
import org.junit.jupiter.api.Test;

class CohortTableTest {
  static final Currency EUR = Currency.getInstance("EUR");
  static final PeriodSeries GRID = PeriodSeries.of(CalendarPeriod.parse("2026-01"), 4, ZoneOffset.UTC);
  static final Instant AS_OF = Instant.parse("2026-03-15T00:00:00Z");

  /**
   * Worked example, monthly cohorts from January 2026 (UTC) read on March 15: January and February
   * are complete, so two cohorts; January reaches age 2 (March 1), February age 1.
   * January: a Jan 5, active, 10 then 20 from Feb 10; b Jan 10, left at the first instant of
   * February, 30 (still there going into February: retained at age 1); c Jan 20, left at the last
   * instant of January, 5; d Jan 31, left Mar 10, 40 then 25 from the first instant of February
   * (going into February still 40); e Jan 15, left Feb 20, 15.
   * February: f Feb 3, active, 50; g Feb 28, left at the first instant of March, 20; h Feb 10, left
   * Feb 11, 7.
   */
  static List<Subscription> example() {
    return List.of(
        sub("a", day(1, 5), null, day(1, 5), "10", day(2, 10), "20"),
        sub("b", day(1, 10), day(2, 1), "30"),
        sub("c", day(1, 20), day(2, 1).minusNanos(1), "5"),
        sub("d", day(1, 31), day(3, 10), day(1, 31), "40", day(2, 1), "25"),
        sub("e", day(1, 15), day(2, 20), "15"),
        sub("f", day(2, 3), null, "50"),
        sub("g", day(2, 28), day(3, 1), "20"),
        sub("h", day(2, 10), day(2, 11), "7"));
  }

  @Test
  void workedExample() {
    CohortTable table = CohortTable.accumulator(GRID, AS_OF, EUR).addAll(example()).snapshot();
    assertEquals(2, table.cohorts().size());
    assertEquals(2, table.maxAge());
    Cohort jan = table.cohorts().get(0);
    Cohort feb = table.cohorts().get(1);
    assertEquals(CalendarPeriod.parse("2026-01"), jan.period());
    assertEquals(feb, table.cohort(CalendarPeriod.parse("2026-02")).orElseThrow());
    assertTrue(table.cohort(CalendarPeriod.parse("2026-03")).isEmpty());
    assertEquals(8, table.count());
    // January: 5 members; age 1 (Feb 1): a b d e = 4; age 2 (Mar 1): a d = 2.
    assertEquals(List.of(5L, 4L, 2L), jan.retained());
    // Revenue: age 0 = 10 + 30 + 5 + 40 + 15 = 100; age 1 = a10 + b30 + d40 + e15 = 95; age 2 = a20 + d25 = 45.
    assertEquals(List.of(eur("100"), eur("95"), eur("45")), jan.revenue());
    // February: 3 members; age 1 (Mar 1): f g = 2. Revenue 50 + 20 + 7 = 77, then 50 + 20 = 70.
    assertEquals(List.of(3L, 2L), feb.retained());
    assertEquals(List.of(eur("77"), eur("70")), feb.revenue());
    assertEquals(0.4, jan.retention(2), 1e-15);
    assertEquals(0.45, jan.revenueRetention(2), 1e-15);
  }

  @Test
  void pooledRetentionUsesOnlyCohortsOldEnough() {
    CohortTable table = CohortTable.accumulator(GRID, AS_OF, EUR).addAll(example()).snapshot();
    // Age 1: (4 + 2) / (5 + 3) = 0.75; age 2: January alone, 2 / 5 (February is not old enough and is
    // not counted as if it had kept or lost everyone).
    assertEquals(0.75, table.pooledRetention(1).orElseThrow().value(), 1e-15);
    assertEquals(8, table.pooledRetention(1).orElseThrow().n());
    assertEquals(0.4, table.pooledRetention(2, Confidence.ofLevel(0.9)).orElseThrow().value(), 1e-15);
    assertEquals(5, table.pooledRetention(2).orElseThrow().n());
    // Eight members are below the default minimum of 30.
    assertTrue(table.pooledRetention(1).orElseThrow().isBelowMinimum());
    // Revenue: (95 + 70) / (100 + 77) = 165 / 177; age 2: 45 / 100.
    assertEquals(165.0 / 177, table.pooledRevenueRetention(1).orElseThrow(), 1e-15);
    assertEquals(0.45, table.pooledRevenueRetention(2).orElseThrow(), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> table.pooledRetention(3));
  }

  @Test
  void subscriptionsOutsideCompletePeriodsAreRejectedSinglyAndSetAsideInBulk() {
    Subscription march = sub("m", day(3, 2), null, "9");
    Subscription december = sub("z", Instant.parse("2025-12-20T00:00:00Z"), null, "9");
    CohortTableAccumulator acc = CohortTable.accumulator(GRID, AS_OF, EUR);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> acc.add(march));
    assertTrue(e.getMessage().startsWith("Invalid value for startedAt (must be in a period of the series that ended by"),
        e.getMessage());
    List<Subscription> all = new ArrayList<>(example());
    all.add(2, march);
    all.add(december);
    BulkResult<Subscription, CohortTable> bulk = CohortTable.of(all, GRID, AS_OF, EUR);
    assertEquals(10, bulk.givenCount());
    assertEquals(8, bulk.usedCount());
    assertEquals(List.of(2L, 9L), bulk.setAside().stream().map(s -> s.position()).toList());
    assertEquals(ReasonCode.OUT_OF_RANGE, bulk.setAside().get(0).code());
    assertEquals(CohortTable.accumulator(GRID, AS_OF, EUR).addAll(example()).snapshot(), bulk.value());
  }

  @Test
  void asOfBeforeTheFirstPeriodEndsIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> CohortTable.accumulator(GRID, Instant.parse("2026-01-20T00:00:00Z"), EUR));
  }

  @Test
  void anAsOfPastTheGridStopsAtTheGridsEnd() {
    CohortTable table = CohortTable.accumulator(GRID, Instant.parse("2030-01-01T00:00:00Z"), EUR)
        .addAll(example()).snapshot();
    // Four complete cohorts; January reaches age 4 (the end of the grid, May 1).
    assertEquals(4, table.cohorts().size());
    assertEquals(4, table.maxAge());
    // January on May 1: only a (active) remains.
    assertEquals(List.of(5L, 4L, 2L, 1L, 1L), table.cohorts().get(0).retained());
  }

  @Test
  void mergingHalvesEqualsTheWhole() {
    List<Subscription> population = Subs.random(11, 3000);
    PeriodSeries grid = PeriodSeries.of(CalendarPeriod.parse("2025-01"), 36, ZoneOffset.UTC);
    Instant asOf = Instant.parse("2027-06-15T00:00:00Z");
    List<Subscription> inRange = population.stream()
        .filter(s -> s.startedAt().isBefore(Instant.parse("2027-06-01T00:00:00Z"))).toList();
    CohortTable whole = CohortTable.accumulator(grid, asOf, EUR).addAll(inRange).snapshot();
    CohortTableAccumulator left = CohortTable.accumulator(grid, asOf, EUR).addAll(inRange.subList(0, 1000));
    CohortTableAccumulator right = CohortTable.accumulator(grid, asOf, EUR)
        .addAll(inRange.subList(1000, inRange.size()));
    assertEquals(whole, left.merge(right).snapshot());
    assertEquals(whole, inRange.parallelStream().collect(CohortTable.toCohortTable(grid, asOf, EUR)));
  }

  /** A second method: the cohort counts and revenue straight from Subscription's own queries. */
  @Test
  void agreesWithANaiveRecount() {
    List<Subscription> population = Subs.random(5, 2000);
    PeriodSeries grid = PeriodSeries.of(CalendarPeriod.parse("2025-01"), 36, ZoneOffset.UTC);
    Instant asOf = Instant.parse("2026-09-10T00:00:00Z");
    CohortTable table = CohortTable.of(population, grid, asOf, EUR).value();
    for (Cohort cohort : table.cohorts()) {
      for (int age = 0; age <= cohort.maxAge(); age++) {
        int index = grid.indexOf(cohort.period());
        Instant at = grid.start(index + age);
        long retained = 0;
        java.math.BigDecimal revenue = java.math.BigDecimal.ZERO;
        for (Subscription s : population) {
          if (!cohort.period().toInterval(ZoneOffset.UTC).contains(s.startedAt())) {
            continue;
          }
          if (age == 0) {
            retained++;
            revenue = revenue.add(s.revenue().get(0).recurring().amount());
          } else if (s.endedAt().map(e -> !e.isBefore(at)).orElse(true)) {
            // Revenue going into the period: the amount in force one nanosecond before its start.
            retained++;
            revenue = revenue.add(s.revenue().stream().filter(c -> c.effectiveFrom().isBefore(at))
                .reduce((x, y) -> y).orElseThrow().recurring().amount());
          }
        }
        assertEquals(retained, cohort.retained().get(age), "cohort " + cohort.period() + " age " + age);
        assertEquals(Money.of(revenue, EUR), cohort.revenue().get(age));
      }
    }
  }

  /**
   * Quarterly cohorts follow the calendar, not the first row of data: data that starts in February
   * 2024 puts February and March in 2024-Q1 (January to March), and April in 2024-Q2, never a
   * "Q1" of February to April.
   */
  @Test
  void quarterlyCohortsAreAlignedToTheCalendarWhateverMonthTheDataStartsIn() {
    Instant feb = Instant.parse("2024-02-10T00:00:00Z");
    List<Subscription> subs = List.of(
        sub("f", feb, null, "10"),
        sub("m", Instant.parse("2024-03-31T23:00:00Z"), Instant.parse("2024-05-01T00:00:00Z"), "10"),
        sub("a", Instant.parse("2024-04-01T00:00:00Z"), null, "10"),
        sub("j", Instant.parse("2024-07-15T00:00:00Z"), null, "10"));
    Instant asOf = Instant.parse("2024-10-05T00:00:00Z");
    PeriodSeries quarters = PeriodSeries.covering(feb, asOf, CalendarUnit.QUARTER, ZoneOffset.UTC);
    CohortTable table = CohortTable.of(subs, quarters, asOf, EUR).value();
    assertEquals(List.of("2024-Q1", "2024-Q2", "2024-Q3"),
        table.cohorts().stream().map(c -> c.period().label()).toList());
    Cohort q1 = table.cohorts().get(0);
    assertEquals(java.time.LocalDate.of(2024, 1, 1), q1.period().start());
    assertEquals(java.time.LocalDate.of(2024, 4, 1), q1.period().end());
    // f and m started in Q1 (m one hour before its end); a, on April 1, in Q2.
    assertEquals(2, q1.count());
    assertEquals(1, table.cohort(CalendarPeriod.parse("2024-Q2")).orElseThrow().count());
    // Age 1 is April 1 (both still there), age 2 is July 1 (m left on May 1), age 3 October 1.
    assertEquals(List.of(2L, 2L, 1L, 1L), q1.retained());
  }

  /**
   * A table grows as the square of its periods. A series stretched by one bad row to a date in the
   * year 9999 (about 95,000 months) is refused with a clear error instead of running out of memory;
   * a date in the year 10000 is out of the calendar's range: refused when building the series, set
   * aside in bulk, rejected by the accumulator.
   */
  @Test
  void aSeriesTooLongForATableIsRefusedAndDatesPastTheYear9999AreImplausible() {
    Instant start = Instant.parse("2024-02-10T00:00:00Z");
    Instant farEnd = Instant.parse("9999-12-31T00:00:00Z");
    PeriodSeries months = PeriodSeries.covering(start, farEnd, CalendarUnit.MONTH, ZoneOffset.UTC);
    InvalidValueException tooLarge = assertThrows(InvalidValueException.class,
        () -> CohortTable.accumulator(months, farEnd, EUR));
    assertEquals(ReasonCode.TOO_LARGE, tooLarge.code());
    assertEquals("series", tooLarge.field());
    assertTrue(tooLarge.getMessage().startsWith("Invalid value for series (a cohort table holds at most 1000000"),
        tooLarge.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CohortTable.of(List.of(), months, farEnd, EUR));
    // 1,412 monthly cohorts fit (1,412 x 1,415 / 2 = 998,990 cells); 1,413 do not.
    PeriodSeries century = PeriodSeries.of(CalendarPeriod.parse("1900-01"), 1413, ZoneOffset.UTC);
    assertEquals(1412, CohortTable.accumulator(century, century.start(1412), EUR).snapshot().cohorts().size());
    assertThrows(IllegalArgumentException.class, () -> CohortTable.accumulator(century, century.start(1413), EUR));
    // A span beyond PeriodSeries.MAX_SIZE periods (109,572 days) is refused by the series itself.
    InvalidValueException days = assertThrows(InvalidValueException.class, () -> PeriodSeries.covering(
        Instant.parse("1800-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), CalendarUnit.DAY, ZoneOffset.UTC));
    assertEquals(ReasonCode.TOO_LARGE, days.code());

    Instant year10000 = Instant.parse("+10000-01-01T00:00:00Z");
    Subscription bad = sub("x", start, year10000, "10");
    InvalidValueException series = assertThrows(InvalidValueException.class,
        () -> PeriodSeries.covering(start, year10000, CalendarUnit.MONTH, ZoneOffset.UTC));
    assertEquals(ReasonCode.IMPLAUSIBLE_DATE, series.code());
    PeriodSeries year = PeriodSeries.covering(start, Instant.parse("2025-01-01T00:00:00Z"), CalendarUnit.MONTH,
        ZoneOffset.UTC);
    Instant asOf = year.start(year.size());
    InvalidValueException single = assertThrows(InvalidValueException.class,
        () -> CohortTable.accumulator(year, asOf, EUR).add(bad));
    assertEquals(ReasonCode.IMPLAUSIBLE_DATE, single.code());
    assertEquals("Invalid value for endedAt (valid values in the years 1 - 9999 UTC): +10000-01-01T00:00:00Z"
        + " (subscription x)", single.getMessage());
    assertEquals("endedAt", single.field());
    BulkResult<Subscription, CohortTable> bulk = CohortTable.of(List.of(sub("ok", start, null, "10"), bad), year,
        asOf, EUR);
    assertEquals(1, bulk.usedCount());
    assertEquals(java.util.Map.of(ReasonCode.IMPLAUSIBLE_DATE, 1L), bulk.reasonCounts());
    assertEquals(1, PeriodChurn.series(List.of(bad), year, EUR).setAside().size());
    assertEquals(1, Subscriptions.screen(List.of(bad)).setAside().size());
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
