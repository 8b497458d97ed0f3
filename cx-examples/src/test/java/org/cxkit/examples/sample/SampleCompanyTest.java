package org.cxkit.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.customer.Customer;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.experience.Episode;
import org.cxkit.core.feedback.SurveyResponse;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Journeys;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.Touchpoint;
import org.junit.jupiter.api.Test;

class SampleCompanyTest {
  private static final SampleCompany.Parameters SMALL = SampleCompany.Parameters.defaults().withCustomers(150);

  @Test
  void theSameSeedGivesEqualDataAndAnotherSeedOtherData() {
    SampleData a = SampleCompany.generate(SMALL.withSeed(7));
    assertEquals(a, SampleCompany.generate(SMALL.withSeed(7)));
    assertNotEquals(a, SampleCompany.generate(SMALL.withSeed(8)));
  }

  @Test
  void everythingRefersToKnownCustomersAndTouchpointsAndLiesInTheWindow() {
    SampleData data = SampleCompany.generate(SMALL.withSeed(11));
    Instant end = SMALL.end();
    Set<CustomerId> customers = new HashSet<>();
    data.customers().forEach(c -> assertTrue(customers.add(c.id()), "repeated " + c.id()));
    Map<String, Touchpoint> touchpoints = new HashMap<>();
    for (Touchpoint t : data.touchpoints()) {
      assertTrue(customers.contains(t.customer()));
      assertTrue(t.occurredAt().isBefore(end), t.toString());
      assertEquals(null, touchpoints.put(t.id(), t), "repeated " + t.id());
    }
    for (SurveyResponse r : data.responses()) {
      assertTrue(customers.contains(r.customer()));
      assertTrue(r.answeredAt().isBefore(end));
      r.touchpointId().ifPresent(id -> {
        Touchpoint t = touchpoints.get(id);
        assertEquals(r.customer(), t.customer());
        assertEquals(r.channel().orElseThrow(), t.channel());
        assertEquals(r.team().orElseThrow(), t.team());
        assertEquals(r.stage().orElseThrow(), t.stage());
        assertTrue(r.answeredAt().isAfter(t.occurredAt()));
      });
    }
    Set<String> ticketIds = new HashSet<>();
    for (Ticket t : data.tickets()) {
      assertTrue(customers.contains(t.customer()));
      assertTrue(ticketIds.add(t.id()));
      t.resolutions().forEach(at -> assertTrue(at.isBefore(end)));
    }
    data.purchases().forEach(p -> assertTrue(customers.contains(p.customer()) && p.purchasedAt().isBefore(end)));
    assertEquals(data.customers().size(), data.subscriptions().size());
    for (Subscription s : data.subscriptions()) {
      assertTrue(customers.contains(s.customer()));
      s.endedAt().ifPresent(at -> assertTrue(at.isBefore(end)));
    }
    Map<String, Integer> points = new HashMap<>();
    for (ServqualAnswer a : data.servqual()) {
      assertTrue(customers.contains(a.customer()));
      assertTrue(a.adequate() <= a.desired(), a.toString());
      points.merge(a.customer() + " " + a.answeredAt(), a.importance(), Integer::sum);
    }
    points.values().forEach(sum -> assertEquals(100, sum));
  }

  @Test
  void journeysAndEpisodesBuildFromTheData() {
    SampleData data = SampleCompany.generate(SMALL.withSeed(12));
    BulkResult<Touchpoint, List<Journey>> journeys = Journeys.from(data.touchpoints());
    assertEquals(List.of(), journeys.setAside());
    assertEquals(data.customers().size(), journeys.value().size());
    for (Customer c : data.customers()) {
      assertTrue(c.signUpDate().isPresent() && c.acquisitionChannel().isPresent());
    }
    // SERVQUAL answers are cx-core expectations and perceptions; an episode holds them.
    ServqualAnswer a = data.servqual().get(0);
    Touchpoint any = data.touchpoints().stream().filter(t -> t.customer().equals(a.customer())).findFirst().orElseThrow();
    Episode episode = Episode.builder().touchpoint(any).addExpectations(a.desiredExpectation(), a.adequateExpectation())
        .addPerceptions(a.perception()).build();
    assertEquals(a.perceived(), episode.perception(a.dimension()).orElseThrow().score());
  }

  @Test
  void theDataCoverEveryKindAndTheChannelsAsked() {
    SampleData data = SampleCompany.generate(SMALL.withSeed(13));
    Set<Channel> channels = new HashSet<>();
    data.touchpoints().forEach(t -> channels.add(t.channel()));
    assertTrue(channels.containsAll(List.of(Channel.WEB, Channel.MOBILE_APP, Channel.EMAIL, Channel.LIVE_CHAT,
        Channel.PHONE, Channel.EVENT)), channels.toString());
    assertTrue(data.tickets().stream().anyMatch(t -> t.reopenCount() > 0));
    assertTrue(data.subscriptions().stream().anyMatch(s -> s.revenue().size() > 1));
    assertTrue(data.subscriptions().stream().anyMatch(s -> s.churnReason().isPresent()));
    assertTrue(!data.npsResponses().isEmpty() && !data.csatResponses().isEmpty() && !data.cesResponses().isEmpty());
  }

  @Test
  void badParametersAreRejectedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SMALL.withCustomers(0));
    assertEquals("Invalid value for customers (must be at least 1): 0", e.getMessage());
  }
}
