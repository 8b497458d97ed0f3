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
import org.cxkit.core.result.Breakdown;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.core.touchpoint.Channel;
import org.junit.jupiter.api.Test;

/**
 * CSAT per segment and per calendar period, with core's {@link Breakdown} and {@link CalendarPeriod}
 * (the module's own {@code ReportingPeriod}, {@code Granularity} and {@code Breakdown} moved to core in
 * issue 11; their assertions are kept here on the core types, as this module uses them).
 */
class PeriodAndBreakdownTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void periodsFollowTheZonesCalendar() {
    // 2026-03-31T22:30Z is 00:30 on 1 April in Paris (UTC+2 after the 29 March change): April there,
    // March in UTC.
    Instant lateMarch = Instant.parse("2026-03-31T22:30:00Z");
    assertEquals(new CalendarPeriod(LocalDate.of(2026, 4, 1), CalendarUnit.MONTH),
        CalendarPeriod.containing(lateMarch, PARIS, CalendarUnit.MONTH));
    assertEquals(new CalendarPeriod(LocalDate.of(2026, 3, 1), CalendarUnit.MONTH),
        CalendarPeriod.containing(lateMarch, ZoneId.of("UTC"), CalendarUnit.MONTH));
    // 1 April 2026 is a Wednesday: its ISO week starts on Monday 30 March; its quarter on 1 April.
    assertEquals(LocalDate.of(2026, 3, 30), CalendarPeriod.containing(lateMarch, PARIS, CalendarUnit.WEEK).start());
    assertEquals("2026-W14", CalendarPeriod.containing(lateMarch, PARIS, CalendarUnit.WEEK).label());
    assertEquals(LocalDate.of(2026, 4, 1), CalendarPeriod.containing(lateMarch, PARIS, CalendarUnit.QUARTER).start());
    CalendarPeriod q4 = CalendarPeriod.containing(LocalDate.of(2026, 11, 24), CalendarUnit.QUARTER);
    assertEquals(LocalDate.of(2026, 10, 1), q4.start());
    assertEquals(LocalDate.of(2027, 1, 1), q4.end());
    assertEquals(LocalDate.of(2027, 1, 1), q4.next().start());
    assertEquals("2026-Q4", q4.label());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CalendarPeriod(LocalDate.of(2026, 4, 2), CalendarUnit.WEEK));
    assertEquals("Invalid value for start (must be the first day of a week, such as 2026-03-30): 2026-04-02",
        e.getMessage());
  }

  @Test
  void everyDateLiesInExactlyOnePeriodOfEachUnit() {
    qt().forAll(integers().between(-200_000, 200_000)).check(dayOffset -> {
      LocalDate date = LocalDate.of(2026, 1, 1).plusDays(dayOffset);
      for (CalendarUnit u : CalendarUnit.values()) {
        CalendarPeriod p = CalendarPeriod.containing(date, u);
        if (!p.contains(date) || p.next().contains(date) || !p.next().start().equals(p.end())
            || !CalendarPeriod.containing(p.end().minusDays(1), u).equals(p)
            || !CalendarPeriod.parse(p.label()).equals(p)) {
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

    Breakdown<CalendarPeriod, Csat> byMonth = responses.stream().collect(Breakdown.sortedBy(
        r -> CalendarPeriod.containing(r.answeredAt(), PARIS, CalendarUnit.MONTH), Csat.toCsat(Scale.ONE_TO_FIVE)));
    assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)),
        byMonth.segments().keySet().stream().map(CalendarPeriod::start).toList());
    assertEquals(List.of("2026-03", "2026-04"), byMonth.segments().keySet().stream().map(CalendarPeriod::label).toList());
    assertEquals(0.5, byMonth.segments().get(CalendarPeriod.parse("2026-04")).satisfiedShare().value(), 1e-15);
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
