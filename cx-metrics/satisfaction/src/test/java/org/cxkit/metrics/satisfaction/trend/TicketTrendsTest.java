package org.cxkit.metrics.satisfaction.trend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.testing.MergeableContract;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.metrics.satisfaction.Granularity;
import org.cxkit.metrics.satisfaction.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TicketTrendsTest extends MergeableContract<TicketTrendsAccumulator, TicketTrends, Ticket> {
  private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
  private static final Instant MONDAY = Instant.parse("2026-03-01T15:00:00Z"); // Monday 2 March, 00:00 in Tokyo
  private static final String[] CATEGORIES = {"billing", "login", "shipping"};

  static Ticket ticket(String category, Instant opened) {
    return Ticket.builder().id("t").customer(CustomerId.of("c")).category(category).channel(Channel.WEB)
        .openedAt(opened).build();
  }

  @Override
  protected Gen<Ticket> items() {
    return integers().between(0, 3 * 60 * 24 - 1)
        .map(code -> ticket(CATEGORIES[code % 3], MONDAY.plus(Duration.ofHours(code / 3))));
  }

  @Override
  protected TicketTrendsAccumulator newAccumulator() {
    return TicketTrends.accumulator(ZONE, Granularity.WEEK);
  }

  @Override
  protected void add(TicketTrendsAccumulator accumulator, Ticket item) {
    accumulator.add(item);
  }

  @Override
  protected TicketTrendsAccumulator merge(TicketTrendsAccumulator accumulator, TicketTrendsAccumulator other) {
    return accumulator.merge(other);
  }

  @Override
  protected TicketTrends snapshot(TicketTrendsAccumulator accumulator) {
    return accumulator.snapshot();
  }

  @Override
  protected Collector<Ticket, ?, TicketTrends> collector() {
    return TicketTrends.toTrends(ZONE, Granularity.WEEK);
  }

  @Override
  protected TicketTrends expectedEmpty() {
    // No empty factory: the collector over no tickets, whose contents checkEmpty states.
    return Stream.<Ticket>empty().collect(collector());
  }

  @Override
  protected void checkEmpty(TicketTrends empty) {
    assertTrue(empty.periods().isEmpty());
    assertTrue(empty.categories().isEmpty());
    assertEquals(0, empty.total());
    assertEquals(List.of(), empty.topCategories(3));
  }

  @Test
  void countsPerCategoryPerWeekWithoutGaps() {
    Instant week1 = MONDAY;
    Instant week3 = MONDAY.plus(Duration.ofDays(14));
    // Sunday 8 March 23:30 in Tokyo is still week 1; in UTC it is 14:30 on the 8th.
    Instant sundayNight = Instant.parse("2026-03-08T14:30:00Z");
    TicketTrends trends = List.of(ticket("login", week1), ticket("login", sundayNight), ticket("billing", week3),
        ticket("login", week3)).stream().collect(TicketTrends.toTrends(ZONE, Granularity.WEEK));
    assertEquals(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16)),
        trends.periods().stream().map(ReportingPeriod::start).toList());
    assertArrayEquals(new long[] {2, 0, 1}, trends.series("login"));
    assertArrayEquals(new long[] {0, 0, 1}, trends.series("billing"));
    assertArrayEquals(new long[] {0, 0, 0}, trends.series("unknown"));
    assertEquals(2, trends.count("login", ReportingPeriod.containing(LocalDate.of(2026, 3, 4), Granularity.WEEK)));
    assertEquals(4, trends.total());
  }

  @Test
  void topCategoriesRankByTicketsThenByRecurrence() {
    TicketTrendsAccumulator acc = TicketTrends.accumulator(ZONE, Granularity.WEEK);
    // "login": 4 tickets in 1 week; "billing": 4 tickets over 4 weeks; "shipping": 2.
    acc.add("login", MONDAY, 4);
    for (int week = 0; week < 4; week++) {
      acc.add("billing", MONDAY.plus(Duration.ofDays(7L * week)), 1);
    }
    acc.add("shipping", MONDAY, 2);
    assertEquals(List.of(new TicketTrends.CategoryCount("billing", 4, 4), new TicketTrends.CategoryCount("login", 4, 1)),
        acc.snapshot().topCategories(2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> acc.add(" ", MONDAY, 1));
    assertEquals("Invalid value for category (must not be blank): \" \"", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> acc.add("login", MONDAY, -1));
    assertEquals("Invalid value for count (must not be negative): -1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> acc.merge(TicketTrends.accumulator(ZONE, Granularity.MONTH)));
  }
}
