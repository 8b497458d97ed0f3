package org.cxkit.metrics.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
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
        PeriodChurn.of(subscriptions, ReportingPeriod.of(YearMonth.of(2026, 3), zone), eur);
    Estimate churn = march.value().churnRate();
    double annual = ChurnRates.monthlyToAnnual(churn.value());
    double nrr = march.value().netRevenueRetention();

    List<Subscription> customers = CustomerTenures.of(subscriptions, eur).value();

    PeriodGrid grid = PeriodGrid.monthly(YearMonth.of(2025, 1), 36, zone);
    CohortTable table = CohortTable.of(customers, grid, now, eur).value();
    Optional<Estimate> m12 = table.pooledRetention(12, 0.95);

    Map<String, SurvivalCurve> byPlan =
        SurvivalCurve.bySegment(subscriptions, Subscription::product, now, ChronoUnit.DAYS).value();
    LogRankTest test = LogRankTest.of(byPlan.get("pro"), byPlan.get("basic"));

    List<PeriodChurn> months =
        PeriodChurn.series(subscriptions, PeriodGrid.monthly(YearMonth.of(2026, 4), 12, zone), eur).value();
    ReasonTrend trend = ReasonTrend.of(months, ChurnReason.PRICE);

    assertEquals(3000, march.givenCount());
    assertTrue(annual >= churn.value());
    assertTrue(nrr >= 0);
    assertTrue(m12.isPresent() && m12.get().value() >= 0 && m12.get().value() <= 1);
    assertTrue(byPlan.get("pro").medianLifetime().orElse(0) >= 0);
    assertEquals(2, byPlan.size());
    assertTrue(test.pValue() >= 0 && test.pValue() <= 1);
    assertEquals(12, trend.departures().size());
    assertEquals(trend.test().pValueRising() < 0.05, trend.isRising(0.05));
    // Customers hold one subscription each in this base, so the roll-up changes nothing but ids.
    assertEquals(subscriptions.size(), customers.size());
  }
}
