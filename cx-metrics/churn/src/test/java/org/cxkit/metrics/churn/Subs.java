package org.cxkit.metrics.churn;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;

/** Test helpers: terse subscriptions and a seeded random population. */
public final class Subs {
  private Subs() {}

  /** Midnight UTC on a day of 2026 given as month and day. */
  public static Instant day(int month, int dayOfMonth) {
    return java.time.LocalDate.of(2026, month, dayOfMonth).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Builds a subscription; {@code end} may be null; revenue as alternating instant/amount pairs in EUR. */
  public static Subscription sub(String id, Instant start, Instant end, Object... revenue) {
    return sub(id, "c-" + id, "plan", start, end, null, revenue);
  }

  /** Builds a subscription with every part. */
  public static Subscription sub(String id, String customer, String product, Instant start, Instant end,
      ChurnReason reason, Object... revenue) {
    Subscription.Builder b = Subscription.builder().id(id).customer(CustomerId.of(customer)).product(product)
        .startedAt(start);
    if (end != null) {
      b.endedAt(end);
    }
    if (reason != null) {
      b.churnReason(reason);
    }
    if (revenue.length == 0) {
      b.addRevenue(RevenueChange.of(start, Money.of("10", "EUR")));
    } else if (revenue.length == 1) {
      b.addRevenue(RevenueChange.of(start, Money.of(revenue[0].toString(), "EUR")));
    } else {
      for (int i = 0; i < revenue.length; i += 2) {
        b.addRevenue(RevenueChange.of((Instant) revenue[i], Money.of(revenue[i + 1].toString(), "EUR")));
      }
    }
    return b.build();
  }

  static final ChurnReason[] REASONS = {ChurnReason.PRICE, ChurnReason.COMPETITOR, ChurnReason.POOR_SUPPORT};

  /**
   * A random population of valid EUR subscriptions over 2025–2027 (one per customer, so no
   * overlaps), with revenue changes and reasons; times on whole hours, some on month boundaries.
   */
  public static List<Subscription> random(long seed, int count) {
    Random r = new Random(seed);
    Instant origin = Instant.parse("2025-01-01T00:00:00Z");
    List<Subscription> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long startHour = r.nextBoolean() ? r.nextInt(36) * 730L : r.nextInt(36 * 730);
      Instant start = origin.plusSeconds(startHour * 3600);
      Instant end = null;
      if (r.nextInt(3) > 0) {
        end = start.plusSeconds((r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(20 * 730)) * 3600L);
      }
      List<Object> revenue = new ArrayList<>();
      revenue.add(start);
      revenue.add(r.nextInt(5) == 0 ? "0" : Integer.toString(1 + r.nextInt(200)) + ".5");
      Instant at = start;
      int changes = r.nextInt(3);
      for (int c = 0; c < changes; c++) {
        at = at.plusSeconds((1 + r.nextInt(3000)) * 3600L);
        if (end != null && !at.isBefore(end)) {
          break;
        }
        revenue.add(at);
        revenue.add(Integer.toString(r.nextInt(300)));
      }
      ChurnReason reason = end != null && r.nextBoolean() ? REASONS[r.nextInt(REASONS.length)] : null;
      list.add(sub("s" + i, "c" + i, "plan", start, end, reason, revenue.toArray()));
    }
    return list;
  }
}
