package org.cxkit.metrics.churn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.SetAside;

/**
 * Rolls subscriptions up to customers, so that every figure of this module can count customers
 * rather than subscriptions: a customer who drops one product but keeps another has not churned.
 *
 * <p>A customer's <b>tenure</b> is a maximal stretch of time during which the customer held at
 * least one subscription: the union of their subscriptions' intervals, where intervals that overlap
 * or touch ({@code [a, b)} and {@code [b, c)}) join. Each tenure becomes one synthetic
 * {@link Subscription}: id {@code "<customer>#<n>"} (n from 1, in time order), product {@code "*"},
 * active over the tenure, with recurring revenue the sum of the customer's subscriptions in force at
 * each instant, and the churn reason of the subscription that ended last (if it gave one). A
 * customer who leaves and comes back later has two tenures; the return is a new joiner.
 *
 * <p>A reasons function keyed by subscription id (such as {@link Subscriptions#citedReasons}) does
 * not know the synthetic ids; map the reasons to {@code "<customer>#<n>"} ids first, or count
 * reasons at subscription level.
 *
 * <p>Empty input: an empty list. Stateless and thread-safe.
 */
public final class CustomerTenures {
  /** The product name of the synthetic subscriptions: all of a customer's products. */
  public static final String ALL_PRODUCTS = "*";

  private CustomerTenures() {}

  /**
   * Rolls subscriptions up to customer tenures, after {@linkplain Subscriptions#screen screening}
   * them (an implausible date, another currency, a repeated id, an overlap for the same customer and
   * product: set aside).
   *
   * @param subscriptions the subscriptions, in any order
   * @param currency the currency of all revenue
   * @return one subscription per customer tenure, by customer in order of first appearance, then
   *     in time order; and the subscriptions set aside
   */
  public static BulkResult<Subscription, List<Subscription>> of(Iterable<Subscription> subscriptions,
      Currency currency) {
    BulkResult<Subscription, List<Subscription>> screened = Subscriptions.screen(subscriptions, currency);
    Map<CustomerId, List<Subscription>> byCustomer = new LinkedHashMap<>();
    for (Subscription s : screened.value()) {
      byCustomer.computeIfAbsent(s.customer(), c -> new ArrayList<>()).add(s);
    }
    List<Subscription> tenures = new ArrayList<>();
    for (Map.Entry<CustomerId, List<Subscription>> e : byCustomer.entrySet()) {
      List<Subscription> subs = e.getValue();
      subs.sort(Comparator.comparing(Subscription::startedAt));
      List<Subscription> group = new ArrayList<>();
      Instant groupEnd = null;
      for (Subscription s : subs) {
        if (!group.isEmpty() && groupEnd != null && s.startedAt().isAfter(groupEnd)) {
          tenures.add(tenure(e.getKey(), tenures.size(), group, currency));
          group = new ArrayList<>();
        }
        groupEnd = group.isEmpty() ? s.endedAt().orElse(null) : later(groupEnd, s.endedAt().orElse(null));
        group.add(s);
      }
      tenures.add(tenure(e.getKey(), tenures.size(), group, currency));
    }
    List<SetAside<Subscription>> setAside = screened.setAside();
    return BulkResult.of(Collections.unmodifiableList(numbered(tenures)), screened.usedCount(), setAside);
  }

  /** Null is the open end, later than any instant. */
  private static Instant later(Instant a, Instant b) {
    return a == null || b == null ? null : (a.isAfter(b) ? a : b);
  }

  private static Subscription tenure(CustomerId customer, int position, List<Subscription> group, Currency currency) {
    Instant start = group.get(0).startedAt();
    Instant end = group.get(0).endedAt().orElse(null);
    for (Subscription s : group) {
      end = later(end, s.endedAt().orElse(null));
    }
    // Revenue as steps: each change adds its difference from the previous amount, each end removes the last.
    TreeMap<Instant, BigDecimal> steps = new TreeMap<>();
    ChurnReason reason = null;
    for (Subscription s : group) {
      BigDecimal previous = BigDecimal.ZERO;
      for (RevenueChange change : s.revenue()) {
        steps.merge(change.effectiveFrom(), change.recurring().amount().subtract(previous), BigDecimal::add);
        previous = change.recurring().amount();
      }
      if (s.endedAt().isPresent()) {
        steps.merge(s.endedAt().get(), previous.negate(), BigDecimal::add);
        if (end != null && s.endedAt().get().equals(end) && reason == null) {
          reason = s.churnReason().orElse(null);
        }
      }
    }
    Subscription.Builder b = Subscription.builder().id(customer.value() + "#" + position).customer(customer)
        .product(ALL_PRODUCTS).startedAt(start);
    BigDecimal running = BigDecimal.ZERO;
    BigDecimal written = null;
    for (Map.Entry<Instant, BigDecimal> step : steps.entrySet()) {
      if (end != null && !step.getKey().isBefore(end)) {
        break;
      }
      running = running.add(step.getValue());
      if (written == null || running.compareTo(written) != 0) {
        b.addRevenue(RevenueChange.of(step.getKey(), Money.of(running, currency)));
        written = running;
      }
    }
    if (written == null) {
      // A tenure of zero length (one subscription ended at its start): its own first amount.
      b.addRevenue(group.get(0).revenue().get(0));
    }
    if (end != null) {
      b.endedAt(end);
      if (reason != null) {
        b.churnReason(reason);
      }
    }
    return b.build();
  }

  /** Renumbers ids per customer from 1 (the list position was only a placeholder). */
  private static List<Subscription> numbered(List<Subscription> tenures) {
    Map<CustomerId, Integer> counts = new LinkedHashMap<>();
    List<Subscription> result = new ArrayList<>(tenures.size());
    for (Subscription t : tenures) {
      int n = counts.merge(t.customer(), 1, Integer::sum);
      result.add(Subscription.builder().from(t).id(t.customer().value() + "#" + n).build());
    }
    return result;
  }
}
