package org.cxkit.metrics.satisfaction.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.testkit.AccumulatorContract;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FcrContractTest extends AccumulatorContract<Ticket, FcrAccumulator, FirstContactResolution> {
  private static final FcrDefinition DEFINITION = FcrDefinition.noRecontactWithin(Duration.ofHours(2), Tickets.at(3000));

  @Override
  protected Gen<Ticket> items() {
    return Tickets.tickets();
  }

  @Override
  protected FcrAccumulator newAccumulator() {
    return FirstContactResolution.accumulator(DEFINITION);
  }

  @Override
  protected Collector<Ticket, ?, FirstContactResolution> collector() {
    return FirstContactResolution.toFcr(DEFINITION);
  }

  @Override
  protected FirstContactResolution expectedEmpty() {
    // No empty factory: the collector over no tickets, whose counts checkEmpty states.
    return Stream.<Ticket>empty().collect(collector());
  }

  @Override
  protected void checkEmpty(FirstContactResolution empty) {
    assertEquals(0, empty.count());
    assertThrows(IllegalStateException.class, empty::rate);
  }

  @Test
  void everyTicketIsCountedOnceUnderEveryDefinition() {
    qt().forAll(lists().of(Tickets.tickets()).ofSizeBetween(0, 100)).check(tickets -> {
      for (FcrDefinition d : new FcrDefinition[] {FcrDefinition.oneContact(), FcrDefinition.oneAgentReply(), DEFINITION}) {
        FirstContactResolution f = tickets.stream().collect(FirstContactResolution.toFcr(d));
        if (f.count() != tickets.size() || f.firstContactCount() > f.judgedCount()
            || (f.judgedCount() > 0 && !f.rate().contains(f.rate().value()))) {
          return false;
        }
      }
      return true;
    });
  }
}
