package org.cxkit.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.journey.Funnel;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Journeys;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.Commitment;
import org.cxkit.core.touchpoint.Device;
import org.cxkit.core.touchpoint.Engagement;
import org.cxkit.core.touchpoint.Exchange;
import org.cxkit.core.touchpoint.Exposure;
import org.cxkit.core.touchpoint.ExposureSource;
import org.cxkit.core.touchpoint.Initiator;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.core.touchpoint.Team;
import org.cxkit.core.touchpoint.Touchpoint;
import org.cxkit.core.touchpoint.TouchpointKind;

/**
 * Models two journeys straight from the definitions: a shoe shop (a billboard seen, a shoe picked
 * up and felt, a try-on asked for, a purchase) and a SaaS sign-up (an ad impression, a pricing page
 * visit, a chat with sales, a trial, a subscription). Each raw event is classified from its facts,
 * turned into the model, and the journeys are printed with their funnels.
 */
public final class JourneysExample {
  private JourneysExample() {}

  /** What an app's event log knows of an event; {@code cx} classifies it. */
  private record RawEvent(
      String id, String customer, String at, Channel channel, Device device, ExposureSource source,
      JourneyStage stage, Team team, String what, boolean twoWay, Commitment commitment, String value) {}

  /**
   * Prints the two journeys.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<RawEvent> log = new ArrayList<>(List.of(
        new RawEvent("shop-1", "ana", "2026-03-02T08:10:00Z", Channel.OUT_OF_HOME, null, ExposureSource.BRAND,
            JourneyStage.PRE_PURCHASE, Team.MARKETING, "billboard seen from the highway", false, null, null),
        new RawEvent("shop-2", "ana", "2026-03-07T15:00:00Z", Channel.IN_STORE, null, ExposureSource.PRODUCT,
            JourneyStage.PRE_PURCHASE, Team.SALES, "picked the shoe up and felt it", true, null, null),
        new RawEvent("shop-3", "ana", "2026-03-07T15:06:00Z", Channel.IN_STORE, null, ExposureSource.EMPLOYEE,
            JourneyStage.PRE_PURCHASE, Team.SALES, "asked to try them on in size 39", true, Commitment.TRY_ON, null),
        new RawEvent("shop-4", "ana", "2026-03-07T15:20:00Z", Channel.IN_STORE, null, ExposureSource.EMPLOYEE,
            JourneyStage.PURCHASE, Team.SALES, "bought the shoes", true, Commitment.PURCHASE, "EUR 89.00"),
        new RawEvent("saas-1", "acme", "2026-04-01T09:00:00Z", Channel.SOCIAL_MEDIA, Device.MOBILE,
            ExposureSource.MESSAGE, JourneyStage.PRE_PURCHASE, Team.MARKETING, "ad impression", false, null, null),
        new RawEvent("saas-2", "acme", "2026-04-03T10:30:00Z", Channel.WEB, Device.DESKTOP, ExposureSource.PRODUCT,
            JourneyStage.PRE_PURCHASE, Team.MARKETING, "clicked through to the pricing page", true, null, null),
        new RawEvent("saas-3", "acme", "2026-04-03T10:34:00Z", Channel.LIVE_CHAT, Device.DESKTOP,
            ExposureSource.EMPLOYEE, JourneyStage.PRE_PURCHASE, Team.SALES, "chat with sales about seats", true,
            null, null),
        new RawEvent("saas-4", "acme", "2026-04-03T11:02:00Z", Channel.WEB, Device.DESKTOP, ExposureSource.PRODUCT,
            JourneyStage.PRE_PURCHASE, Team.SALES, "signed up for a 14-day trial", true, Commitment.TRIAL_SIGN_UP,
            null),
        new RawEvent("saas-5", "acme", "2026-04-16T16:45:00Z", Channel.IN_PRODUCT, Device.DESKTOP,
            ExposureSource.PRODUCT, JourneyStage.PURCHASE, Team.SALES, "subscribed to the team plan", true,
            Commitment.SUBSCRIPTION, "USD 240.00")));
    // An event log arrives in any order; the journeys do not depend on it.
    Collections.shuffle(log, new Random(7));

    List<Touchpoint> touchpoints = new ArrayList<>();
    for (RawEvent e : log) {
      touchpoints.add(toTouchpoint(e));
    }
    BulkResult<Touchpoint, List<Journey>> journeys = Journeys.from(touchpoints);

    Funnel all = Funnel.EMPTY;
    for (Journey journey : journeys.value()) {
      print(journey);
      all = all.plus(journey.funnel());
    }
    System.out.printf(Locale.ROOT, "All journeys: %s; %d of %d events used, %d set aside%n",
        describe(all), journeys.usedCount(), journeys.givenCount(), journeys.setAside().size());
  }

  private static Touchpoint toTouchpoint(RawEvent e) {
    TouchpointKind kind = TouchpointKind.classify(true, e.twoWay(), e.commitment() != null).orElseThrow();
    CustomerId customer = CustomerId.of(e.customer());
    Instant at = Instant.parse(e.at());
    switch (kind) {
      case EXPOSURE:
        return Exposure.builder().id(e.id()).customer(customer).occurredAt(at).channel(e.channel())
            .device(Optional.ofNullable(e.device())).addSources(e.source()).stage(e.stage())
            .team(e.team()).putAttributes("what", e.what()).build();
      case INTERACTION:
        return Exchange.builder().id(e.id()).customer(customer).occurredAt(at).channel(e.channel())
            .device(Optional.ofNullable(e.device())).addSources(e.source()).stage(e.stage())
            .team(e.team()).initiator(Initiator.CUSTOMER).exchange(e.what()).build();
      case ENGAGEMENT:
        return Engagement.builder().id(e.id()).customer(customer).occurredAt(at).channel(e.channel())
            .device(Optional.ofNullable(e.device())).addSources(e.source()).stage(e.stage())
            .team(e.team()).initiator(Initiator.CUSTOMER).exchange(e.what()).commitment(e.commitment())
            .value(Optional.ofNullable(e.value()).map(Money::parse)).build();
      default:
        throw new AssertionError(kind);
    }
  }

  private static void print(Journey journey) {
    System.out.printf(Locale.ROOT, "Journey of %s%n", journey.customer());
    for (Touchpoint t : journey.touchpoints()) {
      String what = t instanceof Engagement e
          ? e.exchange().orElse("") + " [" + e.commitment() + e.value().map(v -> ", " + v).orElse("") + "]"
          : t instanceof Exchange x ? x.exchange().orElse("") : t.attributes().getOrDefault("what", "");
      System.out.printf(Locale.ROOT, "  %s  %-11s %-13s %-12s %s%n",
          t.occurredAt(), t.kind(), t.channel(), t.stage(), what);
    }
    System.out.printf(Locale.ROOT, "  funnel: %s; first engagement after %s%n%n",
        describe(journey.funnel()), journey.timeToFirstEngagement().map(JourneysExample::human).orElse("never"));
  }

  private static String describe(Funnel f) {
    return f.touchpoints() + " touchpoints > " + f.interactions() + " interactions > "
        + f.engagements() + " engagements";
  }

  private static String human(Duration d) {
    return d.toDays() > 0 ? d.toDays() + " d " + d.toHoursPart() + " h" : d.toHours() + " h " + d.toMinutesPart() + " min";
  }
}
