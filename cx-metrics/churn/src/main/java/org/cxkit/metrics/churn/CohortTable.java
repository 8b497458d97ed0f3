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
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.Intervals;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.PeriodSeries;
import org.cxkit.metrics.churn.internal.Screening;

/**
 * A retention table by cohort: one row per calendar period of a {@link PeriodSeries} (months,
 * quarters…, aligned to the calendar in the series' zone, so that the quarterly cohort
 * {@code 2024-Q1} is January to March whatever month the data starts in), holding the subscriptions
 * that started in it; one column per age in periods, holding how many of them (and how much of their
 * revenue) remained. See {@link Cohort} for the exact meaning of an age.
 *
 * <p>The table is read as of an instant: a cohort is listed only when its start period ended by
 * then (a cohort still filling up would be undercounted), and its ages only up to the last period
 * start not after it. <b>Pooled retention</b> at an age adds up, over the cohorts old enough to have
 * that age observed, the retained members and the cohort sizes, and divides: younger cohorts are left
 * out rather than counted as if they had all stayed or all left.
 *
 * <p>A table holds at most {@value #MAX_CELLS} (cohort, age) cells, a triangle of about 1,400
 * cohorts: a century of monthly cohorts, or four years of daily ones. A longer series, such as one
 * stretched to a date in the year 9999 by a single bad row, is refused with an
 * {@link IllegalArgumentException} (code {@code too-large}) rather than exhausting memory.
 *
 * <p>Empty input: one empty cohort per complete period (counts and revenue of zero); pooled
 * retention is then empty at every age.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CohortTable {
  /** The most (cohort, age) cells a table may hold. */
  public static final long MAX_CELLS = 1_000_000;

  private final PeriodSeries series;
  private final Instant asOf;
  private final Currency currency;
  private final List<Cohort> cohorts;

  CohortTable(PeriodSeries series, Instant asOf, Currency currency, List<Cohort> cohorts) {
    this.series = series;
    this.asOf = asOf;
    this.currency = currency;
    this.cohorts = List.copyOf(cohorts);
  }

  /**
   * Returns an empty accumulator.
   *
   * @param series the calendar periods that cohorts start in and ages are counted in
   * @param asOf the instant the data is complete up to, at or after the end of the series' first period
   * @param currency the currency of all revenue
   * @return a new accumulator
   * @throws IllegalArgumentException if {@code asOf} is before the end of the first period, or the
   *     table would hold more than {@value #MAX_CELLS} cells
   */
  public static CohortTableAccumulator accumulator(PeriodSeries series, Instant asOf, Currency currency) {
    return new CohortTableAccumulator(series, asOf, currency);
  }

  /**
   * Returns a collector of subscriptions into a cohort table; usable on parallel streams. It throws
   * {@link IllegalArgumentException} for a subscription in another currency, with an implausible
   * date, or not starting in a complete period of the series.
   *
   * @param series the periods
   * @param asOf the instant the data is complete up to
   * @param currency the currency of all revenue
   * @return the collector
   * @throws IllegalArgumentException as {@link #accumulator} does
   */
  public static Collector<Subscription, CohortTableAccumulator, CohortTable> toCohortTable(
      PeriodSeries series, Instant asOf, Currency currency) {
    accumulator(series, asOf, currency);
    return Accumulators.collector(() -> accumulator(series, asOf, currency));
  }

  /**
   * Builds a cohort table from subscriptions, after {@linkplain Subscriptions#screen screening}
   * them; subscriptions that do not start in a complete period of the series are set aside too.
   *
   * @param subscriptions the subscriptions, in any order
   * @param series the periods
   * @param asOf the instant the data is complete up to
   * @param currency the currency of all revenue
   * @return the table, with the subscriptions set aside
   * @throws IllegalArgumentException as {@link #accumulator} does
   */
  public static BulkResult<Subscription, CohortTable> of(
      Iterable<Subscription> subscriptions, PeriodSeries series, Instant asOf, Currency currency) {
    CohortTableAccumulator acc = accumulator(series, asOf, currency);
    return Screening.screenInto(subscriptions, Objects.requireNonNull(currency, "currency"), true, acc::add,
        acc::snapshot);
  }

  /**
   * Returns the series of periods.
   *
   * @return the series
   */
  public PeriodSeries series() {
    return series;
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
   * Returns the cohorts, one per complete period of the series, in time order (empty ones included).
   *
   * @return the cohorts, at least one
   */
  public List<Cohort> cohorts() {
    return cohorts;
  }

  /**
   * Returns the cohort of a period.
   *
   * @param period a calendar period
   * @return its cohort, or empty if the table has no row for it (another unit, outside the series,
   *     or not complete as of the table's instant)
   */
  public Optional<Cohort> cohort(CalendarPeriod period) {
    int i = series.indexOf(Objects.requireNonNull(period, "period"));
    return i >= 0 && i < cohorts.size() ? Optional.of(cohorts.get(i)) : Optional.empty();
  }

  /**
   * Returns how many subscriptions the table holds: the sum of the cohorts' counts.
   *
   * @return the count, zero or more
   */
  public long count() {
    long total = 0;
    for (Cohort c : cohorts) {
      total = Checks.addExact("count", total, c.count());
    }
    return total;
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
   * Returns retention at an age pooled over the cohorts that have it observed, with a Wilson interval
   * under {@link Confidence#DEFAULT}.
   *
   * @param age from 0 to {@link #maxAge()}
   * @return the pooled retention, or empty if no cohort old enough has a member
   * @throws IllegalArgumentException if the age is out of range
   */
  public Optional<Estimate> pooledRetention(int age) {
    return pooledRetention(age, Confidence.DEFAULT);
  }

  /**
   * Returns retention at an age pooled over the cohorts that have it observed: retained members ÷
   * members, with a Wilson score interval.
   *
   * @param age from 0 to {@link #maxAge()}
   * @param confidence the level of the interval and the minimum number of members
   * @return the pooled retention, or empty if no cohort old enough has a member
   * @throws IllegalArgumentException if the age is out of range
   */
  public Optional<Estimate> pooledRetention(int age, Confidence confidence) {
    checkAge(age);
    Objects.requireNonNull(confidence, "confidence");
    long members = 0;
    long retained = 0;
    for (Cohort c : cohorts) {
      if (c.maxAge() >= age) {
        members = Checks.addExact("members", members, c.count());
        retained += c.retained().get(age);
      }
    }
    return members == 0 ? Optional.empty() : Optional.of(Intervals.wilson(retained, members, confidence));
  }

  /**
   * Returns revenue retention at an age pooled over the cohorts that have it observed: their revenue
   * at that age ÷ their revenue at age 0.
   *
   * @param age from 0 to {@link #maxAge()}
   * @return the ratio, or empty if the cohorts old enough started with no revenue
   * @throws IllegalArgumentException if the age is out of range
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
    Checks.inRange("age", age, 0, maxAge());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CohortTable t && series.equals(t.series) && asOf.equals(t.asOf)
        && currency.equals(t.currency) && cohorts.equals(t.cohorts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(series, asOf, currency, cohorts);
  }

  /** Returns a summary: the series, the as-of instant and the cohort counts by label. */
  @Override
  public String toString() {
    List<String> sizes = new ArrayList<>();
    cohorts.forEach(c -> sizes.add(c.period() + "=" + c.count()));
    return "CohortTable{" + series + ", asOf=" + asOf + ", counts=" + sizes + "}";
  }
}
