package org.cxkit.metrics.satisfaction.service;

import static org.cxkit.metrics.satisfaction.service.Tickets.T0;
import static org.cxkit.metrics.satisfaction.service.Tickets.at;
import static org.cxkit.metrics.satisfaction.service.Tickets.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cxkit.core.result.Breakdown;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.core.touchpoint.Channel;
import org.junit.jupiter.api.Test;

class ServiceTimesTest {

  @Test
  void distributionByHand() {
    // First response times 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 minutes.
    // Type 7: median h = 4.5 -> 55 min; p90 h = 8.1 -> 91 min; p25 h = 2.25 -> 32.5 min = 32 min 30 s.
    // Mean 550 / 10 = 55 min.
    DurationDistribution d = DurationDistribution.of(minutes(40, 10, 100, 20, 90, 30, 80, 50, 70, 60));
    assertEquals(Duration.ofMinutes(55), d.median());
    assertEquals(Duration.ofMinutes(91), d.p90());
    assertEquals(Duration.ofSeconds(32 * 60 + 30), d.quantile(0.25));
    assertEquals(Duration.ofMinutes(55), d.mean());
    assertEquals(Duration.ofMinutes(10), d.min());
    assertEquals(Duration.ofMinutes(100), d.max());
  }

  @Test
  void meanIsExactToTheNanosecond() {
    // (1 ns + 2 ns) / 2 = 1.5 ns, rounded half-even to 2 ns; a mean of very long durations does not overflow:
    // 200 years and 100 years average to 150 years exactly.
    assertEquals(Duration.ofNanos(2), DurationDistribution.of(Duration.ofNanos(1), Duration.ofNanos(2)).mean());
    Duration year = Duration.ofDays(365);
    assertEquals(year.multipliedBy(150), DurationDistribution.of(year.multipliedBy(200), year.multipliedBy(100)).mean());
  }

  @Test
  void openTicketsAreCountedNeverZero() {
    Ticket answered = ticket("1", T0).firstResponseAt(at(30)).addResolutions(at(120)).build();
    Ticket unanswered = ticket("2", T0).build();
    // Reopened and resolved again: first resolution after 60 min, final after 300 min.
    Ticket reopened = ticket("3", T0).firstResponseAt(at(10)).addResolutions(at(60), at(300)).addReopenings(at(90)).build();
    // Reopened and still open: first resolution after 45 min, no final resolution.
    Ticket reopenedOpen = ticket("4", T0).firstResponseAt(at(20)).addResolutions(at(45)).addReopenings(at(50)).build();
    ServiceTimes times = List.of(answered, unanswered, reopened, reopenedOpen).stream().collect(ServiceTimes.toServiceTimes());

    assertEquals(4, times.count());
    assertEquals(3, times.firstResponse().count());
    assertEquals(1, times.firstResponse().openCount());
    assertEquals(Duration.ofMinutes(20), times.firstResponse().median(), "median of 10, 20, 30 min");
    assertEquals(List.of(45L, 60L, 120L), minutesOf(times.firstResolution()));
    assertEquals(1, times.firstResolution().openCount());
    assertEquals(List.of(120L, 300L), minutesOf(times.finalResolution()));
    assertEquals(2, times.finalResolution().openCount());
    assertEquals(Optional.empty(), times.calendar());
  }

  @Test
  void emptyIsDefined() {
    ServiceTimes none = List.of(ticket("1", T0).build()).stream().collect(ServiceTimes.toServiceTimes());
    assertTrue(none.firstResponse().isEmpty());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> none.firstResponse().median());
    assertEquals("No completed item (1 open): the quantile of an empty distribution does not exist", e.getMessage());
  }

  @Test
  void businessHours() {
    // Weekdays 09:00-17:00 UTC. Opened Friday 6 March 16:00, answered Monday 9 March 09:30:
    // 1 h on Friday + 30 min on Monday = 90 min, against 65.5 h elapsed.
    BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("UTC")).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    Instant friday = Instant.parse("2026-03-06T16:00:00Z");
    Ticket t = ticket("1", friday).firstResponseAt(Instant.parse("2026-03-09T09:30:00Z")).build();
    ServiceTimes business = List.of(t).stream().collect(ServiceTimes.toServiceTimes(calendar));
    assertEquals(Duration.ofMinutes(90), business.firstResponse().median());
    ServiceTimes elapsed = List.of(t).stream().collect(ServiceTimes.toServiceTimes());
    assertEquals(Duration.ofMinutes(65 * 60 + 30), elapsed.firstResponse().median());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServiceTimes.accumulator().merge(ServiceTimes.accumulator(calendar)));
    assertTrue(e.getMessage().startsWith("Invalid value for calendar (times measured in elapsed time merge only"), e.getMessage());
  }

  @Test
  void badInputIsRejectedSinglyAndSetAsideInBulk() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DurationDistribution.accumulator().add(Duration.ofSeconds(-1)));
    assertEquals("Invalid value for duration (must not be negative): PT-1S", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> DurationDistribution.accumulator().add(at(10), at(5)));
    assertEquals("Invalid value for end (must not be before start 2026-03-02T09:10:00Z): 2026-03-02T09:05:00Z", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DurationDistribution.accumulator().add(Duration.ofDays(365L * 300)));

    // Raw rows become tickets through core's builder, which refuses a reply or a resolution before the
    // opening; BulkResult.convert sets those rows aside with the reason, and the rest is measured.
    List<long[]> rows = List.of(new long[] {0, 15, 60}, new long[] {0, -5, 60}, new long[] {0, 10, -1});
    BulkResult<long[], List<Ticket>> tickets = BulkResult.convert(rows, r -> ticket("r", T0)
        .firstResponseAt(at(r[1])).addResolutions(at(r[2])).build());
    assertEquals(1, tickets.usedCount());
    assertEquals(3, tickets.givenCount());
    assertTrue(tickets.setAside().get(0).reason().message().startsWith("Invalid value for firstResponseAt (must not be before openedAt"));
    assertTrue(tickets.setAside().get(1).reason().message().startsWith("Invalid value for resolutions[0] (must not be before openedAt"));
    assertEquals(java.util.Map.of(ReasonCode.OUT_OF_ORDER, 2L), tickets.reasonCounts());
    ServiceTimes times = tickets.value().stream().collect(ServiceTimes.toServiceTimes());
    assertEquals(Duration.ofMinutes(15), times.firstResponse().median());
    assertFalse(times.firstResponse().isEmpty());
  }

  @Test
  void perChannelAndPerWeek() {
    Ticket email = ticket("1", T0).firstResponseAt(at(30)).build();
    Ticket phone = ticket("2", T0).channel(Channel.PHONE).firstResponseAt(at(5)).build();
    Ticket nextWeek = ticket("3", T0.plus(Duration.ofDays(7))).firstResponseAt(T0.plus(Duration.ofDays(7)).plusSeconds(600)).build();
    Breakdown<Channel, ServiceTimes> byChannel = List.of(email, phone, nextWeek).stream()
        .collect(Breakdown.by(Ticket::channel, ServiceTimes.toServiceTimes()));
    // Email: 30 min and 10 min -> median 20 min; phone: 5 min; all: 5, 10, 30 -> median 10 min.
    assertEquals(Duration.ofMinutes(20), byChannel.segments().get(Channel.EMAIL).firstResponse().median());
    assertEquals(Duration.ofMinutes(5), byChannel.segments().get(Channel.PHONE).firstResponse().median());
    assertEquals(Duration.ofMinutes(10), byChannel.total().firstResponse().median());
    Breakdown<CalendarPeriod, ServiceTimes> byWeek = List.of(email, phone, nextWeek).stream().collect(Breakdown.sortedBy(
        t -> CalendarPeriod.containing(t.openedAt(), ZoneOffset.UTC, CalendarUnit.WEEK), ServiceTimes.toServiceTimes()));
    assertEquals(List.of(2L, 1L), byWeek.segments().values().stream().map(ServiceTimes::count).toList());
    assertEquals(List.of("2026-W10", "2026-W11"), byWeek.segments().keySet().stream().map(CalendarPeriod::label).toList());
  }

  @Test
  void aTicketWithATimeTooLongIsRefusedWhole() {
    // Answered after a year but resolved after 300 years: the resolution time exceeds the 2^63 - 1
    // nanoseconds a duration may have; the ticket is refused, its response time is not kept either.
    Instant opened = Instant.parse("1800-01-01T00:00:00Z");
    Ticket t = ticket("old", opened).firstResponseAt(opened.plus(Duration.ofDays(365)))
        .addResolutions(opened.plus(Duration.ofDays(365L * 300))).build();
    ServiceTimesAccumulator acc = ServiceTimes.accumulator();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> acc.add(t));
    assertTrue(e.getMessage().startsWith("Invalid value for duration (must be at most PT2562047H47M16.854775807S)"),
        e.getMessage());
    assertEquals(0, acc.count());
    assertTrue(acc.snapshot().firstResponse().isEmpty());
  }

  private static Duration[] minutes(long... values) {
    Duration[] durations = new Duration[values.length];
    for (int i = 0; i < values.length; i++) {
      durations[i] = Duration.ofMinutes(values[i]);
    }
    return durations;
  }

  private static List<Long> minutesOf(DurationDistribution d) {
    return java.util.Arrays.stream(d.toSortedNanos()).map(n -> n / 60_000_000_000L).boxed().toList();
  }
}
