package org.cxkit.metrics.satisfaction.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

class ServiceTimesContractTest extends AccumulatorContract<Ticket, ServiceTimesAccumulator, ServiceTimes> {
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
    assertEquals(0, empty.count());
    assertTrue(empty.firstResponse().isEmpty() && empty.finalResolution().isEmpty());
  }
}
