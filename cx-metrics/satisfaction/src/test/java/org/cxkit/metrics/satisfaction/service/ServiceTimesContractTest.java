package org.cxkit.metrics.satisfaction.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.cxkit.core.testing.MergeableContract;
import org.cxkit.core.ticket.Ticket;
import org.quicktheories.core.Gen;

class ServiceTimesContractTest extends MergeableContract<ServiceTimesAccumulator, ServiceTimes, Ticket> {
  private static final BusinessCalendar CALENDAR = BusinessCalendar.builder(ZoneId.of("America/New_York"))
      .weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0)).build();

  @Override
  protected Gen<Ticket> items() {
    return Tickets.tickets();
  }

  @Override
  protected ServiceTimesAccumulator newAccumulator() {
    return ServiceTimes.accumulator(CALENDAR);
  }

  @Override
  protected void add(ServiceTimesAccumulator accumulator, Ticket item) {
    accumulator.add(item);
  }

  @Override
  protected ServiceTimesAccumulator merge(ServiceTimesAccumulator accumulator, ServiceTimesAccumulator other) {
    return accumulator.merge(other);
  }

  @Override
  protected ServiceTimes snapshot(ServiceTimesAccumulator accumulator) {
    return accumulator.snapshot();
  }

  @Override
  protected Collector<Ticket, ?, ServiceTimes> collector() {
    return ServiceTimes.toServiceTimes(CALENDAR);
  }

  @Override
  protected ServiceTimes expectedEmpty() {
    // No empty factory: the collector over no tickets, whose counts checkEmpty states.
    return Stream.<Ticket>empty().collect(collector());
  }

  @Override
  protected void checkEmpty(ServiceTimes empty) {
    assertEquals(0, empty.ticketCount());
    assertTrue(empty.firstResponse().isEmpty() && empty.finalResolution().isEmpty());
  }
}
