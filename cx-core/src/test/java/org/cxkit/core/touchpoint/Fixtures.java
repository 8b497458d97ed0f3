package org.cxkit.core.touchpoint;

import java.time.Instant;
import org.cxkit.core.customer.CustomerId;

/** Minimal valid touchpoints for tests. */
public final class Fixtures {
  private Fixtures() {}

  public static Exposure exposure(String customer, String id, long epochSecond) {
    return Exposure.builder().id(id).customer(CustomerId.of(customer))
        .occurredAt(Instant.ofEpochSecond(epochSecond)).channel(Channel.OUT_OF_HOME)
        .stage(JourneyStage.PRE_PURCHASE).team(Team.MARKETING).addSources(ExposureSource.BRAND).build();
  }

  public static Exchange exchange(String customer, String id, long epochSecond) {
    return Exchange.builder().id(id).customer(CustomerId.of(customer))
        .occurredAt(Instant.ofEpochSecond(epochSecond)).channel(Channel.LIVE_CHAT)
        .stage(JourneyStage.PRE_PURCHASE).team(Team.SALES).initiator(Initiator.CUSTOMER).build();
  }

  public static Engagement engagement(String customer, String id, long epochSecond) {
    return Engagement.builder().id(id).customer(CustomerId.of(customer))
        .occurredAt(Instant.ofEpochSecond(epochSecond)).channel(Channel.WEB)
        .stage(JourneyStage.PURCHASE).team(Team.SALES).initiator(Initiator.CUSTOMER)
        .commitment(Commitment.PURCHASE).build();
  }
}
