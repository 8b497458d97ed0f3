package org.cxkit.metrics.churn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.Interval;
import org.cxkit.metrics.churn.internal.Screening;

/**
 * A mutable tally of the churn of one period, to which subscriptions are added one at a time;
 * {@link #snapshot()} gives the immutable {@link PeriodChurn}. Tallies of disjoint sets of
 * subscriptions {@linkplain #merge merge} into exactly the tally of their union (all counts are
 * integers and all sums exact), so the accumulator is a valid combiner for
 * {@code Stream.collect(supplier, accumulator, combiner)} and for distributed reductions. Merge only
 * accumulators made with the same reasons function (that cannot be checked).
 *
 * <p>Subscriptions that do not touch the period (ended before it or started after it) are accepted
 * and change nothing but {@link #count()}.
 *
 * <p>This class is not thread-safe.
 */
public final class PeriodChurnAccumulator implements Accumulator<Subscription, PeriodChurnAccumulator, PeriodChurn> {
  private final Interval period;
  private final Currency currency;
  /** The reasons a departure cites; null for its recorded reason alone. */
  private final Function<? super Subscription, ? extends Set<ChurnReason>> reasons;
  private long count;
  private long atStart;
  private long lost;
  private long joined;
  private long joinedAndLost;
  private BigDecimal startingRevenue = BigDecimal.ZERO;
  private BigDecimal churnedRevenue = BigDecimal.ZERO;
  private BigDecimal contraction = BigDecimal.ZERO;
  private BigDecimal expansion = BigDecimal.ZERO;
  private BigDecimal newRevenue = BigDecimal.ZERO;
  private Map<ChurnReason, Long> departuresByReason = new HashMap<>();
  private long departuresWithoutReason;

  PeriodChurnAccumulator(Interval period, Currency currency,
      Function<? super Subscription, ? extends Set<ChurnReason>> reasons) {
    this.period = Objects.requireNonNull(period, "period");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.reasons = reasons;
  }

  /**
   * Adds one subscription.
   *
   * @param subscription the subscription
   * @return this accumulator
   * @throws IllegalArgumentException ({@link org.cxkit.core.result.InvalidValueException}) if its
   *     revenue is in another currency or an instant of it lies outside the years 1 to 9999; the
   *     accumulator is then unchanged
   */
  @Override
  public PeriodChurnAccumulator add(Subscription subscription) {
    Screening.check(subscription, currency);
    Instant start = period.start();
    Instant end = period.end();
    Instant startedAt = subscription.startedAt();
    Instant endedAt = subscription.endedAt().orElse(null);
    if (!startedAt.isBefore(end) || (endedAt != null && endedAt.isBefore(start))) {
      count = Checks.addExact("count", count, 1);
      return this;
    }
    boolean leaves = endedAt != null && endedAt.isBefore(end);
    Set<? extends ChurnReason> cited = leaves && reasons != null ? cited(subscription) : null;
    count = Checks.addExact("count", count, 1);
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
      if (reasons == null) {
        if (subscription.churnReason().isPresent()) {
          departuresByReason.merge(subscription.churnReason().get(), 1L, Long::sum);
        } else {
          departuresWithoutReason++;
        }
      } else if (cited.isEmpty()) {
        departuresWithoutReason++;
      } else {
        cited.forEach(r -> departuresByReason.merge(r, 1L, Long::sum));
      }
    }
    return this;
  }

  private Set<? extends ChurnReason> cited(Subscription subscription) {
    Set<? extends ChurnReason> cited = Objects.requireNonNull(reasons.apply(subscription), "reasons");
    cited.forEach(r -> Objects.requireNonNull(r, "reason"));
    return cited;
  }

  /**
   * Adds subscriptions.
   *
   * @param subscriptions the subscriptions
   * @return this accumulator
   * @throws IllegalArgumentException if one is rejected by {@link #add} (those before it stay added)
   */
  public PeriodChurnAccumulator addAll(Iterable<Subscription> subscriptions) {
    subscriptions.forEach(this::add);
    return this;
  }

  /**
   * Adds another accumulator's tally of a disjoint set of subscriptions; the other is unchanged.
   *
   * @param other a tally of the same period and currency, with the same reasons function
   * @return this accumulator
   * @throws IllegalArgumentException if the period or currency differs, or a count overflows; this
   *     accumulator is then unchanged
   */
  @Override
  public PeriodChurnAccumulator merge(PeriodChurnAccumulator other) {
    requireSame(other.period, other.currency);
    return combine(other.count, other.atStart, other.lost, other.joined, other.joinedAndLost, other.startingRevenue,
        other.churnedRevenue, other.contraction, other.expansion, other.newRevenue, other.departuresByReason,
        other.departuresWithoutReason);
  }

  /**
   * Adds a finished tally of a disjoint set of subscriptions. {@link #count()} grows by the
   * subscriptions the tally counted, {@code atStart + joined} (those that did not touch its period
   * left no trace in it).
   *
   * @param other a tally of the same period and currency
   * @return this accumulator
   * @throws IllegalArgumentException if the period or currency differs, or a count overflows; this
   *     accumulator is then unchanged
   */
  public PeriodChurnAccumulator addAll(PeriodChurn other) {
    requireSame(other.period(), other.currency());
    return combine(Checks.addExact("count", other.atStart(), other.joined()), other.atStart(), other.lost(),
        other.joined(), other.joinedAndLost(), other.startingRevenue().amount(), other.churnedRevenue().amount(),
        other.contraction().amount(), other.expansion().amount(), other.newRevenue().amount(),
        other.departuresByReason(), other.departuresWithoutReason());
  }

  private void requireSame(Interval otherPeriod, Currency otherCurrency) {
    if (!otherPeriod.equals(period)) {
      throw Checks.invalid(ReasonCode.INVALID, "period", "expected " + period, otherPeriod);
    }
    if (!otherCurrency.equals(currency)) {
      throw Checks.invalid(ReasonCode.CURRENCY_MISMATCH, "currency",
          "expected " + currency + ", currencies are never mixed", otherCurrency);
    }
  }

  /** The one merge path: every new value is computed (and checked for overflow) before any is stored. */
  private PeriodChurnAccumulator combine(long otherCount, long otherAtStart, long otherLost, long otherJoined,
      long otherJoinedAndLost, BigDecimal otherStarting, BigDecimal otherChurned, BigDecimal otherContraction,
      BigDecimal otherExpansion, BigDecimal otherNew, Map<ChurnReason, Long> otherReasons, long otherWithout) {
    long newCount = Checks.addExact("count", count, otherCount);
    long newAtStart = Checks.addExact("atStart", atStart, otherAtStart);
    long newLost = Checks.addExact("lost", lost, otherLost);
    long newJoined = Checks.addExact("joined", joined, otherJoined);
    long newJoinedAndLost = Checks.addExact("joinedAndLost", joinedAndLost, otherJoinedAndLost);
    long newWithout = Checks.addExact("departuresWithoutReason", departuresWithoutReason, otherWithout);
    Map<ChurnReason, Long> newReasons = new HashMap<>(departuresByReason);
    for (Map.Entry<ChurnReason, Long> e : otherReasons.entrySet()) {
      newReasons.put(e.getKey(), Checks.addExact("departures citing " + e.getKey(),
          newReasons.getOrDefault(e.getKey(), 0L), e.getValue()));
    }
    count = newCount;
    atStart = newAtStart;
    lost = newLost;
    joined = newJoined;
    joinedAndLost = newJoinedAndLost;
    departuresWithoutReason = newWithout;
    departuresByReason = newReasons;
    startingRevenue = startingRevenue.add(otherStarting);
    churnedRevenue = churnedRevenue.add(otherChurned);
    contraction = contraction.add(otherContraction);
    expansion = expansion.add(otherExpansion);
    newRevenue = newRevenue.add(otherNew);
    return this;
  }

  /**
   * Returns how many subscriptions were added, merged ones included, whether or not they touched the
   * period.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns the tally so far; the accumulator stays usable.
   *
   * @return the immutable tally (all zero if nothing touching the period was added)
   */
  @Override
  public PeriodChurn snapshot() {
    return new PeriodChurn(period, atStart, lost, joined, joinedAndLost, money(startingRevenue),
        money(churnedRevenue), money(contraction), money(expansion), money(newRevenue),
        departuresByReason, departuresWithoutReason);
  }

  private Money money(BigDecimal amount) {
    return Money.of(amount, currency);
  }
}
