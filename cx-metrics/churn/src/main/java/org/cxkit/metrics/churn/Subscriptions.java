package org.cxkit.metrics.churn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.SetAside;
import org.cxkit.metrics.churn.internal.Screening;

/**
 * Checks a set of subscriptions against the rules that no single subscription can check on its own:
 * all revenue in one stated currency, ids unique, and no subscription overlapping another of the
 * same customer and product (a customer holds a product at most once at a time).
 *
 * <p>The rules that a single subscription can check (an end before the start, revenue below zero, a
 * revenue history in mixed currencies) are enforced by {@link Subscription} itself when it is built,
 * so no such subscription reaches this module.
 *
 * <p>Two intervals {@code [a, b)} and {@code [b, c)} touch but do not overlap: a renewal that starts
 * at the instant the previous subscription ended is accepted.
 */
public final class Subscriptions {
  private Subscriptions() {}

  /**
   * Screens subscriptions, keeping those that obey every rule and setting the others aside with
   * the reason: a currency other than the stated one; an id already used by an earlier item; a
   * start before the end of a kept subscription of the same customer and product (of two
   * overlapping subscriptions the one that starts later is set aside, so the outcome does not depend
   * on input order unless both start at the same instant, when the later item is set aside).
   *
   * @param subscriptions the subscriptions, in any order
   * @param currency the currency every revenue amount must be in
   * @return the subscriptions kept, in input order, and those set aside; used + set aside = given
   */
  public static BulkResult<Subscription, List<Subscription>> screen(
      Iterable<Subscription> subscriptions, Currency currency) {
    return screen(subscriptions, Objects.requireNonNull(currency, "currency"), true);
  }

  /**
   * Screens subscriptions for repeated ids and overlaps as {@link #screen(Iterable, Currency)} does,
   * without a currency rule: for figures that use no revenue, such as survival.
   *
   * @param subscriptions the subscriptions, in any order
   * @return the subscriptions kept, in input order, and those set aside; used + set aside = given
   */
  public static BulkResult<Subscription, List<Subscription>> screen(Iterable<Subscription> subscriptions) {
    return screen(subscriptions, null, false);
  }

  private static BulkResult<Subscription, List<Subscription>> screen(
      Iterable<Subscription> subscriptions, Currency currency, boolean checkCurrency) {
    List<Subscription> used = new ArrayList<>();
    return Screening.screenInto(subscriptions, currency, checkCurrency, used::add,
        () -> Collections.unmodifiableList(used));
  }

  /**
   * Checks subscriptions against the same rules as {@link #screen}, refusing the whole set at the
   * first problem.
   *
   * @param subscriptions the subscriptions
   * @param currency the currency every revenue amount must be in
   * @return the subscriptions, in input order
   * @throws IllegalArgumentException naming the first subscription that breaks a rule, and the rule
   */
  public static List<Subscription> requireValid(Iterable<Subscription> subscriptions, Currency currency) {
    BulkResult<Subscription, List<Subscription>> screened = screen(subscriptions, currency);
    if (!screened.setAside().isEmpty()) {
      SetAside<Subscription> first = screened.setAside().get(0);
      throw new IllegalArgumentException(first.reason() + " (subscription " + first.item().id()
          + " at position " + first.position() + ")");
    }
    return screened.value();
  }

  /**
   * Tells whether two subscriptions of the same customer and product overlap in time.
   *
   * @param a one subscription
   * @param b another
   * @return true if they have the same customer and product and their active intervals intersect
   */
  public static boolean overlap(Subscription a, Subscription b) {
    return a.customer().equals(b.customer()) && a.product().equals(b.product())
        && a.endedAt().map(b.startedAt()::isBefore).orElse(true)
        && b.endedAt().map(a.startedAt()::isBefore).orElse(true);
  }

  static void checkCurrency(Subscription s, Currency currency) {
    Screening.checkCurrency(s, currency);
  }

  /**
   * The recurring revenue in force just before an instant: the last change effective strictly
   * before it. A change effective at the instant itself has not yet applied, so the revenue going
   * into a period is measured before any change made at its first instant.
   */
  static BigDecimal revenueBefore(Subscription s, Instant instant) {
    List<RevenueChange> changes = s.revenue();
    BigDecimal current = changes.get(0).recurring().amount();
    for (int i = 1, n = changes.size(); i < n; i++) {
      RevenueChange change = changes.get(i);
      if (!change.effectiveFrom().isBefore(instant)) {
        break;
      }
      current = change.recurring().amount();
    }
    return current;
  }
}
