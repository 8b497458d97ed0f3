package org.cxkit.examples.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;

/**
 * One row of {@code revenue_changes.csv}: the recurring revenue of a subscription from an instant
 * on. The first change of a subscription is at its start; later ones are expansions (up) and
 * contractions (down).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param subscriptionId the id of the subscription, as in {@code subscriptions.csv}
 * @param change the change
 */
public record RevenueChangeRow(String subscriptionId, RevenueChange change) {

  /** Checks that no part is null. */
  public RevenueChangeRow {
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(change, "change");
  }

  /**
   * Returns the rows of a subscription's revenue history, in time order.
   *
   * @param s the subscription
   * @return one row per change
   */
  public static List<RevenueChangeRow> from(Subscription s) {
    List<RevenueChangeRow> rows = new ArrayList<>();
    s.revenue().forEach(c -> rows.add(new RevenueChangeRow(s.id(), c)));
    return rows;
  }
}
