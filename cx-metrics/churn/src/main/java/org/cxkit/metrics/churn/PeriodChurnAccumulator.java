package org.cxkit.metrics.churn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.money.Money;

/**
 * A mutable tally of the churn of one period, to which subscriptions are added one at a time;
 * {@link #snapshot()} gives the immutable {@link PeriodChurn}. Tallies of disjoint sets of
 * subscriptions {@linkplain #merge merge} into exactly the tally of their union (all counts are
 * integers and all sums exact), so the accumulator is a valid combiner for
 * {@code Stream.collect(supplier, accumulator, combiner)} and for distributed reductions.
 *
 * <p>Subscriptions that do not touch the period (ended before it or started after it) are accepted
 * and change nothing.
 *
 * <p>This class is not thread-safe.
 */
public final class PeriodChurnAccumulator {
  private final ReportingPeriod period;
  private final Currency currency;
  private long atStart;
  private long lost;
  private long joined;
  private long joinedAndLost;
  private BigDecimal startingRevenue = BigDecimal.ZERO;
  private BigDecimal churnedRevenue = BigDecimal.ZERO;
  private BigDecimal contraction = BigDecimal.ZERO;
  private BigDecimal expansion = BigDecimal.ZERO;
  private BigDecimal newRevenue = BigDecimal.ZERO;
  private final Map<ChurnReason, Long> departuresByReason = new HashMap<>();
  private long departuresWithoutReason;

  PeriodChurnAccumulator(ReportingPeriod period, Currency currency) {
    this.period = Objects.requireNonNull(period, "period");
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  /**
   * Adds one subscription.
   *
   * @param subscription the subscription
   * @throws IllegalArgumentException if its revenue is in another currency
   */
  public void add(Subscription subscription) {
    Subscriptions.checkCurrency(subscription, currency);
    Instant start = period.start();
    Instant end = period.end();
    Instant startedAt = subscription.startedAt();
    Instant endedAt = subscription.endedAt().orElse(null);
    if (!startedAt.isBefore(end) || (endedAt != null && endedAt.isBefore(start))) {
      return;
    }
    boolean leaves = endedAt != null && endedAt.isBefore(end);
    if (startedAt.isBefore(start)) {
      atStart++;
      BigDecimal before = Subscriptions.revenueBefore(subscription, start);
      startingRevenue = startingRevenue.add(before);
      if (leaves) {
        lost++;
        churnedRevenue = churnedRevenue.add(before);
      } else {
        BigDecimal change = Subscriptions.revenueBefore(subscription, end).subtract(before);
        if (change.signum() > 0) {
          expansion = expansion.add(change);
        } else if (change.signum() < 0) {
          contraction = contraction.subtract(change);
        }
      }
    } else {
      joined++;
      if (leaves) {
        joinedAndLost++;
      } else {
        newRevenue = newRevenue.add(Subscriptions.revenueBefore(subscription, end));
      }
    }
    if (leaves) {
      if (subscription.churnReason().isPresent()) {
        departuresByReason.merge(subscription.churnReason().get(), 1L, Long::sum);
      } else {
        departuresWithoutReason++;
      }
    }
  }

  /**
   * Adds subscriptions.
   *
   * @param subscriptions the subscriptions
   * @return this accumulator
   * @throws IllegalArgumentException if one is in another currency (those before it stay added)
   */
  public PeriodChurnAccumulator addAll(Iterable<Subscription> subscriptions) {
    subscriptions.forEach(this::add);
    return this;
  }

  /**
   * Adds another accumulator's tally of a disjoint set of subscriptions; the other is unchanged.
   *
   * @param other a tally of the same period and currency
   * @return this accumulator
   * @throws IllegalArgumentException if the period or currency differs
   */
  public PeriodChurnAccumulator merge(PeriodChurnAccumulator other) {
    return addAll(other.snapshot());
  }

  /**
   * Adds a finished tally of a disjoint set of subscriptions.
   *
   * @param other a tally of the same period and currency
   * @return this accumulator
   * @throws IllegalArgumentException if the period or currency differs
   */
  public PeriodChurnAccumulator addAll(PeriodChurn other) {
    if (!other.period().equals(period)) {
      throw new IllegalArgumentException("Invalid value for period (expected " + period + "): " + other.period());
    }
    if (!other.currency().equals(currency)) {
      throw new IllegalArgumentException(
          "Invalid value for currency (expected " + currency + ", currencies are never mixed): " + other.currency());
    }
    atStart += other.atStart();
    lost += other.lost();
    joined += other.joined();
    joinedAndLost += other.joinedAndLost();
    startingRevenue = startingRevenue.add(other.startingRevenue().amount());
    churnedRevenue = churnedRevenue.add(other.churnedRevenue().amount());
    contraction = contraction.add(other.contraction().amount());
    expansion = expansion.add(other.expansion().amount());
    newRevenue = newRevenue.add(other.newRevenue().amount());
    other.departuresByReason().forEach((reason, n) -> departuresByReason.merge(reason, n, Long::sum));
    departuresWithoutReason += other.departuresWithoutReason();
    return this;
  }

  /**
   * Returns the tally so far; the accumulator stays usable.
   *
   * @return the immutable tally (all zero if nothing touching the period was added)
   */
  public PeriodChurn snapshot() {
    return new PeriodChurn(period, atStart, lost, joined, joinedAndLost, money(startingRevenue),
        money(churnedRevenue), money(contraction), money(expansion), money(newRevenue),
        departuresByReason, departuresWithoutReason);
  }

  private Money money(BigDecimal amount) {
    return Money.of(amount, currency);
  }
}
