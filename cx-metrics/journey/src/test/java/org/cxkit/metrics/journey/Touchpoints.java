package org.cxkit.metrics.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.money.Money;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.Commitment;
import org.cxkit.core.touchpoint.Engagement;
import org.cxkit.core.touchpoint.Exchange;
import org.cxkit.core.touchpoint.Exposure;
import org.cxkit.core.touchpoint.Initiator;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.core.touchpoint.Team;
import org.cxkit.core.touchpoint.Touchpoint;

/** Builds test journeys touchpoint by touchpoint, a day apart unless told otherwise. */
public final class Touchpoints {
  /** Day 0 of every test journey. */
  public static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private final CustomerId customer;
  private final List<Touchpoint> touchpoints = new ArrayList<>();

  private Touchpoints(String customer) {
    this.customer = CustomerId.of(customer);
  }

  /** Starts a journey of a customer. */
  public static Touchpoints of(String customer) {
    return new Touchpoints(customer);
  }

  /** The instant {@code days} after {@link #T0}. */
  public static Instant day(double days) {
    return T0.plus(Duration.ofSeconds(Math.round(days * 86_400)));
  }

  private String nextId() {
    return "t" + touchpoints.size();
  }

  /** An exposure on a channel, in a stage, on a day. */
  public Touchpoints exposure(String channel, JourneyStage stage, double day) {
    touchpoints.add(Exposure.builder().id(nextId()).customer(customer).occurredAt(day(day))
        .channel(Channel.of(channel)).stage(stage).team(Team.MARKETING).build());
    return this;
  }

  /** An exposure in pre-purchase. */
  public Touchpoints exposure(String channel, double day) {
    return exposure(channel, JourneyStage.PRE_PURCHASE, day);
  }

  /** An exchange (an interaction without commitment). */
  public Touchpoints exchange(String channel, JourneyStage stage, double day) {
    touchpoints.add(Exchange.builder().id(nextId()).customer(customer).occurredAt(day(day))
        .channel(Channel.of(channel)).stage(stage).team(Team.SALES).initiator(Initiator.CUSTOMER).build());
    return this;
  }

  /** An engagement with a commitment and an optional value such as {@code "EUR 12.50"}. */
  public Touchpoints engagement(String channel, JourneyStage stage, double day, Commitment commitment, String value) {
    Engagement.Builder b = Engagement.builder();
    b.id(nextId()).customer(customer).occurredAt(day(day)).channel(Channel.of(channel)).stage(stage)
        .team(Team.SALES).initiator(Initiator.CUSTOMER).commitment(commitment);
    if (value != null) {
      b.value(Money.parse(value));
    }
    touchpoints.add(b.build());
    return this;
  }

  /** A purchase in the purchase stage. */
  public Touchpoints purchase(String channel, double day, String value) {
    return engagement(channel, JourneyStage.PURCHASE, day, Commitment.PURCHASE, value);
  }

  /** The journey. */
  public Journey journey() {
    return Journey.of(customer, touchpoints);
  }
}
