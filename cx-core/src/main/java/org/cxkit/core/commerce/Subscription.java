package org.cxkit.core.commerce;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.money.Money;
import org.immutables.value.Value;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;

/**
 * A customer's subscription to a product: active over the half-open interval
 * {@code [startedAt, endedAt)}, with recurring revenue that may change over time (expansion,
 * contraction) and, if it ended, the reason the customer gave.
 *
 * <p>Rules: the revenue history is not empty, starts at {@code startedAt}, is strictly increasing in
 * time, stays before the end, and is in one currency; the end is not before the start; a churn
 * reason is given only for an ended subscription. The revenue amount is per billing period, which
 * must be the same for all subscriptions compared (usually a month: MRR).
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract class Subscription {

  Subscription() {}

  /**
   * Returns a builder; {@code build()} checks every rule.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the subscription's id.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the subscriber.
   *
   * @return the customer
   */
  public abstract CustomerId customer();

  /**
   * Returns the product subscribed to.
   *
   * @return the product, not blank
   */
  public abstract String product();

  /**
   * Returns when the subscription started.
   *
   * @return the first instant it is active
   */
  public abstract Instant startedAt();

  /**
   * Returns when the subscription ended.
   *
   * @return the first instant it is no longer active, or empty if still active
   */
  public abstract Optional<Instant> endedAt();

  /**
   * Returns why the customer left.
   *
   * @return the reason, or empty if still active or not recorded
   */
  public abstract Optional<ChurnReason> churnReason();

  /**
   * Returns the recurring revenue over time, the first change at the start.
   *
   * @return the changes, in time order, at least one
   */
  public abstract List<RevenueChange> revenue();

  /**
   * Tells whether the subscription is active at an instant.
   *
   * @param instant the instant
   * @return true if {@code startedAt <= instant} and the subscription has not ended by then
   */
  public final boolean isActiveAt(Instant instant) {
    return !instant.isBefore(startedAt()) && endedAt().map(instant::isBefore).orElse(true);
  }

  /**
   * Returns the recurring revenue at an instant.
   *
   * @param instant the instant
   * @return the revenue in force then, or empty if the subscription is not active then
   */
  public final Optional<Money> recurringRevenueAt(Instant instant) {
    if (!isActiveAt(instant)) {
      return Optional.empty();
    }
    Money current = revenue().get(0).recurring();
    for (RevenueChange change : revenue()) {
      if (change.effectiveFrom().isAfter(instant)) {
        break;
      }
      current = change.recurring();
    }
    return Optional.of(current);
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("id", id());
    Checks.nonBlank("product", product());
    endedAt().ifPresent(end -> Checks.notBefore("endedAt", end, "startedAt", startedAt()));
    if (churnReason().isPresent() && endedAt().isEmpty()) {
      throw new InvalidValueException(ReasonCode.INVALID, "churnReason",
          "Invalid value for churnReason (only an ended subscription has one): " + churnReason().get());
    }
    if (revenue().isEmpty()) {
      throw new InvalidValueException(ReasonCode.INVALID, "revenue",
          "Invalid value for revenue (must have a change at startedAt "
          + startedAt() + "): none");
    }
    RevenueChange first = revenue().get(0);
    if (!first.effectiveFrom().equals(startedAt())) {
      throw new InvalidValueException(ReasonCode.OUT_OF_ORDER, "revenue[0].effectiveFrom",
          "Invalid value for revenue[0].effectiveFrom (must be startedAt "
          + startedAt() + "): " + first.effectiveFrom());
    }
    for (int i = 1; i < revenue().size(); i++) {
      RevenueChange change = revenue().get(i);
      if (!change.effectiveFrom().isAfter(revenue().get(i - 1).effectiveFrom())) {
        throw new InvalidValueException(ReasonCode.OUT_OF_ORDER, "revenue[" + i + "]",
            "Invalid value for revenue[" + i + "].effectiveFrom (must be after "
            + revenue().get(i - 1).effectiveFrom() + "): " + change.effectiveFrom());
      }
      if (!change.recurring().isSameCurrency(first.recurring())) {
        throw new InvalidValueException(ReasonCode.CURRENCY_MISMATCH, "revenue[" + i + "]",
            "Invalid value for revenue[" + i + "] currency (must be "
            + first.recurring().currency() + ", currencies are never mixed): " + change.recurring().currency());
      }
      if (endedAt().isPresent() && !change.effectiveFrom().isBefore(endedAt().get())) {
        throw new InvalidValueException(ReasonCode.OUT_OF_ORDER, "revenue[" + i + "]",
            "Invalid value for revenue[" + i + "].effectiveFrom (must be before endedAt "
            + endedAt().get() + "): " + change.effectiveFrom());
      }
    }
  }

  /** Builds {@link Subscription}s; not thread-safe. */
  public static final class Builder extends ImmutableSubscription.Builder {
    Builder() {}
  }
}
