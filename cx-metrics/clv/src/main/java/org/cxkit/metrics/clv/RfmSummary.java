package org.cxkit.metrics.clv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.SetAside;

/**
 * Per-customer repeat-buying summaries ({@link Rfm}) built from purchases, with a calibration
 * period and an optional holdout period.
 *
 * <p>The conventions are those that reproduce the published CDNOW summaries of Fader, Hardie and
 * Lee (2005): purchases are placed on calendar days in a stated time zone; purchases of one customer
 * on the same day are merged into one transaction whose value is their sum; a customer's first
 * purchase day is time 0 and is not a repeat purchase; x counts the later purchase days up to the
 * calibration end (inclusive); t<sub>x</sub> is (last purchase day − first) and T is (calibration
 * end − first), in whole days, divided by the unit's length in days; the repeat value sums the
 * merged repeat transactions only. Holdout purchases are those after the calibration end up to the
 * holdout end (inclusive).
 *
 * <p>Set aside, with the reason: purchases in a different currency from the first used one, all the
 * purchases of customers whose first purchase is after the calibration end (they are not in the
 * calibration cohort), and purchases after the observation end (the holdout end, or the calibration
 * end without a holdout). Empty input gives an empty summary.
 *
 * <p>{@link #from} takes the currency of the first purchase; an {@link Accumulator} (and the
 * {@link #toRfmSummary}) is given its currency, so that the result does not depend on the order in
 * which parts of the data are merged.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RfmSummary {
  private final List<Rfm> customers;
  private final LocalDate calibrationEnd;
  private final Optional<LocalDate> holdoutEnd;
  private final TimeScale unit;
  private final Optional<Currency> currency;

  private RfmSummary(List<Rfm> customers, LocalDate calibrationEnd, Optional<LocalDate> holdoutEnd, TimeScale unit,
      Optional<Currency> currency) {
    this.customers = List.copyOf(customers);
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
    this.unit = unit;
    this.currency = currency;
  }

  /**
   * Summarises purchases with a calibration period only.
   *
   * @param purchases the purchases, in any order
   * @param zone the time zone that places purchases on calendar days
   * @param calibrationEnd the last day of the calibration period, inclusive
   * @param unit the unit of the times in the summary
   * @return the summary, with the purchases set aside and why
   */
  public static BulkResult<Purchase, RfmSummary> from(Iterable<Purchase> purchases, ZoneId zone,
      LocalDate calibrationEnd, TimeScale unit) {
    return from(purchases, zone, calibrationEnd, Optional.empty(), unit);
  }

  /**
   * Summarises purchases with a calibration and a holdout period.
   *
   * @param purchases the purchases, in any order
   * @param zone the time zone that places purchases on calendar days
   * @param calibrationEnd the last day of the calibration period, inclusive
   * @param holdoutEnd the last day of the holdout period, inclusive, not before {@code calibrationEnd}
   * @param unit the unit of the times in the summary
   * @return the summary, with the purchases set aside and why
   * @throws IllegalArgumentException if the holdout ends before the calibration
   */
  public static BulkResult<Purchase, RfmSummary> from(Iterable<Purchase> purchases, ZoneId zone,
      LocalDate calibrationEnd, LocalDate holdoutEnd, TimeScale unit) {
    Objects.requireNonNull(holdoutEnd, "holdoutEnd");
    if (holdoutEnd.isBefore(calibrationEnd)) {
      throw new IllegalArgumentException("Invalid value for holdoutEnd (must not be before the calibration end "
          + calibrationEnd + "): " + holdoutEnd);
    }
    return from(purchases, zone, calibrationEnd, Optional.of(holdoutEnd), unit);
  }

  private static BulkResult<Purchase, RfmSummary> from(Iterable<Purchase> purchases, ZoneId zone,
      LocalDate calibrationEnd, Optional<LocalDate> holdoutEnd, TimeScale unit) {
    Objects.requireNonNull(purchases, "purchases");
    Iterator<Purchase> it = purchases.iterator();
    if (!it.hasNext()) {
      return new Accumulator(null, zone, calibrationEnd, holdoutEnd, unit).snapshot();
    }
    Purchase first = Objects.requireNonNull(it.next(), "purchase");
    Accumulator accumulator = new Accumulator(first.amount().currency(), zone, calibrationEnd, holdoutEnd, unit);
    accumulator.add(first);
    it.forEachRemaining(accumulator::add);
    return accumulator.snapshot();
  }

  /**
   * Returns an empty accumulator for purchases in one currency, with a calibration period only.
   *
   * @param currency the currency of the purchases to use; others are set aside
   * @param zone the time zone that places purchases on calendar days
   * @param calibrationEnd the last day of the calibration period, inclusive
   * @param unit the unit of the times in the summary
   * @return a new accumulator
   */
  public static Accumulator accumulator(Currency currency, ZoneId zone, LocalDate calibrationEnd, TimeScale unit) {
    return new Accumulator(Objects.requireNonNull(currency, "currency"), zone, calibrationEnd, Optional.empty(), unit);
  }

  /**
   * Returns an empty accumulator for purchases in one currency, with calibration and holdout periods.
   *
   * @param currency the currency of the purchases to use; others are set aside
   * @param zone the time zone that places purchases on calendar days
   * @param calibrationEnd the last day of the calibration period, inclusive
   * @param holdoutEnd the last day of the holdout period, inclusive, not before {@code calibrationEnd}
   * @param unit the unit of the times in the summary
   * @return a new accumulator
   * @throws IllegalArgumentException if the holdout ends before the calibration
   */
  public static Accumulator accumulator(Currency currency, ZoneId zone, LocalDate calibrationEnd,
      LocalDate holdoutEnd, TimeScale unit) {
    Objects.requireNonNull(holdoutEnd, "holdoutEnd");
    if (holdoutEnd.isBefore(calibrationEnd)) {
      throw new IllegalArgumentException("Invalid value for holdoutEnd (must not be before the calibration end "
          + calibrationEnd + "): " + holdoutEnd);
    }
    return new Accumulator(Objects.requireNonNull(currency, "currency"), zone, calibrationEnd, Optional.of(holdoutEnd),
        unit);
  }

  /**
   * Returns a collector that summarises a stream of purchases in one currency, with a calibration
   * period only. Safe on parallel streams: the partial accumulators merge exactly, and set-aside
   * positions are positions in the stream's encounter order.
   *
   * @param currency the currency of the purchases to use; others are set aside
   * @param zone the time zone that places purchases on calendar days
   * @param calibrationEnd the last day of the calibration period, inclusive
   * @param unit the unit of the times in the summary
   * @return the collector
   */
  public static Collector<Purchase, Accumulator, BulkResult<Purchase, RfmSummary>> toRfmSummary(Currency currency,
      ZoneId zone, LocalDate calibrationEnd, TimeScale unit) {
    accumulator(currency, zone, calibrationEnd, unit); // checks the arguments now, not at the first purchase
    return Collector.of(() -> accumulator(currency, zone, calibrationEnd, unit), Accumulator::add, Accumulator::merge,
        Accumulator::snapshot);
  }

  /**
   * A mutable, mergeable tally of purchases into per-customer summaries: {@link #add} purchases,
   * {@link #merge} tallies of other parts of the data, take a {@link #snapshot}. Merging the tallies
   * of consecutive parts gives exactly the tally of the whole (values are summed as
   * {@code BigDecimal}, so exactly), so the accumulator serves as the three functions of
   * {@code Stream.collect(supplier, accumulator, combiner)} or of any distributed reduce. A
   * purchase's position is its index among the purchases added to this accumulator, followed by
   * those merged into it.
   *
   * <p>Not thread-safe: give each thread its own and merge them.
   */
  public static final class Accumulator {
    private final Currency currency;
    private final ZoneId zone;
    private final LocalDate calibrationEnd;
    private final Optional<LocalDate> holdoutEnd;
    private final LocalDate observationEnd;
    private final TimeScale unit;
    private final Map<CustomerId, Days> byCustomer = new LinkedHashMap<>();
    private final List<SetAside<Purchase>> rejected = new ArrayList<>();
    private long count;

    Accumulator(Currency currency, ZoneId zone, LocalDate calibrationEnd, Optional<LocalDate> holdoutEnd,
        TimeScale unit) {
      this.currency = currency;
      this.zone = Objects.requireNonNull(zone, "zone");
      this.calibrationEnd = Objects.requireNonNull(calibrationEnd, "calibrationEnd");
      this.holdoutEnd = holdoutEnd;
      this.observationEnd = holdoutEnd.orElse(calibrationEnd);
      this.unit = Objects.requireNonNull(unit, "unit");
    }

    /**
     * Adds one purchase, or sets it aside with its reason.
     *
     * @param purchase the purchase
     */
    public void add(Purchase purchase) {
      Objects.requireNonNull(purchase, "purchase");
      long position = count++;
      Currency c = purchase.amount().currency();
      LocalDate day = LocalDate.ofInstant(purchase.purchasedAt(), zone);
      if (!c.equals(currency)) {
        rejected.add(new SetAside<>(position, purchase,
            "Invalid value for currency (expected " + currency + ", currencies are never mixed): " + c));
      } else if (day.isAfter(observationEnd)) {
        rejected.add(new SetAside<>(position, purchase,
            "Invalid value for purchase day (must not be after the observation end " + observationEnd + "): " + day));
      } else {
        byCustomer.computeIfAbsent(purchase.customer(), k -> new Days()).add(position, purchase, day);
      }
    }

    /**
     * Adds another accumulator's purchases to this one, as if they had been added after this one's.
     *
     * @param other an accumulator with the same currency, zone, periods and unit
     * @return this accumulator
     * @throws IllegalArgumentException if the other accumulator's settings differ
     */
    public Accumulator merge(Accumulator other) {
      if (!(Objects.equals(currency, other.currency) && zone.equals(other.zone)
          && calibrationEnd.equals(other.calibrationEnd) && holdoutEnd.equals(other.holdoutEnd)
          && unit.equals(other.unit))) {
        throw new IllegalArgumentException("Invalid value for other (must have the same currency, zone, periods "
            + "and unit): " + other);
      }
      long offset = count;
      for (SetAside<Purchase> s : other.rejected) {
        rejected.add(new SetAside<>(s.position() + offset, s.item(), s.reason()));
      }
      other.byCustomer.forEach((id, days) -> byCustomer.computeIfAbsent(id, k -> new Days()).addAll(days, offset));
      count += other.count;
      return this;
    }

    /**
     * Returns the summary of the purchases added so far; the accumulator stays usable.
     *
     * @return the summary, with the purchases set aside and why; empty input gives an empty summary
     */
    public BulkResult<Purchase, RfmSummary> snapshot() {
      List<SetAside<Purchase>> setAside = new ArrayList<>(rejected);
      List<Rfm> rows = new ArrayList<>();
      long used = 0;
      for (Map.Entry<CustomerId, Days> entry : byCustomer.entrySet()) {
        Days days = entry.getValue();
        LocalDate first = days.values.firstKey();
        if (first.isAfter(calibrationEnd)) {
          for (int i = 0; i < days.purchases.size(); i++) {
            setAside.add(new SetAside<>(days.positions.get(i), days.purchases.get(i),
                "Invalid value for first purchase day (must not be after the calibration end " + calibrationEnd
                    + "): " + first));
          }
          continue;
        }
        used += days.purchases.size();
        rows.add(summarise(entry.getKey(), days.values, first, calibrationEnd, unit));
      }
      setAside.sort((p, q) -> Long.compare(p.position(), q.position()));
      Optional<Currency> usedCurrency = used > 0 ? Optional.of(currency) : Optional.empty();
      return BulkResult.of(new RfmSummary(rows, calibrationEnd, holdoutEnd, unit, usedCurrency), used, setAside);
    }

    @Override
    public String toString() {
      return "RfmSummary.Accumulator{added=" + count + ", customers=" + byCustomer.size() + ", currency=" + currency
          + ", calibrationEnd=" + calibrationEnd + holdoutEnd.map(h -> ", holdoutEnd=" + h).orElse("")
          + ", unit=" + unit + "}";
    }
  }

  private static Rfm summarise(CustomerId id, TreeMap<LocalDate, BigDecimal> values, LocalDate first,
      LocalDate calibrationEnd, TimeScale unit) {
    int x = 0;
    long lastDay = 0;
    BigDecimal repeatValue = BigDecimal.ZERO;
    int holdoutX = 0;
    BigDecimal holdoutValue = BigDecimal.ZERO;
    for (Map.Entry<LocalDate, BigDecimal> day : values.entrySet()) {
      LocalDate date = day.getKey();
      if (date.equals(first)) {
        continue;
      }
      if (date.isAfter(calibrationEnd)) {
        holdoutX++;
        holdoutValue = holdoutValue.add(day.getValue());
      } else {
        x++;
        lastDay = ChronoUnit.DAYS.between(first, date);
        repeatValue = repeatValue.add(day.getValue());
      }
    }
    double age = ChronoUnit.DAYS.between(first, calibrationEnd) / unit.days();
    double recency = lastDay / unit.days();
    return new Rfm(id, x, recency, age, repeatValue.doubleValue(), holdoutX, holdoutValue.doubleValue(), unit);
  }

  /** One customer's purchase days with their summed values, and the purchases behind them. */
  private static final class Days {
    final TreeMap<LocalDate, BigDecimal> values = new TreeMap<>();
    final List<Long> positions = new ArrayList<>();
    final List<Purchase> purchases = new ArrayList<>();

    void add(long position, Purchase purchase, LocalDate day) {
      values.merge(day, purchase.amount().amount(), BigDecimal::add);
      positions.add(position);
      purchases.add(purchase);
    }

    void addAll(Days other, long offset) {
      other.values.forEach((day, value) -> values.merge(day, value, BigDecimal::add));
      other.positions.forEach(p -> positions.add(p + offset));
      purchases.addAll(other.purchases);
    }
  }

  /**
   * Returns the customers, in the order of their first appearance in the input.
   *
   * @return the histories, unmodifiable
   */
  public List<Rfm> customers() {
    return customers;
  }

  /**
   * Returns the last day of the calibration period.
   *
   * @return the day, inclusive
   */
  public LocalDate calibrationEnd() {
    return calibrationEnd;
  }

  /**
   * Returns the last day of the holdout period, if one was given.
   *
   * @return the day, inclusive, or empty
   */
  public Optional<LocalDate> holdoutEnd() {
    return holdoutEnd;
  }

  /**
   * Returns the unit of the times.
   *
   * @return the unit
   */
  public TimeScale unit() {
    return unit;
  }

  /**
   * Returns the currency of the values, if any purchase was used.
   *
   * @return the currency, or empty for an empty summary
   */
  public Optional<Currency> currency() {
    return currency;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RfmSummary s && customers.equals(s.customers) && calibrationEnd.equals(s.calibrationEnd)
        && holdoutEnd.equals(s.holdoutEnd) && unit.equals(s.unit) && currency.equals(s.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customers, calibrationEnd, holdoutEnd, unit, currency);
  }

  @Override
  public String toString() {
    return "RfmSummary{customers=" + customers.size() + ", calibrationEnd=" + calibrationEnd
        + holdoutEnd.map(h -> ", holdoutEnd=" + h).orElse("") + ", unit=" + unit + "}";
  }

}
