package org.cxkit.metrics.satisfaction.trend;

import static org.cxkit.metrics.satisfaction.trend.TicketBacklogContractTest.WEEKS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.core.time.PeriodSeries;
import org.cxkit.core.touchpoint.Channel;
import org.junit.jupiter.api.Test;

class TicketBacklogTest {
  private static final PeriodSeries Q1 = PeriodSeries.of(CalendarPeriod.parse("2026-01"), 3, ZoneOffset.UTC);

  private static Ticket ticket(String id, String opened, String... events) {
    // events alternate resolution, reopening, resolution, ...
    Ticket.Builder b = Ticket.builder().id(id).customer(CustomerId.of("c-" + id)).category("billing")
        .channel(Channel.EMAIL).openedAt(Instant.parse(opened));
    for (int i = 0; i < events.length; i++) {
      if (i % 2 == 0) {
        b.addResolutions(Instant.parse(events[i]));
      } else {
        b.addReopenings(Instant.parse(events[i]));
      }
    }
    return b.build();
  }

  @Test
  void resolvedAndOpenPerMonthByHand() {
    // Issue 11, item 7: tickets resolved per period and the open backlog at each period end, a ticket
    // being open at an instant if opened at or before it and not resolved by it.
    List<Ticket> tickets = List.of(
        ticket("A", "2025-12-20T10:00:00Z"), // never resolved: open from before the series to its end
        ticket("B", "2025-12-10T10:00:00Z", "2025-12-15T10:00:00Z"), // closed before the series: nowhere
        ticket("C", "2025-12-28T10:00:00Z", "2026-01-10T10:00:00Z"), // carried in, resolved in January
        ticket("D", "2026-01-05T10:00:00Z", "2026-02-01T00:00:00Z"), // resolved on February's first instant
        ticket("E", "2026-02-10T10:00:00Z", "2026-02-11T10:00:00Z", "2026-03-01T00:00:00Z", "2026-03-05T10:00:00Z"),
        ticket("F", "2026-03-20T10:00:00Z", "2026-04-02T10:00:00Z"), // resolved after the series
        ticket("G", "2026-04-01T00:00:00Z"), // opened after the series: counted, nowhere else
        ticket("H", "2026-02-01T00:00:00Z")); // opened on February's first instant: February's
    TicketBacklog backlog = tickets.stream().collect(TicketBacklog.toBacklog(Q1));
    // Open at the start of January: A and C (B was resolved in December).
    assertEquals(2, backlog.openAtStart());
    // January: opened D; resolved C. End of January (just before 1 February 00:00): A, D open.
    // February: opened E, H; resolved D (at 00:00 on the 1st), E. End: A, H.
    // March: opened F; reopened E; resolved E. End: A, H, F.
    assertArrayEquals(new long[] {1, 2, 1}, backlog.openedSeries());
    assertArrayEquals(new long[] {0, 0, 1}, backlog.reopenedSeries());
    assertArrayEquals(new long[] {1, 2, 1}, backlog.resolvedSeries());
    assertArrayEquals(new long[] {2, 2, 3}, backlog.openAtEndSeries());
    assertEquals(3, backlog.openAtEnd(2));
    assertEquals(2, backlog.resolved(1));
    assertEquals(8, backlog.count());
    assertThrows(IndexOutOfBoundsException.class, () -> backlog.resolved(3));
  }

  @Test
  void theBacklogIsTheOpenTicketsCountedOneByOne() {
    // The flow (opened + reopened - resolved per period, from the backlog carried in) against the
    // definition applied to each ticket at each period's end: opened before the end, and as many
    // resolutions as reopenings before it.
    qt().forAll(lists().of(TicketBacklogContractTest.tickets()).ofSizeBetween(0, 60)).check(tickets -> {
      TicketBacklog backlog = tickets.stream().collect(TicketBacklog.toBacklog(WEEKS));
      if (backlog.openAtStart() != openAt(tickets, WEEKS.start(0))) {
        return false;
      }
      for (int i = 0; i < WEEKS.size(); i++) {
        Instant from = WEEKS.start(i);
        Instant to = WEEKS.start(i + 1);
        long resolved = tickets.stream().flatMap(t -> t.resolutions().stream())
            .filter(r -> !r.isBefore(from) && r.isBefore(to)).count();
        if (backlog.openAtEnd(i) != openAt(tickets, to) || backlog.resolved(i) != resolved) {
          return false;
        }
      }
      return backlog.count() == tickets.size();
    });
  }

  /** Counts the tickets open once every event before {@code end} has happened. */
  private static long openAt(List<Ticket> tickets, Instant end) {
    return tickets.stream().filter(t -> t.openedAt().isBefore(end)
        && t.resolutions().stream().filter(r -> r.isBefore(end)).count()
            == t.reopenings().stream().filter(r -> r.isBefore(end)).count()).count();
  }

  @Test
  void seriesMustMatch() {
    PeriodSeries other = PeriodSeries.of(CalendarPeriod.parse("2026-01"), 3, ZoneId.of("Europe/Paris"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TicketBacklog.accumulator(Q1).merge(TicketBacklog.accumulator(other)));
    assertEquals("Invalid value for series (a backlog over PeriodSeries{3 MONTH periods from 2026-01 in Z} merges "
        + "only with one over the same periods): PeriodSeries{3 MONTH periods from 2026-01 in Europe/Paris}",
        e.getMessage());
    assertEquals(TicketBacklog.empty(Q1), TicketBacklog.accumulator(Q1).addAll(TicketBacklog.empty(Q1)).snapshot());
    assertEquals(CalendarUnit.MONTH, TicketBacklog.empty(Q1).series().unit());
  }
}
