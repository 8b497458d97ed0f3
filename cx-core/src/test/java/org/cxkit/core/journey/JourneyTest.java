package org.cxkit.core.journey;

import static org.cxkit.core.touchpoint.Fixtures.engagement;
import static org.cxkit.core.touchpoint.Fixtures.exchange;
import static org.cxkit.core.touchpoint.Fixtures.exposure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.core.touchpoint.Touchpoint;
import org.junit.jupiter.api.Test;

class JourneyTest {
  private static final CustomerId ANA = CustomerId.of("ana");

  @Test
  void ordersByTimeThenIdAndOffersItsViews() {
    Touchpoint billboard = exposure("ana", "b", 0);
    Touchpoint chat = exchange("ana", "c", 3600);
    Touchpoint sameTimeChat = exchange("ana", "a", 3600);
    Touchpoint purchase = engagement("ana", "p", 7200);
    Journey j = Journey.of(ANA, List.of(purchase, chat, billboard, sameTimeChat));

    assertEquals(List.of(billboard, sameTimeChat, chat, purchase), j.touchpoints());
    assertEquals(List.of(sameTimeChat, chat, purchase), j.interactions());
    assertEquals(List.of(purchase), j.engagements());
    assertEquals(new Funnel(4, 3, 1), j.funnel());
    assertEquals(Optional.of(Duration.ofHours(2)), j.timeToFirstEngagement());
    assertEquals(Map.of(JourneyStage.PRE_PURCHASE, List.of(billboard, sameTimeChat, chat),
        JourneyStage.PURCHASE, List.of(purchase)), j.byStage());
    assertEquals(List.of(Channel.OUT_OF_HOME, Channel.LIVE_CHAT, Channel.WEB), List.copyOf(j.byChannel().keySet()));
  }

  @Test
  void anEmptyJourneyHasDefinedAnswers() {
    Journey j = Journey.of(ANA, List.of());
    assertEquals(Funnel.EMPTY, j.funnel());
    assertEquals(Optional.empty(), j.start());
    assertEquals(Optional.empty(), j.timeToFirstEngagement());
    assertEquals(OptionalDouble.empty(), j.funnel().interactionRate());
    assertEquals(OptionalDouble.empty(), j.funnel().engagementRate());
  }

  @Test
  void rejectsAnotherCustomersTouchpointAndRepeatedIds() {
    assertEquals("Invalid value for touchpoint customer (must be ana): bo at touchpoint x",
        assertThrows(IllegalArgumentException.class,
            () -> Journey.of(ANA, List.of(exposure("bo", "x", 0)))).getMessage());
    assertEquals("Invalid value for touchpoint id (must be unique in a journey of ana): x appears twice",
        assertThrows(IllegalArgumentException.class,
            () -> Journey.of(ANA, List.of(exposure("ana", "x", 0), exchange("ana", "x", 9)))).getMessage());
  }

  @Test
  void bulkSetsDuplicatesAsideAndKeepsTheFirst() {
    Touchpoint first = exposure("ana", "x", 0);
    Touchpoint again = exchange("ana", "x", 10);
    Touchpoint other = exposure("bo", "x", 5);
    BulkResult<Touchpoint, List<Journey>> r = Journeys.from(List.of(first, other, again));
    assertEquals(2, r.usedCount());
    assertEquals(3, r.givenCount());
    assertEquals(1, r.setAside().size());
    assertEquals(2, r.setAside().get(0).position());
    assertEquals(again, r.setAside().get(0).item());
    assertEquals(List.of(Journey.of(ANA, List.of(first)), Journey.of(CustomerId.of("bo"), List.of(other))), r.value());
  }

  @Test
  void funnelRatesAndRules() {
    Funnel f = new Funnel(10, 4, 1);
    assertEquals(0.4, f.interactionRate().getAsDouble());
    assertEquals(0.25, f.engagementRate().getAsDouble());
    assertEquals(new Funnel(11, 5, 2), f.plus(new Funnel(1, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> new Funnel(1, 2, 0));
    assertThrows(IllegalArgumentException.class, () -> new Funnel(3, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Funnel(3, 1, -1));
  }
}
