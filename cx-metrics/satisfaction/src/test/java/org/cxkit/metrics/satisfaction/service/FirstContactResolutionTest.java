package org.cxkit.metrics.satisfaction.service;

import static org.cxkit.metrics.satisfaction.service.Tickets.T0;
import static org.cxkit.metrics.satisfaction.service.Tickets.at;
import static org.cxkit.metrics.satisfaction.service.Tickets.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.ticket.Ticket;
import org.junit.jupiter.api.Test;

class FirstContactResolutionTest {
  private static final Ticket ONE_AND_DONE = ticket("1", T0).contacts(1).agentReplies(1).addResolutions(at(60)).build();
  private static final Ticket THREE_CONTACTS = ticket("2", T0).contacts(3).agentReplies(2).addResolutions(at(60)).build();
  // Reopened 2 days after its first resolution, then resolved again.
  private static final Ticket REOPENED_LATE = ticket("3", T0).contacts(1).agentReplies(1)
      .addResolutions(at(60), at(60 + 3 * 1440)).addReopenings(at(60 + 2 * 1440)).build();
  // Reopened 10 minutes after its first resolution, then resolved again.
  private static final Ticket REOPENED_SOON = ticket("4", T0).contacts(1).agentReplies(3)
      .addResolutions(at(60), at(200)).addReopenings(at(70)).build();
  private static final Ticket OPEN = ticket("5", T0).contacts(1).build();
  private static final Ticket NO_REPLY_COUNT = ticket("6", T0).addResolutions(at(30)).build();
  private static final Ticket CLOSED_WITHOUT_REPLY = ticket("7", T0).agentReplies(0).addResolutions(at(5)).build();
  private static final List<Ticket> ALL = List.of(ONE_AND_DONE, THREE_CONTACTS, REOPENED_LATE, REOPENED_SOON, OPEN,
      NO_REPLY_COUNT, CLOSED_WITHOUT_REPLY);

  @Test
  void oneContact() {
    // Resolved now: tickets 1, 2, 3, 4, 6, 7 (6 judged); one contact and never reopened: 1, 6, 7 -> 3 / 6.
    FirstContactResolution fcr = ALL.stream().collect(FirstContactResolution.toFcr(FcrDefinition.oneContact()));
    assertEquals(3, fcr.firstContactCount());
    assertEquals(6, fcr.judgedCount());
    assertEquals(1, fcr.openCount());
    assertEquals(0, fcr.unjudgedCount());
    assertEquals(7, fcr.count());
    assertEquals(0.5, fcr.rate().value(), 1e-15);
  }

  @Test
  void oneAgentReply() {
    // Known, non-zero reply counts among resolved tickets: 1 (1 reply), 2 (2), 3 (1, reopened), 4 (3):
    // judged 4, one-touch only ticket 1 -> 1 / 4. Tickets 6 (unknown) and 7 (no reply) are not judged.
    FirstContactResolution fcr = ALL.stream().collect(FirstContactResolution.toFcr(FcrDefinition.oneAgentReply()));
    assertEquals(1, fcr.firstContactCount());
    assertEquals(4, fcr.judgedCount());
    assertEquals(2, fcr.unjudgedCount());
    assertEquals(1, fcr.openCount());
  }

  @Test
  void noRecontactWithinAWindow() {
    // Window 1 day, data taken 5 days after T0: every resolved ticket's window has elapsed. First
    // resolved: 1, 2, 3, 4, 6, 7 (ticket 5 never resolved: open). Reopened within a day: only 4 -> 5 / 6.
    FcrDefinition day = FcrDefinition.noRecontactWithin(Duration.ofDays(1), at(5 * 1440));
    FirstContactResolution fcr = ALL.stream().collect(FirstContactResolution.toFcr(day));
    assertEquals(5, fcr.firstContactCount());
    assertEquals(6, fcr.judgedCount());
    assertEquals(1, fcr.openCount());
    // Taken 12 hours after T0, no window of 1 day has elapsed: nothing is judged yet.
    FcrDefinition early = FcrDefinition.noRecontactWithin(Duration.ofDays(1), at(12 * 60));
    FirstContactResolution pending = ALL.stream().collect(FirstContactResolution.toFcr(early));
    assertEquals(0, pending.judgedCount());
    assertEquals(6, pending.unjudgedCount());
    IllegalStateException e = assertThrows(IllegalStateException.class, pending::rate);
    assertEquals("No judged ticket (1 open, 6 not judged): the FCR rate under NO_RECONTACT_WITHIN PT24H as of "
        + "2026-03-02T21:00:00Z does not exist", e.getMessage());
  }

  @Test
  void rateCarriesItsWilsonInterval() {
    // 8 first-contact resolutions of 10: Wilson 95 % 0.4901625 to 0.9433178 (worked in IntervalsTest).
    FcrAccumulator acc = FirstContactResolution.accumulator(FcrDefinition.oneContact());
    for (int i = 0; i < 8; i++) {
      acc.add(ONE_AND_DONE);
    }
    acc.add(THREE_CONTACTS).add(THREE_CONTACTS);
    Estimate rate = acc.snapshot().rate();
    assertEquals(0.4901625, rate.lower(), 5e-7);
    assertEquals(0.9433178, rate.upper(), 5e-7);
  }

  @Test
  void definitionsDoNotMix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FirstContactResolution.accumulator(FcrDefinition.oneContact()).merge(FirstContactResolution.accumulator(FcrDefinition.oneAgentReply())));
    assertEquals("Invalid value for definition (a tally under ONE_CONTACT merges only with one under the same "
        + "definition): ONE_AGENT_REPLY", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> FcrDefinition.noRecontactWithin(Duration.ZERO, T0));
    assertEquals("Invalid value for window (must be positive): PT0S", e.getMessage());
  }
}
