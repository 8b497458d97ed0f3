package org.cxkit.metrics.satisfaction.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collector;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.PeriodSeries;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

class TicketBacklogContractTest extends AccumulatorContract<Ticket, TicketBacklogAccumulator, TicketBacklog> {
  /** Six ISO weeks from 2026-W10 (Monday 2 March) in Paris, across the change to summer time on 29 March. */
  static final PeriodSeries WEEKS = PeriodSeries.of(CalendarPeriod.parse("2026-W10"), 6, ZoneId.of("Europe/Paris"));

  /**
   * Generates tickets opened from a week before the series to a week after it, open, resolved,
   * reopened, or reopened and resolved again, with events at any hour (some exactly on a week's
   * boundary): so that tickets are carried in, leave and come back, and fall after the series.
   */
  static Gen<Ticket> tickets() {
    Instant from = WEEKS.start(0).minus(Duration.ofDays(7));
    return lists().of(integers().between(0, 8 * 7 * 24)).ofSize(5).map(c -> {
      Instant opened = from.plus(Duration.ofHours(c.get(0)));
      Ticket.Builder b = Ticket.builder().id("t" + c).customer(CustomerId.of("c")).category("billing")
          .channel(Channel.EMAIL).openedAt(opened);
      Instant resolved = opened.plus(Duration.ofHours(c.get(2) % 400));
      Instant reopened = resolved.plus(Duration.ofHours(c.get(3) % 300));
      Instant again = reopened.plus(Duration.ofHours(c.get(4) % 200));
      switch (c.get(1) % 4) {
        case 0:
          break;
        case 1:
          b.addResolutions(resolved);
          break;
        case 2:
          b.addResolutions(resolved).addReopenings(reopened);
          break;
        default:
          b.addResolutions(resolved, again).addReopenings(reopened);
          break;
      }
      return b.build();
    });
  }

  @Override
  protected Gen<Ticket> items() {
    return tickets();
  }

  @Override
  protected TicketBacklogAccumulator newAccumulator() {
    return TicketBacklog.accumulator(WEEKS);
  }

  @Override
  protected Collector<Ticket, ?, TicketBacklog> collector() {
    return TicketBacklog.toBacklog(WEEKS);
  }

  @Override
  protected TicketBacklog expectedEmpty() {
    return TicketBacklog.empty(WEEKS);
  }

  @Override
  protected void checkEmpty(TicketBacklog empty) {
    assertEquals(0, empty.count());
    assertEquals(0, empty.openAtStart());
    for (int i = 0; i < WEEKS.size(); i++) {
      assertEquals(0, empty.opened(i) + empty.reopened(i) + empty.resolved(i) + empty.openAtEnd(i));
    }
  }
}
