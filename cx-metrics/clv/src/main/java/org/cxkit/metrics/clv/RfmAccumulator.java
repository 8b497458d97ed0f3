package org.cxkit.metrics.clv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.TimeScale;

/**
 * A mutable, mergeable tally of purchases into an {@link RfmSummary}: {@linkplain #add add}
 * purchases, {@linkplain #merge merge} the tallies of other parts of the data, take a
 * {@linkplain #snapshot() snapshot}. Obtain one with {@link RfmSummary#accumulator}; its settings
 * (currency, time zone, calibration and holdout ends, unit) are fixed there.
 *
 * <p>A purchase in another currency than the accumulator's, or dated on a day outside the window
 * from {@link RfmSummary#EARLIEST_PURCHASE_DAY} to the observation end, is rejected: {@link #add}
 * throws {@link InvalidValueException} with the code {@link ReasonCode#CURRENCY_MISMATCH} or
 * {@link ReasonCode#IMPLAUSIBLE_DATE} and leaves the accumulator unchanged. The bulk
 * {@link RfmSummary#from} sets such purchases aside instead, with the same reasons.
 *
 * <p>Merging the tallies of any parts of the purchases, in any order, gives exactly the tally of the
 * whole (values are summed as {@code BigDecimal}, and the customers are sorted by id), so the
 * accumulator serves as the three functions of {@code Stream.collect(supplier, accumulator, combiner)}
 * or of any distributed reduce.
 *
 * <p>Not thread-safe: give each thread its own and merge them.
 */
public final class RfmAccumulator implements Accumulator<Purchase, RfmAccumulator, RfmSummary> {
  private final Currency currency;
  private final ZoneId zone;
  private final LocalDate calibrationEnd;
  private final Optional<LocalDate> holdoutEnd;
  private final LocalDate observationEnd;
  private final TimeScale unit;
  private final Map<CustomerId, TreeMap<LocalDate, BigDecimal>> byCustomer = new HashMap<>();
  private long count;

  RfmAccumulator(Currency currency, ZoneId zone, LocalDate calibrationEnd, Optional<LocalDate> holdoutEnd,
      TimeScale unit) {
    this.currency = Objects.requireNonNull(currency, "currency");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.calibrationEnd = RfmSummary.checkEnds(calibrationEnd, holdoutEnd);
    this.holdoutEnd = holdoutEnd;
    this.observationEnd = holdoutEnd.orElse(calibrationEnd);
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  /**
   * Adds one purchase.
   *
   * @param purchase the purchase, in the accumulator's currency, on a day from
   *     {@link RfmSummary#EARLIEST_PURCHASE_DAY} to the observation end (the holdout end, or the
   *     calibration end without a holdout) in the accumulator's time zone
   * @return this accumulator
   * @throws InvalidValueException if the purchase is in another currency
   *     ({@link ReasonCode#CURRENCY_MISMATCH}) or its day is outside that window
   *     ({@link ReasonCode#IMPLAUSIBLE_DATE}); the accumulator is then unchanged
   */
  @Override
  public RfmAccumulator add(Purchase purchase) {
    Objects.requireNonNull(purchase, "purchase");
    LocalDate day = check(purchase);
    long added = Checks.addExact("count", count, 1);
    byCustomer.computeIfAbsent(purchase.customer(), k -> new TreeMap<>())
        .merge(day, purchase.amount().amount(), BigDecimal::add);
    count = added;
    return this;
  }

  /** Returns the purchase's day, or throws without changing anything. */
  private LocalDate check(Purchase purchase) {
    Currency c = purchase.amount().currency();
    if (!c.equals(currency)) {
      throw Checks.invalid(ReasonCode.CURRENCY_MISMATCH, "currency",
          "expected " + currency + ", currencies are never mixed", c);
    }
    LocalDate day;
    try {
      day = LocalDate.ofInstant(purchase.purchasedAt(), zone);
    } catch (DateTimeException e) {
      throw implausible(purchase);
    }
    if (day.isBefore(RfmSummary.EARLIEST_PURCHASE_DAY) || day.isAfter(observationEnd)) {
      throw implausible(purchase);
    }
    return day;
  }

  private InvalidValueException implausible(Purchase purchase) {
    return Checks.invalid(ReasonCode.IMPLAUSIBLE_DATE, "purchasedAt", "must fall on a day from "
        + RfmSummary.EARLIEST_PURCHASE_DAY + " to the observation end " + observationEnd + " in " + zone,
        purchase.purchasedAt());
  }

  /**
   * Adds everything another accumulator holds; the other is left unchanged.
   *
   * @param other an accumulator with the same currency, zone, periods and unit
   * @return this accumulator
   * @throws InvalidValueException if the other accumulator's settings differ (with the code
   *     {@link ReasonCode#CURRENCY_MISMATCH} if its currency does), or if the count would overflow
   */
  @Override
  public RfmAccumulator merge(RfmAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw Checks.invalid(ReasonCode.CURRENCY_MISMATCH, "other", "must have the currency " + currency, other);
    }
    if (!(zone.equals(other.zone) && calibrationEnd.equals(other.calibrationEnd)
        && holdoutEnd.equals(other.holdoutEnd) && unit.equals(other.unit))) {
      throw Checks.invalid(ReasonCode.INVALID, "other", "must have the same zone, periods and unit as " + this,
          other);
    }
    long merged = Checks.addExact("count", count, other.count);
    List<Map.Entry<CustomerId, TreeMap<LocalDate, BigDecimal>>> entries = new ArrayList<>(other.byCustomer.entrySet());
    for (Map.Entry<CustomerId, TreeMap<LocalDate, BigDecimal>> entry : entries) {
      TreeMap<LocalDate, BigDecimal> days = byCustomer.computeIfAbsent(entry.getKey(), k -> new TreeMap<>());
      new ArrayList<>(entry.getValue().entrySet()).forEach(d -> days.merge(d.getKey(), d.getValue(), BigDecimal::add));
    }
    count = merged;
    return this;
  }

  /**
   * Returns the summary of the purchases added so far; the accumulator stays usable.
   *
   * @return the summary; with no purchase, an empty summary without a currency
   */
  @Override
  public RfmSummary snapshot() {
    List<CustomerId> ids = new ArrayList<>(byCustomer.keySet());
    ids.sort(Comparator.comparing(CustomerId::value));
    List<Rfm> rows = new ArrayList<>(ids.size());
    long holdoutOnly = 0;
    for (CustomerId id : ids) {
      TreeMap<LocalDate, BigDecimal> days = byCustomer.get(id);
      LocalDate first = days.firstKey();
      if (first.isAfter(calibrationEnd)) {
        holdoutOnly++;
      } else {
        rows.add(summarise(id, days, first));
      }
    }
    return new RfmSummary(rows, calibrationEnd, holdoutEnd, unit, count == 0 ? Optional.empty() : Optional.of(currency),
        count, holdoutOnly);
  }

  private Rfm summarise(CustomerId id, TreeMap<LocalDate, BigDecimal> values, LocalDate first) {
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

  /**
   * Returns how many purchases were added, merged ones included (rejected ones are not).
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns the currency of the purchases this accumulator takes.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  @Override
  public String toString() {
    return "RfmAccumulator{count=" + count + ", customers=" + byCustomer.size() + ", currency=" + currency
        + ", zone=" + zone + ", calibrationEnd=" + calibrationEnd + holdoutEnd.map(h -> ", holdoutEnd=" + h).orElse("")
        + ", unit=" + unit + "}";
  }
}
