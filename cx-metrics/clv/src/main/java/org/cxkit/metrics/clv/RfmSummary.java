package org.cxkit.metrics.clv;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.time.TimeScale;

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
 * <p><b>The calibration cohort.</b> {@link #customers()} holds the customers whose first purchase is
 * on or before the calibration end. A customer whose first purchase falls in the holdout period is
 * not in the cohort, by definition; such customers are counted in {@link #holdoutOnlyCustomers()}
 * and their purchases in {@link #count()}, so that nothing is dropped without a trace.
 *
 * <p><b>What is rejected.</b> One summary, one currency: a purchase in another currency than the
 * summary's (an accumulator's, fixed when it is made; for {@link #from}, the first purchase's) is
 * rejected with {@link ReasonCode#CURRENCY_MISMATCH}. The observation window runs from
 * {@link #EARLIEST_PURCHASE_DAY} to the observation end (the holdout end, or the calibration end
 * without a holdout), the day the data is taken as of: a purchase on a day outside it (a year 10000
 * typed for 2000, a placeholder date of 0001-01-01, a purchase after the end) is rejected with
 * {@link ReasonCode#IMPLAUSIBLE_DATE}, so that it cannot move any customer's recency or age. An
 * {@linkplain RfmAccumulator accumulator} throws {@link InvalidValueException} on such a purchase and
 * stays unchanged; the bulk {@link #from} sets it aside in its {@link BulkResult} with the reason, so
 * that purchases used plus purchases set aside equal purchases given. To summarise a longer log up
 * to an earlier day, give a holdout end or leave the later purchases out first.
 *
 * <p><b>Empty input:</b> an empty summary: no customers, a count of 0 and no currency.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RfmSummary {
  /**
   * The earliest purchase day a summary accepts, 1 January 1900: an earlier day is almost always a
   * placeholder or a typing error, and one such day would stretch a customer's age by centuries.
   */
  public static final LocalDate EARLIEST_PURCHASE_DAY = LocalDate.of(1900, 1, 1);
  /** The latest calibration or holdout end a summary accepts, 31 December 9999. */
  static final LocalDate LATEST_END = LocalDate.of(9999, 12, 31);

  private final List<Rfm> customers;
  private final LocalDate calibrationEnd;
  private final Optional<LocalDate> holdoutEnd;
  private final TimeScale unit;
  private final Optional<Currency> currency;
  private final long count;
  private final long holdoutOnlyCustomers;

  RfmSummary(List<Rfm> customers, LocalDate calibrationEnd, Optional<LocalDate> holdoutEnd, TimeScale unit,
      Optional<Currency> currency, long count, long holdoutOnlyCustomers) {
    this.customers = List.copyOf(customers);
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
    this.unit = unit;
    this.currency = currency;
    this.count = count;
    this.holdoutOnlyCustomers = holdoutOnlyCustomers;
  }

  /** Checks the calibration and holdout ends and returns the calibration end. */
  static LocalDate checkEnds(LocalDate calibrationEnd, Optional<LocalDate> holdoutEnd) {
    Objects.requireNonNull(calibrationEnd, "calibrationEnd");
    Objects.requireNonNull(holdoutEnd, "holdoutEnd");
    checkEnd("calibrationEnd", calibrationEnd);
    holdoutEnd.ifPresent(h -> {
      checkEnd("holdoutEnd", h);
      if (h.isBefore(calibrationEnd)) {
        throw Checks.invalid(ReasonCode.OUT_OF_ORDER, "holdoutEnd",
            "must not be before the calibration end " + calibrationEnd, h);
      }
    });
    return calibrationEnd;
  }

  private static void checkEnd(String field, LocalDate end) {
    if (end.isBefore(EARLIEST_PURCHASE_DAY) || end.isAfter(LATEST_END)) {
      throw Checks.invalid(ReasonCode.IMPLAUSIBLE_DATE, field,
          "valid values " + EARLIEST_PURCHASE_DAY + " - " + LATEST_END, end);
    }
  }

  /**
   * Summarises purchases with a calibration period only. The currency of the first purchase is the
   * summary's currency.
   *
   * @param purchases the purchases, in any order
   * @param zone the time zone that places purchases on calendar days
   * @param calibrationEnd the last day of the calibration period, inclusive, and the observation
   *     end; from {@link #EARLIEST_PURCHASE_DAY} to 9999-12-31
   * @param unit the unit of the times in the summary
   * @return the summary, with the purchases set aside and why (another currency; a day outside the
   *     observation window)
   * @throws InvalidValueException if the calibration end is outside its range
   */
  public static BulkResult<Purchase, RfmSummary> from(Iterable<Purchase> purchases, ZoneId zone,
      LocalDate calibrationEnd, TimeScale unit) {
    return from(purchases, zone, calibrationEnd, Optional.empty(), unit);
  }

  /**
   * Summarises purchases with a calibration and a holdout period. The currency of the first
   * purchase is the summary's currency.
   *
   * @param purchases the purchases, in any order
   * @param zone the time zone that places purchases on calendar days
   * @param calibrationEnd the last day of the calibration period, inclusive; from
   *     {@link #EARLIEST_PURCHASE_DAY} to 9999-12-31
   * @param holdoutEnd the last day of the holdout period, inclusive, and the observation end; not
   *     before {@code calibrationEnd} and not after 9999-12-31
   * @param unit the unit of the times in the summary
   * @return the summary, with the purchases set aside and why (another currency; a day outside the
   *     observation window)
   * @throws InvalidValueException if the holdout ends before the calibration, or an end is outside
   *     its range
   */
  public static BulkResult<Purchase, RfmSummary> from(Iterable<Purchase> purchases, ZoneId zone,
      LocalDate calibrationEnd, LocalDate holdoutEnd, TimeScale unit) {
    return from(purchases, zone, calibrationEnd, Optional.of(Objects.requireNonNull(holdoutEnd, "holdoutEnd")), unit);
  }

  private static BulkResult<Purchase, RfmSummary> from(Iterable<Purchase> purchases, ZoneId zone,
      LocalDate calibrationEnd, Optional<LocalDate> holdoutEnd, TimeScale unit) {
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(unit, "unit");
    checkEnds(calibrationEnd, holdoutEnd);
    Iterator<Purchase> it = purchases.iterator();
    if (!it.hasNext()) {
      return BulkResult.of(new RfmSummary(List.of(), calibrationEnd, holdoutEnd, unit, Optional.empty(), 0, 0), 0,
          List.of());
    }
    Purchase first = Objects.requireNonNull(it.next(), "purchase");
    RfmAccumulator accumulator = new RfmAccumulator(first.amount().currency(), zone, calibrationEnd, holdoutEnd, unit);
    List<SetAside<Purchase>> setAside = new ArrayList<>();
    addOrSetAside(accumulator, first, 0, setAside);
    for (long position = 1; it.hasNext(); position++) {
      addOrSetAside(accumulator, it.next(), position, setAside);
    }
    return BulkResult.of(accumulator.snapshot(), accumulator.count(), setAside);
  }

  private static void addOrSetAside(RfmAccumulator accumulator, Purchase purchase, long position,
      List<SetAside<Purchase>> setAside) {
    try {
      accumulator.add(Objects.requireNonNull(purchase, "purchase"));
    } catch (InvalidValueException e) {
      setAside.add(SetAside.of(position, purchase, e));
    }
  }

  /**
   * Returns an empty accumulator for purchases in one currency, with a calibration period only.
   *
   * @param currency the currency of the purchases; a purchase in another is rejected
   * @param zone the time zone that places purchases on calendar days
   * @param calibrationEnd the last day of the calibration period, inclusive, and the observation
   *     end; from {@link #EARLIEST_PURCHASE_DAY} to 9999-12-31
   * @param unit the unit of the times in the summary
   * @return a new accumulator
   * @throws InvalidValueException if the calibration end is outside its range
   */
  public static RfmAccumulator accumulator(Currency currency, ZoneId zone, LocalDate calibrationEnd, TimeScale unit) {
    return new RfmAccumulator(currency, zone, calibrationEnd, Optional.empty(), unit);
  }

  /**
   * Returns an empty accumulator for purchases in one currency, with calibration and holdout periods.
   *
   * @param currency the currency of the purchases; a purchase in another is rejected
   * @param zone the time zone that places purchases on calendar days
   * @param calibrationEnd the last day of the calibration period, inclusive; from
   *     {@link #EARLIEST_PURCHASE_DAY} to 9999-12-31
   * @param holdoutEnd the last day of the holdout period, inclusive, and the observation end; not
   *     before {@code calibrationEnd} and not after 9999-12-31
   * @param unit the unit of the times in the summary
   * @return a new accumulator
   * @throws InvalidValueException if the holdout ends before the calibration, or an end is outside
   *     its range
   */
  public static RfmAccumulator accumulator(Currency currency, ZoneId zone, LocalDate calibrationEnd,
      LocalDate holdoutEnd, TimeScale unit) {
    return new RfmAccumulator(currency, zone, calibrationEnd, Optional.of(Objects.requireNonNull(holdoutEnd,
        "holdoutEnd")), unit);
  }

  /**
   * Returns a collector that summarises a stream of purchases in one currency, with a calibration
   * period only. Safe on parallel streams: the partial accumulators merge exactly. Like the
   * {@linkplain RfmAccumulator accumulator}, it throws on a purchase in another currency or outside
   * the observation window; {@link #from} sets those aside instead.
   *
   * @param currency the currency of the purchases
   * @param zone the time zone that places purchases on calendar days
   * @param calibrationEnd the last day of the calibration period, inclusive, and the observation end
   * @param unit the unit of the times in the summary
   * @return the collector
   * @throws InvalidValueException if the calibration end is outside its range
   */
  public static Collector<Purchase, RfmAccumulator, RfmSummary> toRfmSummary(Currency currency, ZoneId zone,
      LocalDate calibrationEnd, TimeScale unit) {
    accumulator(currency, zone, calibrationEnd, unit); // checks the arguments now, not at the first purchase
    return Accumulators.collector(() -> accumulator(currency, zone, calibrationEnd, unit));
  }

  /**
   * Returns a collector that summarises a stream of purchases in one currency, with calibration and
   * holdout periods, as {@link #toRfmSummary(Currency, ZoneId, LocalDate, TimeScale)} does.
   *
   * @param currency the currency of the purchases
   * @param zone the time zone that places purchases on calendar days
   * @param calibrationEnd the last day of the calibration period, inclusive
   * @param holdoutEnd the last day of the holdout period, inclusive, and the observation end
   * @param unit the unit of the times in the summary
   * @return the collector
   * @throws InvalidValueException if the holdout ends before the calibration, or an end is outside
   *     its range
   */
  public static Collector<Purchase, RfmAccumulator, RfmSummary> toRfmSummary(Currency currency, ZoneId zone,
      LocalDate calibrationEnd, LocalDate holdoutEnd, TimeScale unit) {
    accumulator(currency, zone, calibrationEnd, holdoutEnd, unit); // checks the arguments now
    return Accumulators.collector(() -> accumulator(currency, zone, calibrationEnd, holdoutEnd, unit));
  }

  /**
   * Returns the calibration cohort: the customers whose first purchase is on or before the
   * calibration end, sorted by the text of their ids.
   *
   * @return the histories, unmodifiable
   */
  public List<Rfm> customers() {
    return customers;
  }

  /**
   * Returns how many purchases the summary was built from: those of the calibration cohort and those
   * of the {@linkplain #holdoutOnlyCustomers() customers first seen in the holdout period}; rejected
   * purchases are not counted.
   *
   * @return the count, zero or more
   */
  public long count() {
    return count;
  }

  /**
   * Returns how many customers made their first purchase in the holdout period: new customers, not
   * in the calibration cohort and so not in {@link #customers()}. Always 0 without a holdout.
   *
   * @return the count, zero or more
   */
  public long holdoutOnlyCustomers() {
    return holdoutOnlyCustomers;
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
   * Returns the currency of the values, if any purchase was summarised.
   *
   * @return the currency, or empty for an empty summary
   */
  public Optional<Currency> currency() {
    return currency;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RfmSummary s && count == s.count && holdoutOnlyCustomers == s.holdoutOnlyCustomers
        && customers.equals(s.customers) && calibrationEnd.equals(s.calibrationEnd)
        && holdoutEnd.equals(s.holdoutEnd) && unit.equals(s.unit) && currency.equals(s.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customers, calibrationEnd, holdoutEnd, unit, currency, count, holdoutOnlyCustomers);
  }

  @Override
  public String toString() {
    return "RfmSummary{customers=" + customers.size() + ", count=" + count
        + (holdoutOnlyCustomers == 0 ? "" : ", holdoutOnlyCustomers=" + holdoutOnlyCustomers)
        + ", calibrationEnd=" + calibrationEnd + holdoutEnd.map(h -> ", holdoutEnd=" + h).orElse("")
        + ", unit=" + unit + currency.map(c -> ", currency=" + c).orElse("") + "}";
  }
}
