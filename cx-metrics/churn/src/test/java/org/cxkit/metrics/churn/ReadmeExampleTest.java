package org.cxkit.metrics.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.core.time.PeriodSeries;
import org.cxkit.core.time.Rate;
import org.cxkit.core.time.TimeScale;
import org.cxkit.metrics.churn.survival.LogRankTest;
import org.cxkit.metrics.churn.survival.SurvivalCurve;
import org.junit.jupiter.api.Test;

/** The README's usage example, run on a random base of two plans, so that the documented code compiles and works. */
class ReadmeExampleTest {

  @Test
  void readmeUsage() {
    List<Subscription> subscriptions = new ArrayList<>();
    for (Subscription s : Subs.random(8, 3000)) {
      String plan = s.id().hashCode() % 2 == 0 ? "pro" : "basic";
      subscriptions.add(Subscription.builder().from(s).product(plan).build());
    }
    Instant now = Instant.parse("2027-12-31T00:00:00Z");

    Currency eur = Currency.getInstance("EUR");
    ZoneId zone = ZoneId.of("Europe/Paris");

    BulkResult<Subscription, PeriodChurn> march =
        PeriodChurn.of(subscriptions, CalendarPeriod.parse("2026-03").toInterval(zone), eur);
    Estimate churn = march.value().churnRate();
    Estimate annual = churn.map(r -> Rate.churn(r, TimeScale.MONTH).per(TimeScale.YEAR).value());
    double nrr = march.value().netRevenueRetention();

    List<Subscription> customers = CustomerTenures.of(subscriptions, eur).value();

    PeriodSeries months36 = PeriodSeries.of(CalendarPeriod.parse("2025-01"), 36, zone);
    CohortTable table = CohortTable.of(customers, months36, now, eur).value();
    Optional<Estimate> m12 = table.pooledRetention(12);
    PeriodSeries quarters = PeriodSeries.covering(Instant.parse("2025-02-10T00:00:00Z"), now, CalendarUnit.QUARTER, zone);
    CohortTable byQuarter = CohortTable.of(customers, quarters, now, eur).value();

    Map<String, SurvivalCurve> byPlan =
        SurvivalCurve.bySegment(subscriptions, Subscription::product, now, ChronoUnit.DAYS).value();
    LogRankTest test = LogRankTest.of(byPlan.get("pro"), byPlan.get("basic"));

    List<PeriodChurn> months =
        PeriodChurn.series(subscriptions, PeriodSeries.of(CalendarPeriod.parse("2026-04"), 12, zone), eur).value();
    ReasonTrend trend = ReasonTrend.of(months, ChurnReason.PRICE);

    // A multi-select exit survey: every tenth departure also ticked "missing feature".
    Map<String, Set<ChurnReason>> survey = new java.util.HashMap<>();
    subscriptions.stream().filter(s -> s.endedAt().isPresent() && s.id().endsWith("7"))
        .forEach(s -> survey.put(s.id(), Set.of(ChurnReason.MISSING_FEATURE)));
    List<PeriodChurn> cited = PeriodChurn.series(subscriptions, PeriodSeries.of(CalendarPeriod.parse("2026-04"), 12,
        zone), eur, Subscriptions.citedReasons(survey)).value();
    ReasonTrend featureTrend = ReasonTrend.of(cited, ChurnReason.MISSING_FEATURE);

    assertEquals(3000, march.givenCount());
    assertTrue(annual.value() >= churn.value());
    assertEquals("2025-Q1", byQuarter.cohorts().get(0).period().label());
    assertTrue(nrr >= 0);
    assertTrue(m12.isPresent() && m12.get().value() >= 0 && m12.get().value() <= 1);
    assertTrue(byPlan.get("pro").medianLifetime().orElse(0) >= 0);
    assertEquals(2, byPlan.size());
    assertTrue(test.pValue() >= 0 && test.pValue() <= 1);
    assertEquals(12, trend.departures().size());
    assertEquals(trend.pValueRising() < 0.05, trend.isRising(0.05));
    assertTrue(featureTrend.departures().equals(trend.departures()));
    // Customers hold one subscription each in this base, so the roll-up changes nothing but ids.
    assertEquals(subscriptions.size(), customers.size());
  }
}
