package org.cxkit.metrics.churn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collector;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.Intervals;
import org.cxkit.metrics.churn.internal.Screening;

/**
 * A retention table by cohort: one row per period of a grid, holding the subscriptions that started
 * in it; one column per age in periods, holding how many of them (and how much of their revenue)
 * remained. See {@link Cohort} for the exact meaning of an age.
 *
 * <p>The table is read as of an instant: a cohort is listed only when its start period ended by
 * then (a cohort still filling up would be undercounted), and its ages only up to the last period
 * start not after it. <b>Pooled retention</b> at an age adds up, over the cohorts old enough to have
 * that age observed, the retained members and the cohort sizes, and divides: younger cohorts are left
 * out rather than counted as if they had all stayed or all left.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CohortTable {
  private final PeriodGrid grid;
  private final Instant asOf;
  private final Currency currency;
  private final List<Cohort> cohorts;

  CohortTable(PeriodGrid grid, Instant asOf, Currency currency, List<Cohort> cohorts) {
    this.grid = grid;
    this.asOf = asOf;
    this.currency = currency;
    this.cohorts = List.copyOf(cohorts);
  }

  /**
   * Returns an empty accumulator.
   *
   * @param grid the periods that cohorts start in and ages are counted in
   * @param asOf the instant the data is complete up to, at or after the end of the grid's first period
   * @param currency the currency of all revenue
   * @return a new accumulator
   */
  public static CohortTableAccumulator accumulator(PeriodGrid grid, Instant asOf, Currency currency) {
    return new CohortTableAccumulator(grid, asOf, currency);
  }

  /**
   * Returns a collector of subscriptions into a cohort table; usable on parallel streams. It throws
   * {@link IllegalArgumentException} for a subscription in another currency or not starting in a
   * complete period of the grid.
   *
   * @param grid the periods
   * @param asOf the instant the data is complete up to
   * @param currency the currency of all revenue
   * @return the collector
   */
  public static Collector<Subscription, CohortTableAccumulator, CohortTable> toCohortTable(
      PeriodGrid grid, Instant asOf, Currency currency) {
    accumulator(grid, asOf, currency);
    return Collector.of(() -> accumulator(grid, asOf, currency), CohortTableAccumulator::add,
        CohortTableAccumulator::merge, CohortTableAccumulator::snapshot, Collector.Characteristics.UNORDERED);
  }

  /**
   * Builds a cohort table from subscriptions, after {@linkplain Subscriptions#screen screening}
   * them; subscriptions that do not start in a complete period of the grid are set aside too.
   *
   * @param subscriptions the subscriptions, in any order
   * @param grid the periods
   * @param asOf the instant the data is complete up to
   * @param currency the currency of all revenue
   * @return the table, with the subscriptions set aside
   */
  public static BulkResult<Subscription, CohortTable> of(
      Iterable<Subscription> subscriptions, PeriodGrid grid, Instant asOf, Currency currency) {
    CohortTableAccumulator acc = accumulator(grid, asOf, currency);
    return Screening.screenInto(subscriptions, Objects.requireNonNull(currency, "currency"), true, acc::add,
        acc::snapshot);
  }

  /**
   * Returns the grid of periods.
   *
   * @return the grid
   */
  public PeriodGrid grid() {
    return grid;
  }

  /**
   * Returns the instant the table is read as of.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns the currency of the revenue figures.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the cohorts, one per complete period of the grid, in time order (empty ones included).
   *
   * @return the cohorts
   */
  public List<Cohort> cohorts() {
    return cohorts;
  }

  /**
   * Returns the oldest age observed in any cohort: that of the first.
   *
   * @return the age, at least 1
   */
  public int maxAge() {
    return cohorts.get(0).maxAge();
  }

  /**
   * Returns retention at an age pooled over the cohorts that have it observed: retained members ÷
   * members, with a Wilson score interval.
   *
   * @param age from 0 to {@link #maxAge()}
   * @param level the confidence level, strictly between 0 and 1
   * @return the pooled retention, or empty if no cohort old enough has a member
   */
  public Optional<Estimate> pooledRetention(int age, double level) {
    checkAge(age);
    long members = 0;
    long retained = 0;
    for (Cohort c : cohorts) {
      if (c.maxAge() >= age) {
        members += c.size();
        retained += c.retained().get(age);
      }
    }
    return members == 0 ? Optional.empty() : Optional.of(Intervals.wilson(retained, members, level));
  }

  /**
   * Returns revenue retention at an age pooled over the cohorts that have it observed: their revenue
   * at that age ÷ their revenue at age 0.
   *
   * @param age from 0 to {@link #maxAge()}
   * @return the ratio, or empty if the cohorts old enough started with no revenue
   */
  public OptionalDouble pooledRevenueRetention(int age) {
    checkAge(age);
    BigDecimal start = BigDecimal.ZERO;
    BigDecimal then = BigDecimal.ZERO;
    for (Cohort c : cohorts) {
      if (c.maxAge() >= age) {
        start = start.add(c.revenue().get(0).amount());
        then = then.add(c.revenue().get(age).amount());
      }
    }
    return start.signum() == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(then.divide(start, MathContext.DECIMAL64).doubleValue());
  }

  private void checkAge(int age) {
    if (age < 0 || age > maxAge()) {
      throw new IllegalArgumentException("Invalid value for age (valid values 0 - " + maxAge() + "): " + age);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CohortTable t && grid.equals(t.grid) && asOf.equals(t.asOf)
        && currency.equals(t.currency) && cohorts.equals(t.cohorts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(grid, asOf, currency, cohorts);
  }

  /** Returns a summary: the grid, the as-of instant and the cohort sizes. */
  @Override
  public String toString() {
    List<Long> sizes = new ArrayList<>();
    cohorts.forEach(c -> sizes.add(c.size()));
    return "CohortTable{" + grid + ", asOf=" + asOf + ", sizes=" + sizes + "}";
  }
}
