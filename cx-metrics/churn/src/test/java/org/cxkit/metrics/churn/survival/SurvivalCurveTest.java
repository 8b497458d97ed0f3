package org.cxkit.metrics.churn.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.result.BulkResult;
import org.cxkit.metrics.churn.Subs;
import org.junit.jupiter.api.Test;

class SurvivalCurveTest {

  /**
   * By hand: tenures 1, 2+, 3, 3, 4+, 5. At 1: 6 at risk, 1 churns, S = 5/6. At 3: 4 at risk (2+ left),
   * 2 churn, S = 5/6 * 2/4 = 5/12. At 5: 1 at risk, 1 churns, S = 0. Greenwood at 3:
   * g = 1/(6*5) + 2/(4*2) = 1/30 + 1/4 = 17/60; se = 5/12 * sqrt(17/60).
   */
  @Test
  void handExampleWithCensoring() {
    SurvivalCurve curve = SurvivalCurve.of(List.of(Tenure.churned(1), Tenure.censored(2), Tenure.churned(3),
        Tenure.churned(3), Tenure.censored(4), Tenure.churned(5)));
    List<SurvivalCurve.Step> steps = curve.steps();
    assertEquals(3, steps.size());
    assertEquals(5.0 / 6, steps.get(0).survival(), 1e-15);
    assertEquals(4, steps.get(1).atRisk());
    assertEquals(5.0 / 12, steps.get(1).survival(), 1e-15);
    assertEquals(5.0 / 12 * Math.sqrt(17.0 / 60), steps.get(1).standardError(), 1e-15);
    assertEquals(0, steps.get(2).survival(), 0);
    // The curve first reaches 1/2 or less at 3 (5/12).
    assertEquals(3, curve.medianLifetime().getAsDouble(), 0);
    assertEquals(6, curve.count());
    assertEquals(2, curve.censoredCount());
    // Restricted mean to 5: 1(1) + 2(5/6) + 2(5/12) = 1 + 5/3 + 5/6 = 3.5.
    assertEquals(3.5, curve.restrictedMeanLifetime(5).value(), 1e-14);
  }

  /** Censoring at a churn time: the censored one is still at risk then (n = 2 at t = 1, not 1). */
  @Test
  void churnPrecedesCensoringAtATie() {
    SurvivalCurve curve = SurvivalCurve.of(List.of(Tenure.churned(1), Tenure.censored(1)));
    assertEquals(2, curve.steps().get(0).atRisk());
    assertEquals(0.5, curve.survivalAt(1).value(), 0);
    assertEquals(1, curve.medianLifetime().getAsDouble(), 0);
  }

  @Test
  void medianNotReachedAndOutOfRangeAges() {
    SurvivalCurve curve = SurvivalCurve.of(List.of(Tenure.churned(2), Tenure.censored(3), Tenure.censored(4)));
    assertTrue(curve.medianLifetime().isEmpty());
    assertTrue(curve.toString().contains("median=not reached"), curve.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> curve.survivalAt(4.5));
    assertEquals("Invalid value for age (valid values 0.0 - 4.0): 4.5", e.getMessage());
    assertThrows(IllegalStateException.class, () -> SurvivalCurve.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> Tenure.churned(-1));
    assertThrows(IllegalArgumentException.class, () -> Tenure.censored(Double.NaN));
  }

  @Test
  void subscriptionsBecomeTenuresAsOfAnInstant() {
    Instant asOf = Instant.parse("2026-03-01T00:00:00Z");
    Subscription ended = Subs.sub("a", Subs.day(1, 1), Subs.day(1, 31), "10");
    Subscription endsLater = Subs.sub("b", Subs.day(1, 1), Subs.day(6, 1), "10");
    Subscription active = Subs.sub("c", Subs.day(2, 1), null, "10");
    assertEquals(Tenure.churned(30), Tenure.of(ended, asOf, ChronoUnit.DAYS));
    // An end after asOf is not known yet: censored at asOf (59 days).
    assertEquals(Tenure.censored(59), Tenure.of(endsLater, asOf, ChronoUnit.DAYS));
    assertEquals(Tenure.censored(28), Tenure.of(active, asOf, ChronoUnit.DAYS));
    Subscription future = Subs.sub("d", asOf, null, "10");
    assertThrows(IllegalArgumentException.class, () -> Tenure.of(future, asOf, ChronoUnit.DAYS));
    BulkResult<Subscription, SurvivalCurve> bulk = SurvivalCurve.of(List.of(ended, future, endsLater, active), asOf,
        ChronoUnit.DAYS);
    assertEquals(3, bulk.usedCount());
    assertEquals(1, bulk.setAside().get(0).position());
    assertEquals(1, bulk.value().churnCount());
  }

  @Test
  void segmentsGetTheirOwnCurves() {
    Instant asOf = Instant.parse("2028-01-01T00:00:00Z");
    List<Subscription> population = Subs.random(3, 600);
    BulkResult<Subscription, Map<Boolean, SurvivalCurve>> bySegment = SurvivalCurve.bySegment(population,
        s -> s.revenue().get(0).recurring().amount().signum() == 0, asOf, ChronoUnit.DAYS);
    assertEquals(600, bySegment.usedCount());
    Map<Boolean, SurvivalCurve> viaCollector = population.stream().collect(Collectors.groupingBy(
        s -> s.revenue().get(0).recurring().amount().signum() == 0,
        Collectors.mapping(s -> Tenure.of(s, asOf, ChronoUnit.DAYS), SurvivalCurve.toSurvivalCurve())));
    assertEquals(viaCollector, bySegment.value());
    assertEquals(600, bySegment.value().values().stream().mapToLong(SurvivalCurve::count).sum());
  }

  /** A segment whose only subscription is set aside has no curve (and does not break the others). */
  @Test
  void aSegmentWithNothingUsableIsLeftOut() {
    Instant asOf = Instant.parse("2026-03-01T00:00:00Z");
    Subscription used = Subs.sub("a", Subs.day(1, 1), null, "10");
    Subscription future = Subs.sub("b", asOf, null, "10");
    BulkResult<Subscription, Map<String, SurvivalCurve>> bySegment =
        SurvivalCurve.bySegment(List.of(used, future), Subscription::id, asOf, ChronoUnit.DAYS);
    assertEquals(List.of("a"), List.copyOf(bySegment.value().keySet()));
    assertEquals(1, bySegment.setAside().size());
    // A bad unit is refused outright, not set aside item by item.
    assertThrows(IllegalArgumentException.class,
        () -> SurvivalCurve.bySegment(List.of(used), Subscription::id, asOf, ChronoUnit.FOREVER));
  }

  @Test
  void logRankNeedsSomethingToCompare() {
    SurvivalCurve none = SurvivalCurve.of(List.of(Tenure.censored(3)));
    assertThrows(IllegalStateException.class, () -> LogRankTest.of(none, none));
    // Identical samples: chi-square 0, p-value 1.
    SurvivalCurve a = SurvivalCurve.of(List.of(Tenure.churned(1), Tenure.churned(2), Tenure.censored(3)));
    LogRankTest same = LogRankTest.of(a, a);
    assertEquals(0, same.chiSquare(), 1e-15);
    assertEquals(1, same.pValue(), 1e-12);
    assertFalse(same.pValue() < 0.05);
  }
}
