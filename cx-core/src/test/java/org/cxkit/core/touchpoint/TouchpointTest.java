package org.cxkit.core.touchpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;
import org.junit.jupiter.api.Test;

class TouchpointTest {

  private static String describe(Touchpoint t) {
    return t.kind().name();
  }

  private static String describe(Interaction i) {
    return "two-way " + i.kind().name();
  }

  @Test
  void anEngagementIsAnInteractionIsATouchpoint() {
    Engagement purchase = Fixtures.engagement("c", "e", 0);
    Interaction asInteraction = purchase;
    Touchpoint asTouchpoint = purchase;
    assertEquals("two-way ENGAGEMENT", describe(asInteraction));
    assertEquals("ENGAGEMENT", describe(asTouchpoint));
    assertTrue(Interaction.class.isAssignableFrom(Engagement.class));
    assertTrue(Touchpoint.class.isAssignableFrom(Interaction.class));
  }

  @Test
  void notEveryTouchpointIsAnInteractionNorEveryInteractionAnEngagement() {
    assertFalse(Interaction.class.isAssignableFrom(Exposure.class));
    assertFalse(Engagement.class.isAssignableFrom(Exchange.class));
    // `exposure instanceof Interaction` does not even compile: the types know it cannot be.
    Touchpoint billboard = Fixtures.exposure("c", "x", 0);
    assertFalse(billboard instanceof Interaction);
  }

  @Test
  void theKindsAreClosed() {
    assertArrayEquals(new Class<?>[] {Exposure.class, Interaction.class}, Touchpoint.class.getPermittedSubclasses());
    assertArrayEquals(new Class<?>[] {Exchange.class, Engagement.class}, Interaction.class.getPermittedSubclasses());
  }

  @Test
  void eachLeafReportsItsMostSpecificKind() {
    assertEquals(TouchpointKind.EXPOSURE, Fixtures.exposure("c", "1", 0).kind());
    assertEquals(TouchpointKind.INTERACTION, Fixtures.exchange("c", "2", 0).kind());
    assertEquals(TouchpointKind.ENGAGEMENT, Fixtures.engagement("c", "3", 0).kind());
  }

  @Test
  void valuesCompareByValue() {
    assertEquals(Fixtures.engagement("c", "e", 5), Fixtures.engagement("c", "e", 5));
    assertEquals(Fixtures.engagement("c", "e", 5).hashCode(), Fixtures.engagement("c", "e", 5).hashCode());
    assertNotEquals(Fixtures.engagement("c", "e", 5), Fixtures.engagement("c", "e", 6));
    assertTrue(Fixtures.exchange("c", "x", 0).toString().startsWith("Exchange{id=x"));
  }

  @Test
  void invalidFieldsAreRejectedByName() {
    assertEquals("Invalid value for id (must not be blank): \" \"",
        assertThrows(IllegalArgumentException.class, () -> Exposure.builder().id(" ")
            .customer(CustomerId.of("c")).occurredAt(Instant.EPOCH).channel(Channel.WEB)
            .stage(JourneyStage.EXIT).team(Team.SUPPORT).build()).getMessage());
    assertEquals("Invalid value for duration (must not be negative): PT-1S",
        assertThrows(IllegalArgumentException.class, () -> Exchange.builder().id("x")
            .customer(CustomerId.of("c")).occurredAt(Instant.EPOCH).channel(Channel.PHONE)
            .stage(JourneyStage.POST_PURCHASE).team(Team.SUPPORT).initiator(Initiator.COMPANY)
            .duration(Duration.ofSeconds(-1)).build()).getMessage());
    assertEquals("Invalid value for value (must not be negative): -1",
        assertThrows(IllegalArgumentException.class, () -> Engagement.builder().id("x")
            .customer(CustomerId.of("c")).occurredAt(Instant.EPOCH).channel(Channel.WEB)
            .stage(JourneyStage.PURCHASE).team(Team.SALES).initiator(Initiator.CUSTOMER)
            .commitment(Commitment.PURCHASE).value(Money.of("-1", "EUR")).build()).getMessage());
    assertEquals("Invalid value for attribute name (must not be blank): \"\"",
        assertThrows(IllegalArgumentException.class, () -> Exposure.builder().id("x")
            .customer(CustomerId.of("c")).occurredAt(Instant.EPOCH).channel(Channel.WEB)
            .stage(JourneyStage.EXIT).team(Team.SUPPORT).putAttributes("", "v").build()).getMessage());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Engagement.builder().id("x").customer(CustomerId.of("c")).build());
    assertTrue(missing.getMessage().contains("commitment"), missing.getMessage());
  }

  @Test
  void openVocabulariesAcceptUsersOwnValues() {
    assertEquals(Channel.WEB, Channel.of("web"));
    assertEquals("kiosk", Channel.of("kiosk").toString());
    assertEquals(Team.of("billing"), Team.of("billing"));
    assertEquals(Commitment.of("referral"), Commitment.of("referral"));
    assertEquals("Invalid value for channel (must not be blank): \"\"",
        assertThrows(IllegalArgumentException.class, () -> Channel.of("")).getMessage());
    assertEquals("Invalid value for commitment (must not be blank): \"  \"",
        assertThrows(IllegalArgumentException.class, () -> Commitment.of("  ")).getMessage());
  }

  @Test
  void optionalFieldsAreAbsentUnlessSet() {
    Exchange x = Fixtures.exchange("c", "x", 0);
    assertEquals(Optional.empty(), x.device());
    assertEquals(Optional.empty(), x.duration());
    assertTrue(x.attributes().isEmpty());
  }
}
