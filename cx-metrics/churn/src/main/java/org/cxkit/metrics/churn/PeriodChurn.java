package org.cxkit.metrics.churn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.stat.Intervals;
import org.cxkit.core.time.Interval;
import org.cxkit.core.time.PeriodSeries;
import org.cxkit.metrics.churn.internal.Screening;

/**
 * Churn over one reporting period: how many subscriptions the period started with, how many of
 * those were lost during it, how many joined, and what happened to their recurring revenue. The
 * tally behind the customer churn rate, gross and net revenue retention, and churn reasons.
 *
 * <h2>Who counts where</h2>
 * For a period {@code [start, end)} (an {@link Interval}; a calendar month in a zone is
 * {@code CalendarPeriod.parse("2026-03").toInterval(zone)}), each subscription's start and end are
 * events that fall in exactly one period (the one containing the instant):
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
 * <h2>Churn reasons</h2>
 * Reasons are counted over every departure in the period (lost plus joined and lost). By default a
 * departure cites its recorded {@link Subscription#churnReason()}, if any. A multi-select exit survey
 * lets one departure cite several reasons: the factories that take a {@code reasons} function (such as
 * {@link Subscriptions#citedReasons}) count each reason once per departure that cites it. So
 * {@link #departuresFor} is the number of departures <em>citing</em> a reason and
 * {@link #reasonShare} the share of departures citing it; with several reasons per departure the
 * shares of all reasons can add up to more than 1. Departures citing no reason are counted apart
 * ({@link #departuresWithoutReason()}) and stay in every share's denominator.
 *
 * <p>Empty input: a tally of zeros (no subscription, zero revenue in the currency, no reason); its
 * rates throw {@link IllegalStateException}, since nothing was at the start.
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
 * @param departuresByReason per reason, the departures (lost plus joined and lost) citing it, each
 *     from 0 to the departures with a reason; together at least the departures with a reason (exactly
 *     when each cites one)
 * @param departuresWithoutReason the departures citing no reason, from 0 to {@code lost + joinedAndLost}
 */
public record PeriodChurn(
    Interval period,
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

  static final Comparator<ChurnReason> BY_NAME = Comparator.comparing(ChurnReason::name);

  /**
   * Checks that the parts are consistent.
   *
   * @throws IllegalArgumentException if a count or amount is out of its range, a sum of counts
   *     overflows, or the amounts mix currencies
   */
  public PeriodChurn {
    Objects.requireNonNull(period, "period");
    Checks.nonNegative("atStart", atStart);
    Checks.inRange("lost", lost, 0, atStart);
    Checks.nonNegative("joined", joined);
    Checks.inRange("joinedAndLost", joinedAndLost, 0, joined);
    long departures = Checks.addExact("departures", lost, joinedAndLost);
    Checks.addExact("atEnd", atStart - lost, joined - joinedAndLost);
    Checks.inRange("departuresWithoutReason", departuresWithoutReason, 0, departures);
    Currency currency = Objects.requireNonNull(startingRevenue, "startingRevenue").currency();
    revenue("startingRevenue", startingRevenue, currency);
    revenue("churnedRevenue", churnedRevenue, currency);
    revenue("contraction", contraction, currency);
    revenue("expansion", expansion, currency);
    revenue("newRevenue", newRevenue, currency);
    if (churnedRevenue.plus(contraction).compareTo(startingRevenue) > 0) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "churnedRevenue + contraction",
          "must be at most startingRevenue " + startingRevenue, churnedRevenue.plus(contraction));
    }
    long withReason = departures - departuresWithoutReason;
    Map<ChurnReason, Long> reasons = new TreeMap<>(BY_NAME);
    long cited = 0;
    for (Map.Entry<ChurnReason, Long> e : departuresByReason.entrySet()) {
      long n = Checks.inRange("departures citing " + Objects.requireNonNull(e.getKey(), "reason"),
          Objects.requireNonNull(e.getValue(), "count"), 0, withReason);
      if (n > 0) {
        reasons.put(e.getKey(), n);
        cited = Math.min(withReason, cited + n); // capped: only "at least withReason" matters
      }
    }
    if (cited < withReason) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "departuresByReason",
          "each departure with a reason cites at least one, so the counts add up to at least lost + joinedAndLost"
              + " - departuresWithoutReason = " + withReason, cited);
    }
    departuresByReason = Collections.unmodifiableMap(reasons);
  }

  private static void revenue(String field, Money m, Currency currency) {
    Objects.requireNonNull(m, field);
    if (!m.currency().equals(currency)) {
      throw Checks.invalid(ReasonCode.CURRENCY_MISMATCH, field, "must be in " + currency
          + ", currencies are never mixed", m);
    }
    Checks.nonNegative(field, m.amount());
  }

  /**
   * Returns an empty accumulator for a period and currency; departures cite their recorded reason.
   *
   * @param period the reporting period
   * @param currency the currency of all revenue
   * @return a new accumulator
   */
  public static PeriodChurnAccumulator accumulator(Interval period, Currency currency) {
    return new PeriodChurnAccumulator(period, currency, null);
  }

  /**
   * Returns an empty accumulator for a period and currency, where each departure cites the reasons a
   * function gives (several for a multi-select exit survey; see the class comment).
   *
   * @param period the reporting period
   * @param currency the currency of all revenue
   * @param reasons the reasons a departing subscription cites, such as
   *     {@link Subscriptions#citedReasons}; asked once per departure in the period
   * @return a new accumulator
   */
  public static PeriodChurnAccumulator accumulator(Interval period, Currency currency,
      Function<? super Subscription, ? extends Set<ChurnReason>> reasons) {
    return new PeriodChurnAccumulator(period, currency, Objects.requireNonNull(reasons, "reasons"));
  }

  /**
   * Returns a collector of subscriptions into the churn of one period; usable on parallel streams.
   * It throws {@link IllegalArgumentException} for a subscription in another currency or with an
   * implausible date; it cannot see overlaps between subscriptions, which {@link #of} screens for.
   *
   * @param period the reporting period
   * @param currency the currency of all revenue
   * @return the collector
   */
  public static Collector<Subscription, PeriodChurnAccumulator, PeriodChurn> toPeriodChurn(
      Interval period, Currency currency) {
    accumulator(period, currency);
    return Accumulators.collector(() -> accumulator(period, currency));
  }

  /**
   * Returns a collector of subscriptions into the churn of one period where each departure cites the
   * reasons a function gives, as {@link #toPeriodChurn(Interval, Currency)} otherwise.
   *
   * @param period the reporting period
   * @param currency the currency of all revenue
   * @param reasons the reasons a departing subscription cites
   * @return the collector
   */
  public static Collector<Subscription, PeriodChurnAccumulator, PeriodChurn> toPeriodChurn(
      Interval period, Currency currency, Function<? super Subscription, ? extends Set<ChurnReason>> reasons) {
    accumulator(period, currency, reasons);
    return Accumulators.collector(() -> accumulator(period, currency, reasons));
  }

  /**
   * Tallies the churn of one period from subscriptions, after {@linkplain Subscriptions#screen
   * screening} them: those with an implausible date, in another currency, with a repeated id, or
   * overlapping another of the same customer and product are set aside with the reason.
   *
   * @param subscriptions the subscriptions, in any order
   * @param period the reporting period
   * @param currency the currency of all revenue
   * @return the churn, with the subscriptions set aside
   */
  public static BulkResult<Subscription, PeriodChurn> of(
      Iterable<Subscription> subscriptions, Interval period, Currency currency) {
    PeriodChurnAccumulator acc = accumulator(period, currency);
    return Screening.screenInto(subscriptions, currency, true, acc::add, acc::snapshot);
  }

  /**
   * Tallies the churn of one period as {@link #of(Iterable, Interval, Currency)} does, where each
   * departure cites the reasons a function gives.
   *
   * @param subscriptions the subscriptions, in any order
   * @param period the reporting period
   * @param currency the currency of all revenue
   * @param reasons the reasons a departing subscription cites
   * @return the churn, with the subscriptions set aside
   */
  public static BulkResult<Subscription, PeriodChurn> of(Iterable<Subscription> subscriptions, Interval period,
      Currency currency, Function<? super Subscription, ? extends Set<ChurnReason>> reasons) {
    PeriodChurnAccumulator acc = accumulator(period, currency, reasons);
    return Screening.screenInto(subscriptions, currency, true, acc::add, acc::snapshot);
  }

  /**
   * Tallies the churn of every period of a series of calendar periods (months, quarters…, aligned to
   * the calendar in the series' zone), after screening as {@link #of} does. Each period's tally equals
   * that of {@link #accumulator} over the same subscriptions; the time taken grows with the number of
   * subscriptions and revenue changes and, once, with the number of periods, not with their product.
   *
   * @param subscriptions the subscriptions, in any order
   * @param series the periods
   * @param currency the currency of all revenue
   * @return one churn per period of the series, in order ({@code get(i)} is {@code series.period(i)}),
   *     with the subscriptions set aside
   */
  public static BulkResult<Subscription, List<PeriodChurn>> series(
      Iterable<Subscription> subscriptions, PeriodSeries series, Currency currency) {
    return tally(subscriptions, series, currency, null);
  }

  /**
   * Tallies the churn of every period of a series as {@link #series(Iterable, PeriodSeries, Currency)}
   * does, where each departure cites the reasons a function gives: the input of a
   * {@link ReasonTrend} that counts each reason once per departure citing it.
   *
   * @param subscriptions the subscriptions, in any order
   * @param series the periods
   * @param currency the currency of all revenue
   * @param reasons the reasons a departing subscription cites
   * @return one churn per period of the series, in order, with the subscriptions set aside
   */
  public static BulkResult<Subscription, List<PeriodChurn>> series(Iterable<Subscription> subscriptions,
      PeriodSeries series, Currency currency, Function<? super Subscription, ? extends Set<ChurnReason>> reasons) {
    return tally(subscriptions, series, currency, Objects.requireNonNull(reasons, "reasons"));
  }

  /** The series, with {@code reasons} null for the recorded reason alone. */
  private static BulkResult<Subscription, List<PeriodChurn>> tally(Iterable<Subscription> subscriptions,
      PeriodSeries series, Currency currency, Function<? super Subscription, ? extends Set<ChurnReason>> reasons) {
    SeriesTally tally = new SeriesTally(series, currency, reasons);
    return Screening.screenInto(subscriptions, currency, true, tally::add, tally::snapshot);
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
   * Returns the departures citing at least one reason.
   *
   * @return {@code departures() - departuresWithoutReason()}
   */
  public long departuresWithReason() {
    return departures() - departuresWithoutReason;
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
   * Returns the churn rate {@code lost / atStart} with its Wilson interval under
   * {@link Confidence#DEFAULT} (95 %, flagged below 30 at the start).
   *
   * @return the rate, in [0, 1]
   * @throws IllegalStateException if nothing was active at the start
   */
  public Estimate churnRate() {
    return churnRate(Confidence.DEFAULT);
  }

  /**
   * Returns the churn rate: subscriptions lost during the period ÷ subscriptions at its start, with
   * a Wilson score interval. Joiners are in neither term. Quote it per another length with
   * {@code Rate.churn(r, TimeScale.MONTH).per(TimeScale.YEAR)}, or for the estimate with its interval
   * {@code churnRate().map(r -> Rate.churn(r, MONTH).per(YEAR).value())}.
   *
   * @param confidence the level of the interval and the minimum at-start count
   * @return the rate, in [0, 1], with {@code n = atStart}; {@linkplain Estimate#isBelowMinimum() below
   *     the minimum} when fewer than {@code confidence.minimumN()} were at the start
   * @throws IllegalStateException if nothing was active at the start
   */
  public Estimate churnRate(Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    return Intervals.wilson(lost, requireAtStart(), confidence);
  }

  /**
   * Returns the retention rate {@code (atStart - lost) / atStart} with its Wilson interval under
   * {@link Confidence#DEFAULT}.
   *
   * @return the rate, in [0, 1]
   * @throws IllegalStateException if nothing was active at the start
   */
  public Estimate retentionRate() {
    return retentionRate(Confidence.DEFAULT);
  }

  /**
   * Returns the retention rate {@code (atStart - lost) / atStart}, the complement of the churn
   * rate, with a Wilson score interval.
   *
   * @param confidence the level of the interval and the minimum at-start count
   * @return the rate, in [0, 1], with {@code n = atStart}
   * @throws IllegalStateException if nothing was active at the start
   */
  public Estimate retentionRate(Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    return Intervals.wilson(atStart - lost, requireAtStart(), confidence);
  }

  /**
   * Returns the churn rate over start plus joiners with its Wilson interval under
   * {@link Confidence#DEFAULT}.
   *
   * @return the rate, in [0, 1]
   * @throws IllegalStateException if the period saw no subscription
   */
  public Estimate churnRateOverStartPlusJoined() {
    return churnRateOverStartPlusJoined(Confidence.DEFAULT);
  }

  /**
   * Returns the churn rate over start plus joiners: every departure ÷ every subscription the period
   * saw, {@code (lost + joinedAndLost) / (atStart + joined)}, with a Wilson score interval. Lower
   * than {@link #churnRate(Confidence)} when joiners rarely leave in their first period; not to be
   * mixed with it.
   *
   * @param confidence the level of the interval and the minimum sample size
   * @return the rate, in [0, 1], with {@code n = atStart + joined}
   * @throws IllegalStateException if the period saw no subscription
   * @throws IllegalArgumentException if {@code atStart + joined} overflows
   */
  public Estimate churnRateOverStartPlusJoined(Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    long seen = Checks.addExact("atStart + joined", atStart, joined);
    if (seen == 0) {
      throw new IllegalStateException("No subscription was active in " + period + ": the churn rate is undefined");
    }
    return Intervals.wilson(departures(), seen, confidence);
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
    if (atStart == 0 && atEnd() == 0) {
      throw new IllegalStateException("No subscription was active at the start or end of " + period
          + ": the churn rate over the average count is undefined");
    }
    return 2.0 * departures() / ((double) atStart + atEnd());
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
   * Returns the share of the period's departures citing a reason with its Wilson interval under
   * {@link Confidence#DEFAULT}.
   *
   * @param reason the reason
   * @return the share, in [0, 1]
   * @throws IllegalStateException if there was no departure
   */
  public Estimate reasonShare(ChurnReason reason) {
    return reasonShare(reason, Confidence.DEFAULT);
  }

  /**
   * Returns the share of the period's departures citing a reason, with a Wilson score interval: each
   * departure is one trial, a success if it cites the reason. Departures citing no reason stay in the
   * denominator. When each departure cites at most one reason, the shares of all reasons and of
   * {@link #departuresWithoutReason()} add up to 1; when departures may cite several, the shares of
   * the reasons can add up to more than 1.
   *
   * @param reason the reason
   * @param confidence the level of the interval and the minimum number of departures
   * @return the share, in [0, 1], with {@code n = departures()}
   * @throws IllegalStateException if there was no departure
   */
  public Estimate reasonShare(ChurnReason reason, Confidence confidence) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(confidence, "confidence");
    if (departures() == 0) {
      throw new IllegalStateException("No subscription ended in " + period + ": reason shares are undefined");
    }
    return Intervals.wilson(departuresFor(reason), departures(), confidence);
  }

  /**
   * Returns how many departures cite a reason.
   *
   * @param reason the reason
   * @return the count, from 0 to {@link #departuresWithReason()}
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
