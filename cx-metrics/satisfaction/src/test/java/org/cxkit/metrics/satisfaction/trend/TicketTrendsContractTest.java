package org.cxkit.metrics.satisfaction.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

class TicketTrendsContractTest extends AccumulatorContract<Ticket, TicketTrendsAccumulator, TicketTrends> {
  static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
  static final Instant MONDAY = Instant.parse("2026-03-01T15:00:00Z"); // Monday 2 March, 00:00 in Tokyo
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
    return TicketTrends.accumulator(ZONE, CalendarUnit.WEEK);
  }

  @Override
  protected Collector<Ticket, ?, TicketTrends> collector() {
    return TicketTrends.toTrends(ZONE, CalendarUnit.WEEK);
  }

  @Override
  protected TicketTrends expectedEmpty() {
    // No empty factory: the collector over no tickets, whose contents checkEmpty states.
    return Stream.<Ticket>empty().collect(collector());
  }

  @Override
  protected void checkEmpty(TicketTrends empty) {
    assertTrue(empty.periods().isEmpty());
    assertTrue(empty.periodSeries().isEmpty());
    assertTrue(empty.categories().isEmpty());
    assertEquals(0, empty.count());
    assertEquals(List.of(), empty.topCategories(3));
  }
}
