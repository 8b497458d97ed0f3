package org.cxkit.metrics.churn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.Intervals;
import org.cxkit.metrics.churn.internal.Screening;

/**
 * Churn over one reporting period: how many subscriptions the period started with, how many of
 * those were lost during it, how many joined, and what happened to their recurring revenue. The
 * tally behind the customer churn rate, gross and net revenue retention, and churn reasons.
 *
 * <h2>Who counts where</h2>
 * For a period {@code [start, end)}, each subscription's start and end are events that fall in
 * exactly one period (the one containing the instant):
 * <ul>
 *   <li><b>at start</b>: started before {@code start} and not ended before it
 *       ({@code startedAt < start <= endedAt}, or no end): the population the period begins with;
 *   <li><b>lost</b>: at start, and ended during the period ({@code start <= endedAt < end}). A
 *       subscription that ends on the last instant of a period is lost in that period; one that ends
 *       on the first instant of the next is lost in the next (and is at start there);
 *   <li><b>joined</b>: started during the period; reported apart, in neither term of the churn rate;
 *   <li><b>joined and lost</b>: joined, and ended within the same period;
 *   <li><b>at end</b>: {@code atStart - lost + joined - joinedAndLost}, which is the next period's
 *       at-start count.
 * </ul>
 * The unit counted is the subscription (one customer's hold on one product). For customers with a
 * single product, as in most subscription businesses, this is the customer count.
 *
 * <h2>Revenue</h2>
 * Revenue is the recurring revenue in force just before an instant (a change effective at the
 * period's first instant is a change during the period). For subscriptions at start: <b>starting
 * revenue</b> is their revenue going into the period; <b>churned</b> is the starting revenue of those
 * lost; for the others, <b>expansion</b> and <b>contraction</b> are the rises and falls from their
 * starting revenue to their revenue going into the next period. <b>New revenue</b> is that of joiners
 * still active at the end. All sums are exact ({@link BigDecimal}).
 *
 * <p>Churn reasons are counted over every departure in the period (lost plus joined and lost), with
 * departures that recorded no reason counted apart.
 *
 * <p>Build one with {@link #accumulator}, {@link #toPeriodChurn} or {@link #of}; this record is immutable
 * and thread-safe.
 *
 * @param period the reporting period
 * @param atStart subscriptions at the start, zero or more
 * @param lost subscriptions at start that ended during the period, from 0 to {@code atStart}
 * @param joined subscriptions that started during the period, zero or more
 * @param joinedAndLost subscriptions that started and ended during the period, from 0 to {@code joined}
 * @param startingRevenue the recurring revenue of the subscriptions at start, zero or more
 * @param churnedRevenue the starting revenue of those lost, zero or more
 * @param contraction the falls in revenue of those at start not lost, zero or more
 * @param expansion the rises in revenue of those at start not lost, zero or more
 * @param newRevenue the revenue of those joined and not lost, zero or more
 * @param departuresByReason the departures (lost plus joined and lost) per recorded reason
 * @param departuresWithoutReason the departures with no recorded reason, zero or more
 */
public record PeriodChurn(
    ReportingPeriod period,
    long atStart,
    long lost,
    long joined,
    long joinedAndLost,
    Money startingRevenue,
    Money churnedRevenue,
    Money contraction,
    Money expansion,
    Money newRevenue,
    Map<ChurnReason, Long> departuresByReason,
    long departuresWithoutReason) {

  /** The confidence level used where none is given: 95 %. */
  public static final double DEFAULT_LEVEL = 0.95;

  static final Comparator<ChurnReason> BY_NAME = Comparator.comparing(ChurnReason::name);

  /**
   * Checks that the parts are consistent.
   *
   * @throws IllegalArgumentException if a count or amount is out of its range, or the amounts mix currencies
   */
  public PeriodChurn {
    Objects.requireNonNull(period, "period");
    count("atStart", atStart, Long.MAX_VALUE);
    count("lost", lost, atStart);
    count("joined", joined, Long.MAX_VALUE);
    count("joinedAndLost", joinedAndLost, joined);
    count("departuresWithoutReason", departuresWithoutReason, lost + joinedAndLost);
    Currency currency = startingRevenue.currency();
    for (Money m : List.of(startingRevenue, churnedRevenue, contraction, expansion, newRevenue)) {
      if (m.isNegative() || !m.currency().equals(currency)) {
        throw new IllegalArgumentException("Invalid value for revenue (must be zero or more, in "
            + currency + "): " + m);
      }
    }
    if (churnedRevenue.plus(contraction).compareTo(startingRevenue) > 0) {
      throw new IllegalArgumentException("Invalid value for churnedRevenue + contraction (must be at most "
          + "startingRevenue " + startingRevenue + "): " + churnedRevenue.plus(contraction));
    }
    Map<ChurnReason, Long> reasons = new TreeMap<>(BY_NAME);
    long withReason = 0;
    for (Map.Entry<ChurnReason, Long> e : departuresByReason.entrySet()) {
      long n = count("departures for " + e.getKey(), e.getValue(), Long.MAX_VALUE);
      if (n > 0) {
        reasons.put(e.getKey(), n);
        withReason += n;
      }
    }
    if (withReason + departuresWithoutReason != lost + joinedAndLost) {
      throw new IllegalArgumentException("Invalid value for departures by reason (must add up with those without "
          + "reason to lost + joinedAndLost = " + (lost + joinedAndLost) + "): " + (withReason + departuresWithoutReason));
    }
    departuresByReason = Collections.unmodifiableMap(reasons);
  }

  private static long count(String field, long value, long max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException("Invalid value for " + field + " (valid values 0 - " + max + "): " + value);
    }
    return value;
  }

  /**
   * Returns an empty accumulator for a period and currency.
   *
   * @param period the reporting period
   * @param currency the currency of all revenue
   * @return a new accumulator
   */
  public static PeriodChurnAccumulator accumulator(ReportingPeriod period, Currency currency) {
    return new PeriodChurnAccumulator(period, currency);
  }

  /**
   * Returns a collector of subscriptions into the churn of one period; usable on parallel streams.
   * It throws {@link IllegalArgumentException} for a subscription in another currency; it cannot see
   * overlaps between subscriptions, which {@link #of} screens for.
   *
   * @param period the reporting period
   * @param currency the currency of all revenue
   * @return the collector
   */
  public static Collector<Subscription, PeriodChurnAccumulator, PeriodChurn> toPeriodChurn(
      ReportingPeriod period, Currency currency) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(currency, "currency");
    return Collector.of(() -> accumulator(period, currency), PeriodChurnAccumulator::add,
        PeriodChurnAccumulator::merge, PeriodChurnAccumulator::snapshot, Collector.Characteristics.UNORDERED);
  }

  /**
   * Tallies the churn of one period from subscriptions, after {@linkplain Subscriptions#screen
   * screening} them: those in another currency, with a repeated id, or overlapping another of the
   * same customer and product are set aside with the reason.
   *
   * @param subscriptions the subscriptions, in any order
   * @param period the reporting period
   * @param currency the currency of all revenue
   * @return the churn, with the subscriptions set aside
   */
  public static BulkResult<Subscription, PeriodChurn> of(
      Iterable<Subscription> subscriptions, ReportingPeriod period, Currency currency) {
    PeriodChurnAccumulator acc = accumulator(period, currency);
    return Screening.screenInto(subscriptions, currency, true, acc::add, acc::snapshot);
  }

  /**
   * Tallies the churn of every period of a grid, after screening as {@link #of} does.
   *
   * @param subscriptions the subscriptions, in any order
   * @param grid the periods
   * @param currency the currency of all revenue
   * @return one churn per period of the grid, in order, with the subscriptions set aside
   */
  public static BulkResult<Subscription, List<PeriodChurn>> series(
      Iterable<Subscription> subscriptions, PeriodGrid grid, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    List<PeriodChurnAccumulator> accs = new ArrayList<>(grid.size());
    for (int i = 0; i < grid.size(); i++) {
      accs.add(accumulator(grid.period(i), currency));
    }
    return Screening.screenInto(subscriptions, currency, true, s -> {
      // Only the periods from the one it starts in to the one it ends in can count it.
      int first = Math.max(0, grid.indexOf(s.startedAt()));
      int last = Math.min(grid.size() - 1, s.endedAt().map(grid::indexOf).orElse(grid.size() - 1));
      for (int i = first; i <= last; i++) {
        accs.get(i).add(s);
      }
    }, () -> {
      List<PeriodChurn> result = new ArrayList<>(grid.size());
      accs.forEach(acc -> result.add(acc.snapshot()));
      return Collections.unmodifiableList(result);
    });
  }

  /**
   * Returns the currency of the revenue figures.
   *
   * @return the currency
   */
  public Currency currency() {
    return startingRevenue.currency();
  }

  /**
   * Returns the subscriptions active going into the next period.
   *
   * @return {@code atStart - lost + joined - joinedAndLost}
   */
  public long atEnd() {
    return atStart - lost + joined - joinedAndLost;
  }

  /**
   * Returns every departure in the period.
   *
   * @return {@code lost + joinedAndLost}
   */
  public long departures() {
    return lost + joinedAndLost;
  }

  /**
   * Returns the recurring revenue going into the next period.
   *
   * @return starting − churned − contraction + expansion + new
   */
  public Money endingRevenue() {
    return startingRevenue.minus(churnedRevenue).minus(contraction).plus(expansion).plus(newRevenue);
  }

  /**
   * Returns the churn rate {@code lost / atStart} with its 95 % Wilson interval.
   *
   * @return the rate, in [0, 1]
   * @throws IllegalStateException if nothing was active at the start
   */
  public Estimate churnRate() {
    return churnRate(DEFAULT_LEVEL);
  }

  /**
   * Returns the churn rate: subscriptions lost during the period ÷ subscriptions at its start, with
   * a Wilson score interval. Joiners are in neither term.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the rate, in [0, 1], with {@code n = atStart}
   * @throws IllegalStateException if nothing was active at the start
   */
  public Estimate churnRate(double level) {
    return Intervals.wilson(lost, requireAtStart(), level);
  }

  /**
   * Returns the retention rate {@code (atStart - lost) / atStart}, the complement of the churn
   * rate, with a Wilson score interval.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the rate, in [0, 1], with {@code n = atStart}
   * @throws IllegalStateException if nothing was active at the start
   */
  public Estimate retentionRate(double level) {
    return Intervals.wilson(atStart - lost, requireAtStart(), level);
  }

  /**
   * Returns the churn rate over start plus joiners: every departure ÷ every subscription the period
   * saw, {@code (lost + joinedAndLost) / (atStart + joined)}, with a Wilson score interval. Lower
   * than {@link #churnRate(double)} when joiners rarely leave in their first period; not to be mixed
   * with it.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the rate, in [0, 1], with {@code n = atStart + joined}
   * @throws IllegalStateException if the period saw no subscription
   */
  public Estimate churnRateOverStartPlusJoined(double level) {
    if (atStart + joined == 0) {
      throw new IllegalStateException("No subscription was active in " + period + ": the churn rate is undefined");
    }
    return Intervals.wilson(departures(), atStart + joined, level);
  }

  /**
   * Returns the churn rate over the average count: every departure ÷ the mean of the counts at start
   * and at end, {@code (lost + joinedAndLost) / ((atStart + atEnd) / 2)}. Not a proportion (it can
   * exceed 1), so it carries no binomial interval.
   *
   * @return the rate, zero or more
   * @throws IllegalStateException if both counts are zero
   */
  public double churnRateOverAverage() {
    if (atStart + atEnd() == 0) {
      throw new IllegalStateException("No subscription was active at the start or end of " + period
          + ": the churn rate over the average count is undefined");
    }
    return 2.0 * departures() / (atStart + atEnd());
  }

  /**
   * Returns gross revenue retention: {@code (starting - churned - contraction) / starting}. Expansion
   * is left out, so it never exceeds 1.
   *
   * @return the ratio, in [0, 1]
   * @throws IllegalStateException if the starting revenue is zero
   */
  public double grossRevenueRetention() {
    return ratio(startingRevenue.minus(churnedRevenue).minus(contraction));
  }

  /**
   * Returns net revenue retention: {@code (starting - churned - contraction + expansion) / starting}.
   * Revenue from joiners is left out.
   *
   * @return the ratio, zero or more (above 1 when expansion outweighs churn and contraction)
   * @throws IllegalStateException if the starting revenue is zero
   */
  public double netRevenueRetention() {
    return ratio(startingRevenue.minus(churnedRevenue).minus(contraction).plus(expansion));
  }

  /**
   * Returns gross revenue churn: {@code (churned + contraction) / starting}, that is
   * {@code 1 - grossRevenueRetention()}.
   *
   * @return the ratio, in [0, 1]
   * @throws IllegalStateException if the starting revenue is zero
   */
  public double grossRevenueChurnRate() {
    return ratio(churnedRevenue.plus(contraction));
  }

  /**
   * Returns the share of the period's departures that gave a reason, with a Wilson score interval.
   * Departures without a recorded reason stay in the denominator, so the shares of all reasons and
   * of {@link #departuresWithoutReason()} add up to 1.
   *
   * @param reason the reason
   * @param level the confidence level, strictly between 0 and 1
   * @return the share, in [0, 1], with {@code n = departures()}
   * @throws IllegalStateException if there was no departure
   */
  public Estimate reasonShare(ChurnReason reason, double level) {
    Objects.requireNonNull(reason, "reason");
    if (departures() == 0) {
      throw new IllegalStateException("No subscription ended in " + period + ": reason shares are undefined");
    }
    return Intervals.wilson(departuresFor(reason), departures(), level);
  }

  /**
   * Returns how many departures gave a reason.
   *
   * @param reason the reason
   * @return the count, zero or more
   */
  public long departuresFor(ChurnReason reason) {
    return departuresByReason.getOrDefault(Objects.requireNonNull(reason, "reason"), 0L);
  }

  private long requireAtStart() {
    if (atStart == 0) {
      throw new IllegalStateException("No subscription was active at the start of " + period
          + ": the churn rate is undefined");
    }
    return atStart;
  }

  private double ratio(Money numerator) {
    if (startingRevenue.isZero()) {
      throw new IllegalStateException("The starting revenue of " + period + " is zero: revenue retention is undefined");
    }
    return numerator.amount().divide(startingRevenue.amount(), MathContext.DECIMAL64).doubleValue();
  }
}
