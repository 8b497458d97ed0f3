package org.cxkit.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.touchpoint.Fixtures;
import org.cxkit.core.touchpoint.Touchpoint;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The journey invariants, for generated event logs of many customers. */
class JourneyProperties {

  /** Event logs: up to 60 touchpoints of up to 5 customers, ids unique per customer, times colliding often. */
  private static Gen<List<Touchpoint>> logs() {
    Gen<int[]> event = integers().between(0, 4).zip(integers().between(0, 2), integers().between(0, 50),
        (customer, kind, time) -> new int[] {customer, kind, time});
    return lists().of(event).ofSizeBetween(0, 60).map(events -> {
      List<Touchpoint> out = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        int[] e = events.get(i);
        String customer = "c" + e[0];
        String id = "t" + i;
        out.add(e[1] == 0 ? Fixtures.exposure(customer, id, e[2])
            : e[1] == 1 ? Fixtures.exchange(customer, id, e[2]) : Fixtures.engagement(customer, id, e[2]));
      }
      return out;
    });
  }

  @Test
  void anyOrderOfInputGivesTheSameJourneys() {
    qt().forAll(logs(), longs().all()).checkAssert((log, seed) -> {
      List<Touchpoint> shuffled = new ArrayList<>(log);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(Journeys.from(log), Journeys.from(shuffled));
    });
  }

  @Test
  void noTouchpointIsLostOrDuplicated() {
    qt().forAll(logs()).checkAssert(log -> {
      BulkResult<Touchpoint, List<Journey>> r = Journeys.from(log);
      List<Touchpoint> all = new ArrayList<>();
      r.value().forEach(j -> all.addAll(j.touchpoints()));
      assertEquals(log.size(), all.size());
      assertEquals(new HashSet<>(log), new HashSet<>(all));
      assertEquals(log.size(), r.usedCount());
      assertTrue(r.setAside().isEmpty());
    });
  }

  @Test
  void eachJourneyIsOneCustomerInTimeOrder() {
    qt().forAll(logs()).checkAssert(log -> {
      Set<Object> customers = new HashSet<>();
      for (Journey j : Journeys.from(log).value()) {
        assertTrue(customers.add(j.customer()), "one journey per customer");
        for (int i = 1; i < j.touchpoints().size(); i++) {
          assertTrue(!j.touchpoints().get(i).occurredAt().isBefore(j.touchpoints().get(i - 1).occurredAt()));
        }
        j.touchpoints().forEach(t -> assertEquals(j.customer(), t.customer()));
      }
    });
  }

  @Test
  void funnelCountsNestAndAddUp() {
    qt().forAll(logs()).checkAssert(log -> {
      Funnel pooled = Funnel.EMPTY;
      for (Journey j : Journeys.from(log).value()) {
        Funnel f = j.funnel();
        assertTrue(f.engagements() <= f.interactions() && f.interactions() <= f.touchpoints());
        assertEquals(j.engagements().size(), f.engagements());
        pooled = pooled.plus(f);
      }
      assertEquals(Funnel.of(log), pooled);
    });
  }

  @Test
  void duplicatesInBulkAreCountedNeverLost() {
    qt().forAll(logs()).checkAssert(log -> {
      List<Touchpoint> doubled = new ArrayList<>(log);
      doubled.addAll(log);
      BulkResult<Touchpoint, List<Journey>> r = Journeys.from(doubled);
      assertEquals(doubled.size(), r.givenCount());
      assertEquals(log.size(), r.setAside().size());
      assertEquals(Journeys.from(log).value(), r.value());
    });
  }
}
