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
import org.cxkit.core.feedback.NpsResponse;
import org.junit.jupiter.api.Test;

class NpsTrendTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void periodStartsAndLabels() {
    LocalDate d = LocalDate.of(2026, 11, 26); // a Thursday
    assertEquals(d, CalendarPeriod.DAY.startOf(d));
    assertEquals(LocalDate.of(2026, 11, 23), CalendarPeriod.ISO_WEEK.startOf(d)); // Monday
    assertEquals(LocalDate.of(2026, 11, 1), CalendarPeriod.MONTH.startOf(d));
    assertEquals(LocalDate.of(2026, 10, 1), CalendarPeriod.QUARTER.startOf(d));
    assertEquals("2026-W48", CalendarPeriod.ISO_WEEK.label(LocalDate.of(2026, 11, 23)));
    assertEquals("2026-Q4", CalendarPeriod.QUARTER.label(LocalDate.of(2026, 10, 1)));
    assertEquals("2026-11", CalendarPeriod.MONTH.label(LocalDate.of(2026, 11, 1)));
    // ISO week 1 of 2025 starts on Monday 30 December 2024.
    assertEquals(LocalDate.of(2024, 12, 30), CalendarPeriod.ISO_WEEK.startOf(LocalDate.of(2025, 1, 1)));
    assertEquals("2025-W01", CalendarPeriod.ISO_WEEK.label(LocalDate.of(2024, 12, 30)));
    assertEquals(LocalDate.of(2025, 1, 6), CalendarPeriod.ISO_WEEK.next(LocalDate.of(2024, 12, 30)));
    assertEquals(LocalDate.of(2027, 1, 1), CalendarPeriod.QUARTER.next(LocalDate.of(2026, 10, 1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CalendarPeriod.MONTH.next(LocalDate.of(2026, 11, 2)));
    assertEquals("Invalid value for start (must be the first day of a month, such as 2026-11-01): 2026-11-02",
        e.getMessage());
  }

  @Test
  void theTimeZoneDecidesThePeriod() {
    // 23:30 UTC on 31 January is 00:30 on 1 February in Paris (UTC+1 in winter).
    NpsResponse r = at(9, "2026-01-31T23:30:00Z");
    assertEquals(LocalDate.of(2026, 1, 1), NpsTrend.periodOf(CalendarPeriod.MONTH, ZoneOffset.UTC).apply(r));
    assertEquals(LocalDate.of(2026, 2, 1), NpsTrend.periodOf(CalendarPeriod.MONTH, PARIS).apply(r));
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
    NpsTrend trend = NpsTrend.of(responses, CalendarPeriod.MONTH, PARIS, NpsPolicy.DEFAULT);
    assertEquals(2, trend.points().size());
    NpsTrend.Point jan = trend.points().get(0);
    NpsTrend.Point mar = trend.points().get(1);
    assertEquals(LocalDate.of(2026, 1, 1), jan.start());
    assertEquals(LocalDate.of(2026, 2, 1), jan.end());
    assertEquals(NpsTally.of(2, 0, 2), jan.tally());
    assertEquals(0.0, jan.estimate().value());
    assertEquals(4, mar.estimate().n());
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
    assertTrue(trend.toString().contains("2026-01: NPS 0.0"), trend.toString());
  }

  @Test
  void parallelCollectionGivesTheSameTrend() {
    List<NpsResponse> responses = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      int day = 1 + i % 28;
      responses.add(at(i * 7 % 11, String.format("2026-0%d-%02dT%02d:00:00Z", 1 + i % 9, day, i % 24)));
    }
    NpsSegments<LocalDate> byWeek = responses.parallelStream()
        .collect(NpsSegments.toSegments(NpsTrend.periodOf(CalendarPeriod.ISO_WEEK, PARIS)));
    NpsTrend parallel = NpsTrend.from(byWeek, CalendarPeriod.ISO_WEEK, NpsPolicy.DEFAULT);
    assertEquals(NpsTrend.of(responses, CalendarPeriod.ISO_WEEK, PARIS, NpsPolicy.DEFAULT), parallel);
    assertEquals(parallel.points().size() - 1, parallel.changes().size());
    long total = parallel.points().stream().mapToLong(p -> p.tally().n()).sum();
    assertEquals(2_000, total);
    for (int i = 1; i < parallel.points().size(); i++) {
      assertTrue(parallel.points().get(i).start().isAfter(parallel.points().get(i - 1).start()));
    }
  }

  @Test
  void emptyInputGivesAnEmptyTrend() {
    NpsTrend trend = NpsTrend.of(List.of(), CalendarPeriod.DAY, PARIS, NpsPolicy.DEFAULT);
    assertTrue(trend.points().isEmpty());
    assertTrue(trend.changes().isEmpty());
  }

  @Test
  void keysMustBePeriodStarts() {
    NpsSegmentsAccumulator<LocalDate> a = NpsSegments.accumulator();
    a.add(LocalDate.of(2026, 11, 24), 9);
    assertThrows(IllegalArgumentException.class,
        () -> NpsTrend.from(a.snapshot(), CalendarPeriod.MONTH, NpsPolicy.DEFAULT));
  }
}
