package org.cxkit.metrics.churn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.PeriodSeries;
import org.cxkit.metrics.churn.internal.Screening;

/**
 * A mutable cohort table to which subscriptions are added one at a time; {@link #snapshot()} gives
 * the immutable {@link CohortTable}. Tables of disjoint sets of subscriptions {@linkplain #merge
 * merge} into exactly the table of their union (counts are integers, revenue sums exact), so the
 * accumulator is a valid combiner for {@code Stream.collect} and distributed reductions.
 *
 * <p>Each subscription costs a binary search for its start and end and one addition per revenue
 * change: a member's survival is recorded once, at the last age it reached, and its revenue as the
 * steps of its revenue history; the per-age columns are summed at {@link #snapshot()}.
 *
 * <p>Memory is one {@code long} and one reference per (cohort, age) cell, at most
 * {@value CohortTable#MAX_CELLS} cells.
 *
 * <p>This class is not thread-safe.
 */
public final class CohortTableAccumulator implements Accumulator<Subscription, CohortTableAccumulator, CohortTable> {
  private final PeriodSeries series;
  private final Instant asOf;
  private final Currency currency;
  /** The last period index whose start is not after asOf. */
  private final int lastStart;
  /** Per cohort: members by the last age they were retained at. */
  private final long[][] lastAge;
  /** Per cohort: the sum of revenue at age 0. */
  private final BigDecimal[] startRevenue;
  /** Per cohort: revenue steps by age, from age 1; their running sum is the revenue at each age. */
  private final BigDecimal[][] revenueSteps;
  private long count;

  CohortTableAccumulator(PeriodSeries series, Instant asOf, Currency currency) {
    this.series = Objects.requireNonNull(series, "series");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.currency = Objects.requireNonNull(currency, "currency");
    if (asOf.isBefore(series.start(1))) {
      throw Checks.invalid(ReasonCode.OUT_OF_ORDER, "asOf", "must be at or after the end of the series' first period "
          + series.period(0) + ", " + series.start(1), asOf);
    }
    this.lastStart = Math.min(series.indexOf(asOf), series.size());
    int cohorts = lastStart;
    // Cohort c has ages 0 to lastStart - c: a triangle of lastStart (lastStart + 3) / 2 cells.
    long cells = (long) cohorts * (cohorts + 3) / 2;
    if (cells > CohortTable.MAX_CELLS) {
      throw Checks.invalid(ReasonCode.TOO_LARGE, "series", "a cohort table holds at most " + CohortTable.MAX_CELLS
          + " (cohort, age) cells; choose a longer unit or a shorter series", cohorts + " " + series.unit()
          + " cohorts from " + series.period(0) + " as of " + asOf + " (" + cells + " cells)");
    }
    this.lastAge = new long[cohorts][];
    this.startRevenue = new BigDecimal[cohorts];
    this.revenueSteps = new BigDecimal[cohorts][];
    for (int c = 0; c < cohorts; c++) {
      lastAge[c] = new long[lastStart - c + 1];
      startRevenue[c] = BigDecimal.ZERO;
      revenueSteps[c] = new BigDecimal[lastStart - c + 2];
    }
  }

  /**
   * Adds one subscription to the cohort of the period it started in.
   *
   * @param subscription the subscription
   * @return this accumulator
   * @throws IllegalArgumentException ({@link org.cxkit.core.result.InvalidValueException}) if its
   *     revenue is in another currency, an instant of it lies outside the years 1 to 9999, or it did
   *     not start in a period of the series that ended by the as-of instant; the accumulator is then
   *     unchanged
   */
  @Override
  public CohortTableAccumulator add(Subscription subscription) {
    Screening.check(subscription, currency);
    int c = series.indexOf(subscription.startedAt());
    if (c < 0 || c >= lastStart) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "startedAt", "must be in a period of the series that ended by "
          + asOf + ", from " + series.start(0) + " to before " + series.start(lastStart), subscription.startedAt());
    }
    count = Checks.addExact("count", count, 1);
    int maxAge = lastStart - c;
    // Retained at age k means not ended before start(c + k): the ended-at period index bounds k.
    Instant endedAt = subscription.endedAt().orElse(null);
    int reached = endedAt == null ? maxAge : Math.min(series.indexOf(endedAt), lastStart) - c;
    lastAge[c][reached]++;
    List<RevenueChange> changes = subscription.revenue();
    startRevenue[c] = startRevenue[c].add(changes.get(0).recurring().amount());
    BigDecimal previous = BigDecimal.ZERO;
    for (RevenueChange change : changes) {
      // A change counts from the first period start strictly after it.
      int age = series.indexOf(change.effectiveFrom()) + 1 - c;
      if (age > reached) {
        break;
      }
      BigDecimal amount = change.recurring().amount();
      step(c, age, amount.subtract(previous));
      previous = amount;
    }
    step(c, reached + 1, previous.negate());
    return this;
  }

  private void step(int cohort, int age, BigDecimal delta) {
    if (delta.signum() != 0) {
      BigDecimal[] steps = revenueSteps[cohort];
      steps[age] = steps[age] == null ? delta : steps[age].add(delta);
    }
  }

  /**
   * Adds subscriptions.
   *
   * @param subscriptions the subscriptions
   * @return this accumulator
   * @throws IllegalArgumentException if one is rejected by {@link #add} (those before it stay added)
   */
  public CohortTableAccumulator addAll(Iterable<Subscription> subscriptions) {
    subscriptions.forEach(this::add);
    return this;
  }

  /**
   * Adds another accumulator's table of a disjoint set of subscriptions; the other is unchanged.
   *
   * @param other a table over the same series, as-of instant and currency
   * @return this accumulator
   * @throws IllegalArgumentException if the series, as-of instant or currency differs, or the count
   *     overflows; this accumulator is then unchanged
   */
  @Override
  public CohortTableAccumulator merge(CohortTableAccumulator other) {
    return addAll(other.snapshot());
  }

  /**
   * Adds a finished table of a disjoint set of subscriptions.
   *
   * @param other a table over the same series, as-of instant and currency
   * @return this accumulator
   * @throws IllegalArgumentException if the series, as-of instant or currency differs, or the count
   *     overflows; this accumulator is then unchanged
   */
  public CohortTableAccumulator addAll(CohortTable other) {
    if (!other.series().equals(series) || !other.asOf().equals(asOf) || !other.currency().equals(currency)) {
      throw Checks.invalid(ReasonCode.INVALID, "table", "expected series " + series + ", asOf " + asOf
          + ", currency " + currency, other);
    }
    // Every cell is at most the count, so if the count does not overflow, no cell does.
    count = Checks.addExact("count", count, other.count());
    for (Cohort cohort : other.cohorts()) {
      int c = series.indexOf(cohort.period());
      List<Long> retained = cohort.retained();
      for (int k = 0; k < retained.size(); k++) {
        long next = k + 1 < retained.size() ? retained.get(k + 1) : 0;
        lastAge[c][k] += retained.get(k) - next;
      }
      startRevenue[c] = startRevenue[c].add(cohort.revenue().get(0).amount());
      BigDecimal previous = BigDecimal.ZERO;
      for (int k = 1; k < retained.size(); k++) {
        BigDecimal amount = cohort.revenue().get(k).amount();
        step(c, k, amount.subtract(previous));
        previous = amount;
      }
      step(c, retained.size(), previous.negate());
    }
    return this;
  }

  /**
   * Returns how many subscriptions were added, merged ones included: the members of every cohort.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns the table so far; the accumulator stays usable.
   *
   * @return the immutable table, with every cohort of a complete period (empty ones included)
   */
  @Override
  public CohortTable snapshot() {
    List<Cohort> cohorts = new ArrayList<>(lastAge.length);
    for (int c = 0; c < lastAge.length; c++) {
      int ages = lastAge[c].length;
      List<Long> retained = new ArrayList<>(ages);
      List<Money> revenue = new ArrayList<>(ages);
      long stillIn = 0;
      long[] counts = new long[ages];
      for (int k = ages - 1; k >= 0; k--) {
        stillIn += lastAge[c][k];
        counts[k] = stillIn;
      }
      BigDecimal running = BigDecimal.ZERO;
      for (int k = 0; k < ages; k++) {
        retained.add(counts[k]);
        if (k == 0) {
          revenue.add(Money.of(startRevenue[c], currency));
        } else {
          if (revenueSteps[c][k] != null) {
            running = running.add(revenueSteps[c][k]);
          }
          revenue.add(Money.of(running, currency));
        }
      }
      cohorts.add(new Cohort(series.period(c), retained, revenue));
    }
    return new CohortTable(series, asOf, currency, cohorts);
  }
}
