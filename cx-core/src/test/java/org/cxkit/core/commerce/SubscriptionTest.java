package org.cxkit.core.commerce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant UPGRADE = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-06-01T00:00:00Z");

  private static Subscription.Builder subscription() {
    return Subscription.builder().id("s-1").customer(CustomerId.of("c")).product("team")
        .startedAt(START).addRevenue(RevenueChange.of(START, Money.of("100", "EUR")));
  }

  @Test
  void activeOverAHalfOpenInterval() {
    Subscription s = subscription().endedAt(END).churnReason(ChurnReason.PRICE).build();
    assertTrue(s.isActiveAt(START));
    assertTrue(s.isActiveAt(END.minusNanos(1)));
    assertFalse(s.isActiveAt(END));
    assertFalse(s.isActiveAt(START.minusNanos(1)));
  }

  @Test
  void revenueInForceAtAnInstant() {
    Subscription s = subscription().addRevenue(RevenueChange.of(UPGRADE, Money.of("150", "EUR"))).build();
    assertEquals(Optional.of(Money.of("100", "EUR")), s.recurringRevenueAt(UPGRADE.minusNanos(1)));
    assertEquals(Optional.of(Money.of("150", "EUR")), s.recurringRevenueAt(UPGRADE));
    assertEquals(Optional.empty(), s.recurringRevenueAt(START.minusSeconds(1)));
  }

  @Test
  void rulesAreEnforcedWithNamedFields() {
    assertEquals("Invalid value for endedAt (must not be before startedAt 2026-01-01T00:00:00Z): 2025-12-31T00:00:00Z",
        assertThrows(IllegalArgumentException.class,
            () -> subscription().endedAt(START.minusSeconds(86400)).build()).getMessage());
    assertEquals("Invalid value for churnReason (only an ended subscription has one): price",
        assertThrows(IllegalArgumentException.class,
            () -> subscription().churnReason(ChurnReason.PRICE).build()).getMessage());
    assertEquals("Invalid value for revenue[1] currency (must be EUR, currencies are never mixed): USD",
        assertThrows(IllegalArgumentException.class, () -> subscription()
            .addRevenue(RevenueChange.of(UPGRADE, Money.of("150", "USD"))).build()).getMessage());
    assertEquals("Invalid value for recurring revenue (must not be negative): -1",
        assertThrows(IllegalArgumentException.class,
            () -> RevenueChange.of(START, Money.of("-1", "EUR"))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> subscription()
        .addRevenue(RevenueChange.of(START, Money.of("150", "EUR"))).build());
    assertThrows(IllegalArgumentException.class, () -> subscription().endedAt(UPGRADE)
        .addRevenue(RevenueChange.of(UPGRADE, Money.of("150", "EUR"))).build());
    assertThrows(IllegalArgumentException.class, () -> Subscription.builder().id("s").customer(CustomerId.of("c"))
        .product("p").startedAt(START).addRevenue(RevenueChange.of(UPGRADE, Money.of("1", "EUR"))).build());
    assertThrows(IllegalArgumentException.class, () -> Subscription.builder().id("s").customer(CustomerId.of("c"))
        .product("p").startedAt(START).build());
  }

  @Test
  void purchasesHaveNonNegativeAmounts() {
    Purchase p = Purchase.of(CustomerId.of("c"), START, Money.of("19.99", "USD"));
    assertEquals(Money.of("19.99", "USD"), p.amount());
    assertEquals("Invalid value for amount (must not be negative): -0.01", assertThrows(IllegalArgumentException.class,
        () -> Purchase.of(CustomerId.of("c"), START, Money.of("-0.01", "USD"))).getMessage());
  }
}
