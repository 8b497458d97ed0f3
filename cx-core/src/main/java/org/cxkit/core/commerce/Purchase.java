package org.cxkit.core.commerce;

import java.time.Instant;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.money.Money;
import org.cxkit.core.touchpoint.Channel;
import org.immutables.value.Value;

/**
 * One purchase: who bought, when, and for how much. The transaction histories the CLV models are
 * fitted to are lists of purchases.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract class Purchase {

  Purchase() {}

  /**
   * Returns a builder; {@code build()} checks every field.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a purchase from its three essential facts.
   *
   * @param customer the buyer
   * @param purchasedAt when the purchase was made
   * @param amount what was paid, zero or more
   * @return the purchase
   * @throws IllegalArgumentException if the amount is negative
   */
  public static Purchase of(CustomerId customer, Instant purchasedAt, Money amount) {
    return builder().customer(customer).purchasedAt(purchasedAt).amount(amount).build();
  }

  /**
   * Returns the buyer.
   *
   * @return the customer
   */
  public abstract CustomerId customer();

  /**
   * Returns when the purchase was made.
   *
   * @return the instant
   */
  public abstract Instant purchasedAt();

  /**
   * Returns what was paid.
   *
   * @return the amount, zero or more
   */
  public abstract Money amount();

  /**
   * Returns the order id, where known.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> orderId();

  /**
   * Returns the channel the purchase was made through.
   *
   * @return the channel, or empty
   */
  public abstract Optional<Channel> channel();

  @Value.Check
  final void check() {
    Checks.nonNegative("amount", amount().amount());
    orderId().ifPresent(v -> Checks.nonBlank("orderId", v));
  }

  /** Builds {@link Purchase}s; not thread-safe. */
  public static final class Builder extends ImmutablePurchase.Builder {
    Builder() {}
  }
}
