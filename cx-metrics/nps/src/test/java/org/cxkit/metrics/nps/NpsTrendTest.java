package org.cxkit.metrics.nps;

import static org.cxkit.metrics.nps.Responses.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.result.Breakdown;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.junit.jupiter.api.Test;

class NpsTrendTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void periodStartsAndLabelsOfTheCoreCalendarPeriods() {
    // The assertions of the module's former CalendarPeriod, on the core type it now uses.
    LocalDate d = LocalDate.of(2026, 11, 26); // a Thursday
    assertEquals(d, CalendarPeriod.containing(d, CalendarUnit.DAY).start());
    assertEquals(LocalDate.of(2026, 11, 23), CalendarPeriod.containing(d, CalendarUnit.WEEK).start()); // Monday
    assertEquals(LocalDate.of(2026, 11, 1), CalendarPeriod.containing(d, CalendarUnit.MONTH).start());
    assertEquals(LocalDate.of(2026, 10, 1), CalendarPeriod.containing(d, CalendarUnit.QUARTER).start());
    assertEquals("2026-W48", CalendarPeriod.of(LocalDate.of(2026, 11, 23), CalendarUnit.WEEK).label());
    assertEquals("2026-Q4", CalendarPeriod.of(LocalDate.of(2026, 10, 1), CalendarUnit.QUARTER).label());
    assertEquals("2026-11", CalendarPeriod.of(LocalDate.of(2026, 11, 1), CalendarUnit.MONTH).label());
    // ISO week 1 of 2025 starts on Monday 30 December 2024.
    CalendarPeriod week1 = CalendarPeriod.containing(LocalDate.of(2025, 1, 1), CalendarUnit.WEEK);
    assertEquals(LocalDate.of(2024, 12, 30), week1.start());
    assertEquals("2025-W01", week1.label());
    assertEquals(LocalDate.of(2025, 1, 6), week1.end());
    assertEquals(LocalDate.of(2027, 1, 1), CalendarPeriod.parse("2026-Q4").end());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CalendarPeriod.of(LocalDate.of(2026, 11, 2), CalendarUnit.MONTH));
    assertEquals("Invalid value for start (must be the first day of a month, such as 2026-11-01): 2026-11-02",
        e.getMessage());
  }

  @Test
  void theTimeZoneDecidesThePeriod() {
    // 23:30 UTC on 31 January is 00:30 on 1 February in Paris (UTC+1 in winter).
    NpsResponse r = at(9, "2026-01-31T23:30:00Z");
    assertEquals(CalendarPeriod.parse("2026-01"), NpsTrend.periodOf(CalendarUnit.MONTH, ZoneOffset.UTC).apply(r));
    assertEquals(CalendarPeriod.parse("2026-02"), NpsTrend.periodOf(CalendarUnit.MONTH, PARIS).apply(r));
  }

  @Test
  void monthlyTrendWithChanges() {
    List<NpsResponse> responses = new ArrayList<>();
    // January: 2 detractors, 2 promoters -> 0. February: none. March: 4 promoters -> 100.
    responses.add(at(0, "2026-01-05T12:00:00Z"));
    responses.add(at(6, "2026-01-06T12:00:00Z"));
    responses.add(at(9, "2026-01-07T12:00:00Z"));
    responses.add(at(10, "2026-01-31T22:59:00Z")); // still January in Paris (23:59)
    for (int i = 0; i < 4; i++) {
      responses.add(at(10, "2026-03-1" + i + "T08:00:00Z"));
    }
    NpsTrend trend = NpsTrend.of(responses, CalendarUnit.MONTH, PARIS);
    assertEquals(trend, NpsTrend.of(responses, CalendarUnit.MONTH, PARIS, Confidence.DEFAULT, NpsInterval.ADJUSTED_WALD));
    assertEquals(2, trend.points().size());
    NpsTrend.Point jan = trend.points().get(0);
    NpsTrend.Point mar = trend.points().get(1);
    assertEquals("2026-01", jan.period().label());
    assertEquals(LocalDate.of(2026, 1, 1), jan.period().start());
    assertEquals(LocalDate.of(2026, 2, 1), jan.period().end());
    assertEquals(NpsTally.of(2, 0, 2), jan.tally());
    assertEquals(0.0, jan.estimate().value());
    assertEquals(4, mar.estimate().n());
    assertEquals(CalendarPeriod.parse("2026-03"), mar.period());
    assertEquals(1, trend.changes().size());
    NpsTrend.Change change = trend.changes().get(0);
    assertEquals(jan, change.from());
    assertEquals(mar, change.to());
    // Later minus earlier: 100 - 0 = +100, positive because the score rose.
    assertEquals(100.0, change.comparison().difference());
    assertTrue(change.comparison().z() > 0);
    // By hand, adjusted Wald (Rocks 2016: +3/4 detractor, +3/2 passive, +3/4 promoter, n + 3 = 7):
    // January 2/0/2 has centre 0 and SE 100·sqrt(0.785714/7) = 33.50297; March 0/0/4 has
    // pP = 4.75/7, pD = 0.75/7, centre 57.142857 and SE 100·sqrt(0.459184/7) = 25.61204;
    // SE of the change sqrt(33.50297² + 25.61204²) = 42.17138, z = 57.142857/42.17138 = 1.355015,
    // two-sided p = erfc(z/√2) = 0.175413 (Python's math.erfc).
    assertEquals(42.17138432606494, change.comparison().standardError(), 1e-9);
    assertEquals(1.3550149717883166, change.comparison().z(), 1e-9);
    assertEquals(0.17541278699391094, change.comparison().pValue(), 1e-9);
    assertTrue(trend.toString().startsWith("NpsTrend{2026-01: 0.0 (95% adjusted Wald CI "), trend.toString());
  }

  @Test
  void parallelCollectionOfABreakdownGivesTheSameTrend() {
    List<NpsResponse> responses = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      int day = 1 + i % 28;
      responses.add(at(i * 7 % 11, String.format("2026-0%d-%02dT%02d:00:00Z", 1 + i % 9, day, i % 24)));
    }
    // Breakdown.by keeps first-seen order (none on a parallel stream); the trend sorts by period.
    Breakdown<CalendarPeriod, NpsTally> byWeek = responses.parallelStream()
        .collect(Breakdown.by(NpsTrend.periodOf(CalendarUnit.WEEK, PARIS), NpsTally.toTally()));
    NpsTrend parallel = NpsTrend.from(byWeek);
    assertEquals(NpsTrend.of(responses, CalendarUnit.WEEK, PARIS), parallel);
    assertEquals(parallel.points().size() - 1, parallel.changes().size());
    long total = parallel.points().stream().mapToLong(p -> p.tally().count()).sum();
    assertEquals(2_000, total);
    assertEquals(byWeek.total(), NpsTally.ofResponses(responses)); // the breakdown's total is the pooled tally
    for (int i = 1; i < parallel.points().size(); i++) {
      assertTrue(parallel.points().get(i).period().compareTo(parallel.points().get(i - 1).period()) > 0);
    }
  }

  @Test
  void confidenceAndMethodReachEveryPointAndChange() {
    List<NpsResponse> responses = List.of(at(9, "2026-01-05T12:00:00Z"), at(3, "2026-01-06T12:00:00Z"),
        at(10, "2026-02-05T12:00:00Z"), at(8, "2026-02-06T12:00:00Z"));
    NpsTrend t = NpsTrend.of(responses, CalendarUnit.MONTH, PARIS, Confidence.of(0.9, 2), NpsInterval.WALD);
    assertEquals(Confidence.of(0.9, 2), t.confidence());
    assertEquals(NpsInterval.WALD, t.method());
    // January: 1 detractor, 1 promoter (n 2); February: 1 passive, 1 promoter. Neither is below a minimum of 2.
    assertEquals(NpsTally.of(1, 0, 1).estimate(Confidence.of(0.9, 2), NpsInterval.WALD), t.points().get(0).estimate());
    assertTrue(t.points().stream().noneMatch(p -> p.estimate().isBelowMinimum()));
    assertEquals(NpsComparison.of(NpsTally.of(1, 0, 1), NpsTally.of(0, 1, 1), Confidence.of(0.9, 2), NpsInterval.WALD),
        t.changes().get(0).comparison());
    assertEquals(t, NpsTrend.from(Map.of(CalendarPeriod.parse("2026-02"), NpsTally.of(0, 1, 1),
        CalendarPeriod.parse("2026-01"), NpsTally.of(1, 0, 1)), Confidence.of(0.9, 2), NpsInterval.WALD));
  }

  @Test
  void emptyInputGivesAnEmptyTrend() {
    NpsTrend trend = NpsTrend.of(List.of(), CalendarUnit.DAY, PARIS);
    assertTrue(trend.points().isEmpty());
    assertTrue(trend.changes().isEmpty());
    assertEquals("NpsTrend{}", trend.toString());
  }

  @Test
  void periodsMustBeOfOneUnitAndChangesGoForward() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NpsTrend.from(
        Map.of(CalendarPeriod.parse("2026-11"), NpsTally.of(0, 0, 1), CalendarPeriod.parse("2026-W48"), NpsTally.of(0, 0, 1)),
        Confidence.DEFAULT, NpsInterval.ADJUSTED_WALD));
    assertEquals("byPeriod", e.field());
    NpsTally t = NpsTally.of(0, 0, 1);
    NpsTrend.Point nov = new NpsTrend.Point(CalendarPeriod.parse("2026-11"), t, t.estimate());
    NpsTrend.Point oct = new NpsTrend.Point(CalendarPeriod.parse("2026-10"), t, t.estimate());
    InvalidValueException backwards = assertThrows(InvalidValueException.class,
        () -> new NpsTrend.Change(nov, oct, NpsComparison.of(t, t)));
    assertEquals(ReasonCode.OUT_OF_ORDER, backwards.code());
    assertThrows(IllegalArgumentException.class,
        () -> new NpsTrend.Point(CalendarPeriod.parse("2026-11"), NpsTally.empty(), t.estimate()));
  }
}
