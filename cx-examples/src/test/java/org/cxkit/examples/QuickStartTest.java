package org.cxkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.journey.Funnel;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Journeys;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.Commitment;
import org.cxkit.core.touchpoint.Engagement;
import org.cxkit.core.touchpoint.Exposure;
import org.cxkit.core.touchpoint.ExposureSource;
import org.cxkit.core.touchpoint.Initiator;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.core.touchpoint.Team;
import org.cxkit.core.touchpoint.Touchpoint;
import org.junit.jupiter.api.Test;

/** README's quick start, line for line, so that it keeps compiling and its comments stay true. */
class QuickStartTest {

  @Test
  void theQuickStartDoesWhatReadmeSays() {
    CustomerId ana = CustomerId.of("ana");
    Touchpoint billboard = Exposure.builder().id("t1").customer(ana).occurredAt(Instant.parse("2026-03-02T08:10:00Z"))
        .channel(Channel.OUT_OF_HOME).addSources(ExposureSource.BRAND).stage(JourneyStage.PRE_PURCHASE).team(Team.MARKETING).build();
    Touchpoint purchase = Engagement.builder().id("t2").customer(ana).occurredAt(Instant.parse("2026-03-07T15:20:00Z"))
        .channel(Channel.IN_STORE).stage(JourneyStage.PURCHASE).team(Team.SALES).initiator(Initiator.CUSTOMER)
        .commitment(Commitment.PURCHASE).value(Money.of("89.00", "EUR")).build();

    BulkResult<Touchpoint, List<Journey>> journeys = Journeys.from(List.of(purchase, billboard)); // any order
    Journey journey = journeys.value().get(0);

    // 5 days 7 h 10 min from the billboard to the purchase, worked out from the two instants.
    assertEquals(new Funnel(2, 1, 1), journey.funnel());
    assertEquals("Funnel[touchpoints=2, interactions=1, engagements=1]", journey.funnel().toString());
    assertEquals(Optional.of(Duration.ofHours(127).plusMinutes(10)), journey.timeToFirstEngagement());
    assertEquals("Optional[PT127H10M]", journey.timeToFirstEngagement().toString());
  }
}
