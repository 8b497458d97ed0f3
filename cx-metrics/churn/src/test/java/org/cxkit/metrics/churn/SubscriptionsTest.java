package org.cxkit.metrics.churn;

import static org.cxkit.metrics.churn.Subs.day;
import static org.cxkit.metrics.churn.Subs.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.PeriodSeries;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {
  static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void overlapsRepeatedIdsAndOtherCurrenciesAreSetAsideWithTheReason() {
    Subscription first = sub("1", "c", "plan", day(1, 1), day(3, 1), null, "10");
    Subscription renewal = sub("2", "c", "plan", day(3, 1), null, null, "10");
    Subscription overlapping = sub("3", "c", "plan", day(2, 1), day(2, 15), null, "10");
    Subscription otherProduct = sub("4", "c", "addon", day(2, 1), null, null, "10");
    Subscription repeatedId = sub("1", "d", "plan", day(1, 1), null, null, "10");
    Subscription dollars = Subscription.builder().id("5").customer(CustomerId.of("e")).product("plan")
        .startedAt(day(1, 1)).addRevenue(RevenueChange.of(day(1, 1), Money.of("1", "USD"))).build();
    BulkResult<Subscription, List<Subscription>> screened = Subscriptions.screen(
        List.of(overlapping, first, renewal, otherProduct, repeatedId, dollars), EUR);
    assertEquals(List.of(first, renewal, otherProduct), screened.value());
    assertEquals(6, screened.givenCount());
    assertEquals(List.of(0L, 4L, 5L), screened.setAside().stream().map(s -> s.position()).toList());
    assertEquals("Invalid value for startedAt (must not be before 2026-03-01T00:00:00Z of subscription 1 of the same "
        + "customer c and product plan, a subscription never overlaps itself): 2026-02-01T00:00:00Z",
        screened.setAside().get(0).reason().message());
    assertEquals("Invalid value for id (must be unique, already used at position 1): 1",
        screened.setAside().get(1).reason().message());
    assertEquals("Invalid value for currency (expected EUR, currencies are never mixed): USD",
        screened.setAside().get(2).reason().message());
    // Counted by code, whatever the values in the messages.
    assertEquals(List.of(Subscriptions.OVERLAP, ReasonCode.DUPLICATE, ReasonCode.CURRENCY_MISMATCH),
        screened.setAside().stream().map(s -> s.code()).toList());
    assertEquals("overlap", Subscriptions.OVERLAP.name());
    assertEquals("startedAt", screened.setAside().get(0).reason().field());
  }

  @Test
  void anOpenSubscriptionOverlapsEverythingAfterIt() {
    Subscription open = sub("1", "c", "plan", day(1, 1), null, null, "10");
    Subscription later = sub("2", "c", "plan", day(5, 1), day(6, 1), null, "10");
    assertTrue(Subscriptions.overlap(open, later));
    assertTrue(Subscriptions.overlap(later, open));
    assertFalse(Subscriptions.overlap(sub("3", "c", "plan", day(1, 1), day(5, 1), null, "1"), later));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Subscriptions.requireValid(List.of(open, later), EUR));
    assertTrue(e.getMessage().endsWith("(subscription 2 at position 1)"), e.getMessage());
    assertEquals(Subscriptions.OVERLAP, ((org.cxkit.core.result.InvalidValueException) e).code());
  }

  /** Rules a single subscription checks are cx-core's: they never reach this module. */
  @Test
  void coreRejectsEndBeforeStartAndNegativeRevenue() {
    assertThrows(IllegalArgumentException.class, () -> sub("x", day(2, 1), day(1, 1), "10"));
    assertThrows(IllegalArgumentException.class, () -> sub("x", day(1, 1), null, "-1"));
  }

  /** The half-open boundaries every figure of this module relies on, as cx-core's series gives them. */
  @Test
  void seriesLocatesInstantsOnBoundaries() {
    PeriodSeries grid = PeriodSeries.of(CalendarPeriod.parse("2026-01"), 3, ZoneOffset.UTC);
    assertEquals(-1, grid.indexOf(day(1, 1).minusNanos(1)));
    assertEquals(0, grid.indexOf(day(1, 1)));
    assertEquals(0, grid.indexOf(day(2, 1).minusNanos(1)));
    assertEquals(1, grid.indexOf(day(2, 1)));
    assertEquals(3, grid.indexOf(day(4, 1)));
    assertEquals(day(4, 1), grid.start(3));
    // A calendar period starts on its first day: no "month" from the 15th.
    assertThrows(IllegalArgumentException.class, () -> CalendarPeriod.of(java.time.LocalDate.of(2026, 1, 15),
        org.cxkit.core.time.CalendarUnit.MONTH));
    assertThrows(IllegalArgumentException.class,
        () -> PeriodSeries.of(CalendarPeriod.parse("2026-01"), 0, ZoneOffset.UTC));
  }

  /** Weekly periods across the spring DST change in Paris stay contiguous, local midnight to midnight. */
  @Test
  void seriesAcrossDaylightSaving() {
    java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
    PeriodSeries weeks = PeriodSeries.of(CalendarPeriod.parse("2026-W13"), 2, paris);
    assertEquals(java.time.LocalDate.of(2026, 3, 23), weeks.period(0).start());
    // Week of March 23 is 7 days minus the hour lost on March 29.
    assertEquals(java.time.Duration.ofHours(7 * 24 - 1), weeks.interval(0).duration());
    assertEquals(weeks.interval(0).end(), weeks.interval(1).start());
  }

  /** Instants outside the years 1 to 9999, the calendar's range, are set aside as implausible. */
  @Test
  void implausibleDatesAreSetAsideByCode() {
    Subscription ancient = sub("a", java.time.Instant.parse("0000-12-31T00:00:00Z"), null, "10");
    Subscription future = sub("f", day(1, 1), java.time.Instant.parse("+10000-01-01T00:00:00Z"), "10");
    Subscription latest = sub("l", day(1, 1), java.time.Instant.parse("9999-12-31T23:59:59.999999999Z"), "10");
    BulkResult<Subscription, List<Subscription>> screened = Subscriptions.screen(List.of(ancient, future, latest), EUR);
    assertEquals(List.of(latest), screened.value());
    assertEquals(java.util.Map.of(ReasonCode.IMPLAUSIBLE_DATE, 2L), screened.reasonCounts());
    assertEquals("startedAt", screened.setAside().get(0).reason().field());
    assertEquals("endedAt", screened.setAside().get(1).reason().field());
  }
}
