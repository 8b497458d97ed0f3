package org.cxkit.examples.csv;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.customer.CustomerId;

/**
 * One row of {@code subscriptions.csv}: a subscription without its revenue history, which is in
 * {@code revenue_changes.csv}. {@link CsvFiles#readSubscriptions} joins the two into cx-core
 * {@link Subscription}s.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the subscription id
 * @param customer the subscriber
 * @param product the product subscribed to
 * @param startedAt when it started
 * @param endedAt when it ended, or empty if still active
 * @param churnReason why the customer left, or empty
 */
public record SubscriptionRow(String id, CustomerId customer, String product, Instant startedAt,
    Optional<Instant> endedAt, Optional<ChurnReason> churnReason) {

  /** Checks that no part is null; the rules are checked when the subscription is built. */
  public SubscriptionRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(churnReason, "churnReason");
  }

  /**
   * Returns the row of a subscription.
   *
   * @param s the subscription
   * @return its row, without the revenue history
   */
  public static SubscriptionRow from(Subscription s) {
    return new SubscriptionRow(s.id(), s.customer(), s.product(), s.startedAt(), s.endedAt(), s.churnReason());
  }
}
