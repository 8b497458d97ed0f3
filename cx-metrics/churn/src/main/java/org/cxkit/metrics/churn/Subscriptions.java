package org.cxkit.metrics.churn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.Reason;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;
import org.cxkit.metrics.churn.internal.Screening;

/**
 * Checks a set of subscriptions against the rules that this module adds to those every
 * {@link Subscription} keeps on its own: all revenue in one stated currency, ids unique, no
 * subscription overlapping another of the same customer and product (a customer holds a product at
 * most once at a time), and every instant in the years 1 to 9999 (UTC), the range of calendar
 * periods.
 *
 * <p>The rules that a subscription checks when it is built (an end before the start, revenue below
 * zero, a revenue history in mixed currencies) are enforced by {@link Subscription} itself, so no
 * such subscription reaches this module.
 *
 * <p>Two intervals {@code [a, b)} and {@code [b, c)} touch but do not overlap: a renewal that starts
 * at the instant the previous subscription ended is accepted.
 *
 * <p>Each subscription set aside carries a {@linkplain org.cxkit.core.result.ReasonCode reason code}:
 * {@code implausible-date}, {@code currency-mismatch}, {@code duplicate} (a repeated id) or
 * {@link #OVERLAP overlap}. Stateless and thread-safe.
 */
public final class Subscriptions {
  /** The reason code of a subscription that overlaps another of the same customer and product: {@code overlap}. */
  public static final ReasonCode OVERLAP = Screening.OVERLAP;

  private Subscriptions() {}

  /**
   * Screens subscriptions, keeping those that obey every rule and setting the others aside with
   * the reason: an instant outside the years 1 to 9999 ({@code implausible-date}); a currency other
   * than the stated one ({@code currency-mismatch}); an id already used by an earlier item
   * ({@code duplicate}); a start before the end of a kept subscription of the same customer and
   * product ({@link #OVERLAP}; of two overlapping subscriptions the one that starts later is set
   * aside, so the outcome does not depend on input order unless both start at the same instant, when
   * the later item is set aside).
   *
   * <p>Empty input: an empty list, nothing set aside.
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
   * Screens subscriptions for implausible dates, repeated ids and overlaps as
   * {@link #screen(Iterable, Currency)} does, without a currency rule: for figures that use no
   * revenue, such as survival.
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
   * @throws IllegalArgumentException ({@link InvalidValueException}) naming the first subscription
   *     that breaks a rule, and the rule
   */
  public static List<Subscription> requireValid(Iterable<Subscription> subscriptions, Currency currency) {
    BulkResult<Subscription, List<Subscription>> screened = screen(subscriptions, currency);
    if (!screened.setAside().isEmpty()) {
      SetAside<Subscription> first = screened.setAside().get(0);
      Reason reason = first.reason();
      throw new InvalidValueException(reason.code(), reason.field(), reason.message() + " (subscription "
          + first.item().id() + " at position " + first.position() + ")");
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

  /**
   * Returns the reasons each departing subscription cites, for the churn figures that accept several
   * reasons per subscription (multi-select exit surveys): its recorded
   * {@link Subscription#churnReason()}, if any, together with the reasons listed for its id in a map.
   * Pass the result to {@link PeriodChurn#of(Iterable, org.cxkit.core.time.Interval, Currency, Function)}
   * and its siblings.
   *
   * @param extraById more reasons per subscription id, such as the other answers ticked in an exit
   *     survey; ids not in the map cite their recorded reason alone
   * @return the function from a subscription to the set of reasons it cites, in a stable order
   *     (recorded first, then the map's in its iteration order); a reason cited twice counts once
   */
  public static Function<Subscription, Set<ChurnReason>> citedReasons(
      Map<String, ? extends Collection<ChurnReason>> extraById) {
    Map<String, List<ChurnReason>> extra = Map.copyOf(copyValues(Objects.requireNonNull(extraById, "extraById")));
    return s -> {
      List<ChurnReason> more = extra.get(s.id());
      if (more == null) {
        return s.churnReason().map(Set::of).orElse(Set.of());
      }
      Set<ChurnReason> cited = new LinkedHashSet<>();
      s.churnReason().ifPresent(cited::add);
      cited.addAll(more);
      return Collections.unmodifiableSet(cited);
    };
  }

  private static Map<String, List<ChurnReason>> copyValues(Map<String, ? extends Collection<ChurnReason>> map) {
    Map<String, List<ChurnReason>> copy = new java.util.HashMap<>();
    map.forEach((id, reasons) -> copy.put(Objects.requireNonNull(id, "id"), List.copyOf(reasons)));
    return copy;
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
