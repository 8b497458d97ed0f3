package org.cxkit.benchmarks.churn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;

/** A synthetic subscription base for the churn benchmarks: three years, a third still active. */
final class ChurnData {
  static final Instant ORIGIN = Instant.parse("2024-01-01T00:00:00Z");
  private static final ChurnReason[] REASONS = {ChurnReason.PRICE, ChurnReason.COMPETITOR, ChurnReason.POOR_SUPPORT};

  private ChurnData() {}

  static List<Subscription> subscriptions(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Money[] amounts = new Money[300];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = Money.of(i + ".50", "EUR");
    }
    List<Subscription> list = new ArrayList<>(count);
    long span = 3L * 365 * 86_400;
    for (int i = 0; i < count; i++) {
      Instant start = ORIGIN.plusSeconds(random.nextLong(span));
      Subscription.Builder b = Subscription.builder().id("s" + i).customer(CustomerId.of("c" + i)).product("plan")
          .startedAt(start).addRevenue(RevenueChange.of(start, amounts[random.nextInt(amounts.length)]));
      Instant end = null;
      if (random.nextInt(3) > 0) {
        end = start.plusSeconds(1 + random.nextLong(2L * 365 * 86_400));
        b.endedAt(end);
        if (random.nextBoolean()) {
          b.churnReason(REASONS[random.nextInt(REASONS.length)]);
        }
      }
      Instant change = start.plusSeconds(1 + random.nextLong(365L * 86_400));
      if (random.nextBoolean() && (end == null || change.isBefore(end))) {
        b.addRevenue(RevenueChange.of(change, amounts[random.nextInt(amounts.length)]));
      }
      list.add(b.build());
    }
    return list;
  }
}
