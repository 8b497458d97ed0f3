package org.cxkit.metrics.satisfaction;

import static org.cxkit.metrics.satisfaction.Fixtures.csat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.touchpoint.Channel;
import org.junit.jupiter.api.Test;

class PeriodAndBreakdownTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void periodsFollowTheZonesCalendar() {
    // 2026-03-31T22:30Z is 00:30 on 1 April in Paris (UTC+2 after the 29 March change): April there,
    // March in UTC.
    Instant lateMarch = Instant.parse("2026-03-31T22:30:00Z");
    assertEquals(new ReportingPeriod(LocalDate.of(2026, 4, 1), Granularity.MONTH),
        ReportingPeriod.of(lateMarch, PARIS, Granularity.MONTH));
    assertEquals(new ReportingPeriod(LocalDate.of(2026, 3, 1), Granularity.MONTH),
        ReportingPeriod.of(lateMarch, ZoneId.of("UTC"), Granularity.MONTH));
    // 1 April 2026 is a Wednesday: its ISO week starts on Monday 30 March; its quarter on 1 April.
    assertEquals(LocalDate.of(2026, 3, 30), ReportingPeriod.of(lateMarch, PARIS, Granularity.WEEK).start());
    assertEquals(LocalDate.of(2026, 4, 1), ReportingPeriod.of(lateMarch, PARIS, Granularity.QUARTER).start());
    ReportingPeriod q4 = ReportingPeriod.containing(LocalDate.of(2026, 11, 24), Granularity.QUARTER);
    assertEquals(LocalDate.of(2026, 10, 1), q4.start());
    assertEquals(LocalDate.of(2027, 1, 1), q4.end());
    assertEquals(LocalDate.of(2027, 1, 1), q4.next().start());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ReportingPeriod(LocalDate.of(2026, 4, 2), Granularity.WEEK));
    assertEquals("Invalid value for start (must be the first day of a week, such as 2026-03-30): 2026-04-02",
        e.getMessage());
  }

  @Test
  void everyDateLiesInExactlyOnePeriodOfEachGranularity() {
    qt().forAll(integers().between(-200_000, 200_000)).check(dayOffset -> {
      LocalDate date = LocalDate.of(2026, 1, 1).plusDays(dayOffset);
      for (Granularity g : Granularity.values()) {
        ReportingPeriod p = ReportingPeriod.containing(date, g);
        if (!p.contains(date) || p.next().contains(date) || !p.next().start().equals(p.end())
            || !ReportingPeriod.containing(p.end().minusDays(1), g).equals(p)) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void csatPerChannelAndPerMonthRollsUpToTheTotal() {
    Instant march = Instant.parse("2026-03-10T10:00:00Z");
    Instant april = Instant.parse("2026-04-10T10:00:00Z");
    List<CsatResponse> responses = List.of(
        csat(5, Scale.ONE_TO_FIVE, Channel.EMAIL, march),
        csat(2, Scale.ONE_TO_FIVE, Channel.EMAIL, april),
        csat(4, Scale.ONE_TO_FIVE, Channel.PHONE, april));
    Breakdown<Channel, Csat> byChannel = responses.stream().collect(
        Breakdown.by(r -> r.channel().orElseThrow(), Csat.toCsat(Scale.ONE_TO_FIVE)));
    assertEquals(Csat.ofScores(Scale.ONE_TO_FIVE, 5, 2), byChannel.segments().get(Channel.EMAIL));
    assertEquals(Csat.ofScores(Scale.ONE_TO_FIVE, 4), byChannel.segments().get(Channel.PHONE));
    assertEquals(Csat.ofScores(Scale.ONE_TO_FIVE, 5, 2, 4), byChannel.total());

    Breakdown<ReportingPeriod, Csat> byMonth = responses.stream().collect(Breakdown.sortedBy(
        r -> ReportingPeriod.of(r.answeredAt(), PARIS, Granularity.MONTH), Csat.toCsat(Scale.ONE_TO_FIVE)));
    assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)),
        byMonth.segments().keySet().stream().map(ReportingPeriod::start).toList());
    assertEquals(0.5, byMonth.segments().get(ReportingPeriod.containing(LocalDate.of(2026, 4, 1), Granularity.MONTH))
        .satisfiedShare().value(), 1e-15);
  }

  @Test
  void theTotalOfABreakdownIsTheTallyOfEverything() {
    qt().forAll(lists().of(integers().between(0, 49)).ofSizeBetween(0, 200)).check(codes -> {
      // Each code gives an answer (code % 5 + 1) and a segment (code / 5).
      List<int[]> items = new ArrayList<>();
      codes.forEach(c -> items.add(new int[] {c % 5 + 1, c / 5}));
      Breakdown<Integer, Csat> sequential = items.stream().collect(Breakdown.by(i -> i[1],
          java.util.stream.Collectors.mapping(i -> i[0], Csat.toCsatFromScores(Scale.ONE_TO_FIVE))));
      Breakdown<Integer, Csat> parallel = items.parallelStream().collect(Breakdown.by(i -> i[1],
          java.util.stream.Collectors.mapping(i -> i[0], Csat.toCsatFromScores(Scale.ONE_TO_FIVE))));
      Csat whole = Csat.ofScores(Scale.ONE_TO_FIVE, items.stream().mapToInt(i -> i[0]).toArray());
      Csat sum = sequential.segments().values().stream().reduce(Csat.empty(Scale.ONE_TO_FIVE), Csat::plus);
      return sequential.total().equals(whole) && sum.equals(whole) && parallel.equals(sequential);
    });
  }

  @Test
  void byKeepsSegmentsInFirstSeenOrder() {
    List<String> keys = List.of("zeta", "alpha", "mike", "bravo", "yankee", "charlie", "alpha", "zeta");
    Breakdown<String, Csat> b = keys.stream().collect(Breakdown.by(k -> k,
        java.util.stream.Collectors.mapping(k -> 5, Csat.toCsatFromScores(Scale.ONE_TO_FIVE))));
    assertEquals(List.of("zeta", "alpha", "mike", "bravo", "yankee", "charlie"), List.copyOf(b.segments().keySet()));
  }
}
