package org.cxkit.metrics.churn;

import static org.cxkit.metrics.churn.Subs.day;
import static org.cxkit.metrics.churn.Subs.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.Interval;
import org.cxkit.core.time.PeriodSeries;
import org.junit.jupiter.api.Test;

class CustomerTenuresTest {
  static final Currency EUR = Currency.getInstance("EUR");

  /**
   * By hand: customer c holds plan [Jan 1, Mar 1) at 10 and addon [Feb 1, Apr 1) at 5, then returns
   * with plan from May 1 at 12. Tenures: [Jan 1, Apr 1) with 10, 15 from Feb 1, 5 from Mar 1, reason of
   * the addon (ended last); and [May 1, open) at 12.
   */
  @Test
  void overlappingProductsJoinAndAReturnIsANewTenure() {
    List<Subscription> subs = List.of(
        sub("p1", "c", "plan", day(1, 1), day(3, 1), ChurnReason.PRICE, "10"),
        sub("a1", "c", "addon", day(2, 1), day(4, 1), ChurnReason.COMPETITOR, "5"),
        sub("p2", "c", "plan", day(5, 1), null, null, "12"));
    BulkResult<Subscription, List<Subscription>> tenures = CustomerTenures.of(subs, EUR);
    assertEquals(2, tenures.value().size());
    Subscription first = tenures.value().get(0);
    assertEquals("c#1", first.id());
    assertEquals(day(1, 1), first.startedAt());
    assertEquals(day(4, 1), first.endedAt().orElseThrow());
    assertEquals(ChurnReason.COMPETITOR, first.churnReason().orElseThrow());
    assertEquals(List.of(RevenueChange.of(day(1, 1), eur("10")), RevenueChange.of(day(2, 1), eur("15")),
        RevenueChange.of(day(3, 1), eur("5"))), first.revenue());
    Subscription second = tenures.value().get(1);
    assertEquals("c#2", second.id());
    assertTrue(second.endedAt().isEmpty());
    assertEquals(eur("12"), second.revenue().get(0).recurring());
  }

  /** Dropping one product while keeping another is contraction, not churn, at customer level. */
  @Test
  void customerLevelChurnCountsCustomers() {
    List<Subscription> subs = List.of(
        sub("p1", "c", "plan", day(1, 1), day(3, 15), null, "10"),
        sub("a1", "c", "addon", day(1, 1), null, null, "5"),
        sub("p2", "d", "plan", day(1, 1), day(3, 20), ChurnReason.PRICE, "7"));
    Interval march = CalendarPeriod.parse("2026-03").toInterval(ZoneOffset.UTC);
    PeriodChurn bySubscription = PeriodChurn.of(subs, march, EUR).value();
    PeriodChurn byCustomer = PeriodChurn.of(CustomerTenures.of(subs, EUR).value(), march, EUR).value();
    assertEquals(3, bySubscription.atStart());
    assertEquals(2, bySubscription.lost());
    // Customers: c and d at start; only d lost; c's lost plan is 10 of contraction.
    assertEquals(2, byCustomer.atStart());
    assertEquals(1, byCustomer.lost());
    assertEquals(eur("10"), byCustomer.contraction());
    assertEquals(eur("7"), byCustomer.churnedRevenue());
    // Revenue totals agree at both levels.
    assertEquals(bySubscription.startingRevenue(), byCustomer.startingRevenue());
    assertEquals(bySubscription.endingRevenue(), byCustomer.endingRevenue());
  }

  /** Revenue is the same at every level: the roll-up preserves each period's starting and ending revenue. */
  @Test
  void rollUpPreservesRevenueOnRandomPopulations() {
    List<Subscription> subs = new java.util.ArrayList<>(Subs.random(21, 400));
    // Give some customers a second product: reuse customer ids with another product.
    for (int i = 0; i < 100; i++) {
      Subscription s = subs.get(i);
      subs.add(Subscription.builder().from(s).id("x" + i).product("addon").build());
    }
    List<Subscription> tenures = CustomerTenures.of(subs, EUR).value();
    PeriodSeries grid = PeriodSeries.of(CalendarPeriod.parse("2025-01"), 36, ZoneOffset.UTC);
    List<PeriodChurn> a = PeriodChurn.series(subs, grid, EUR).value();
    List<PeriodChurn> b = PeriodChurn.series(tenures, grid, EUR).value();
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).startingRevenue(), b.get(i).startingRevenue(), "period " + i);
      assertTrue(b.get(i).atStart() <= a.get(i).atStart());
    }
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
