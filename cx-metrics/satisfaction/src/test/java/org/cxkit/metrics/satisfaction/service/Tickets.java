package org.cxkit.metrics.satisfaction.service;

import java.time.Duration;
import java.time.Instant;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.touchpoint.Channel;

/** Ticket builders for tests. */
final class Tickets {
  private Tickets() {}

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static Ticket.Builder ticket(String id, Instant opened) {
    return Ticket.builder().id(id).customer(CustomerId.of("c-" + id)).category("billing").channel(Channel.EMAIL)
        .openedAt(opened);
  }

  static Instant at(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /**
   * Generates varied valid tickets: answered or not, resolved, reopened and resolved again, or reopened
   * and open, with contacts and reply counts.
   */
  static org.quicktheories.core.Gen<Ticket> tickets() {
    return org.quicktheories.generators.SourceDSL.lists().of(org.quicktheories.generators.SourceDSL.integers().between(0, 5000))
        .ofSize(6).map(c -> {
          Instant opened = at(c.get(0));
          Ticket.Builder b = ticket("g" + c.get(0), opened).contacts(1 + c.get(1) % 3);
          if (c.get(2) % 4 != 0) {
            b.firstResponseAt(opened.plusSeconds(c.get(2) * 7L));
          }
          if (c.get(5) % 5 != 0) {
            b.agentReplies(c.get(5) % 4);
          }
          Instant resolved = opened.plusSeconds(c.get(3) * 11L);
          switch (c.get(4) % 4) {
            case 0:
              break;
            case 1:
              b.addResolutions(resolved);
              break;
            case 2:
              b.addResolutions(resolved, resolved.plusSeconds(c.get(4) * 60L + 120)).addReopenings(resolved.plusSeconds(c.get(4) * 30L));
              break;
            default:
              b.addResolutions(resolved).addReopenings(resolved.plusSeconds(c.get(4) * 13L));
              break;
          }
          return b.build();
        });
  }
}
