package org.cxkit.core.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.touchpoint.Channel;
import org.junit.jupiter.api.Test;

class TicketTest {
  private static final Instant OPENED = Instant.parse("2026-05-04T09:00:00Z");

  private static Ticket.Builder ticket() {
    return Ticket.builder().id("T-1").customer(CustomerId.of("c")).category("billing")
        .channel(Channel.EMAIL).openedAt(OPENED);
  }

  private static Instant at(long minutes) {
    return OPENED.plusSeconds(60 * minutes);
  }

  @Test
  void aNewTicketIsOpen() {
    Ticket t = ticket().build();
    assertTrue(t.isOpen());
    assertEquals(Optional.empty(), t.firstResolvedAt());
    assertEquals(Optional.empty(), t.finalResolvedAt());
    assertEquals(1, t.contacts());
    assertEquals(0, t.reopenCount());
  }

  @Test
  void reopenedAndResolvedAgainHasFirstAndFinalResolutions() {
    Ticket t = ticket().firstResponseAt(at(10)).addResolutions(at(60), at(300)).addReopenings(at(120))
        .contacts(2).build();
    assertFalse(t.isOpen());
    assertEquals(Optional.of(at(60)), t.firstResolvedAt());
    assertEquals(Optional.of(at(300)), t.finalResolvedAt());
    assertEquals(1, t.reopenCount());
  }

  @Test
  void reopenedAndNotYetResolvedIsOpen() {
    Ticket t = ticket().addResolutions(at(60)).addReopenings(at(120)).build();
    assertTrue(t.isOpen());
    assertEquals(Optional.of(at(60)), t.firstResolvedAt());
    assertEquals(Optional.empty(), t.finalResolvedAt());
  }

  @Test
  void nothingHappensBeforeTheOpening() {
    assertEquals("Invalid value for firstResponseAt (must not be before openedAt 2026-05-04T09:00:00Z): "
            + "2026-05-04T08:59:00Z",
        assertThrows(IllegalArgumentException.class, () -> ticket().firstResponseAt(at(-1)).build()).getMessage());
    assertEquals("Invalid value for resolutions[0] (must not be before openedAt 2026-05-04T09:00:00Z): "
            + "2026-05-04T08:00:00Z",
        assertThrows(IllegalArgumentException.class, () -> ticket().addResolutions(at(-60)).build()).getMessage());
  }

  @Test
  void resolutionsAndReopeningsAlternate() {
    assertThrows(IllegalArgumentException.class, () -> ticket().addReopenings(at(5)).build());
    assertThrows(IllegalArgumentException.class,
        () -> ticket().addResolutions(at(60)).addReopenings(at(30)).build());
    assertThrows(IllegalArgumentException.class,
        () -> ticket().addResolutions(at(60), at(90)).addReopenings(at(120)).build());
    assertThrows(IllegalArgumentException.class,
        () -> ticket().addResolutions(at(60)).addReopenings(at(70), at(80)).build());
  }

  @Test
  void countsAndLabelsAreChecked() {
    assertEquals("Invalid value for contacts (must be at least 1): 0",
        assertThrows(IllegalArgumentException.class, () -> ticket().contacts(0).build()).getMessage());
    assertEquals("Invalid value for agentReplies (must be at least 0): -2",
        assertThrows(IllegalArgumentException.class, () -> ticket().agentReplies(-2).build()).getMessage());
    assertEquals("Invalid value for category (must not be blank): \"\"",
        assertThrows(IllegalArgumentException.class, () -> ticket().category("").build()).getMessage());
  }
}
