package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.TimeScale;
import org.junit.jupiter.api.Test;

/**
 * RFM summaries of hand-made purchases; the CDNOW reproductions are in {@link RfmSummaryCdnowTest},
 * the accumulator's merge contract in {@link RfmAccumulatorContractTest}.
 */
class RfmSummaryTest {
  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void mergesSameDayPurchasesAndMeasuresTimeInTheUnit() {
    // Hand example: first purchase 1 Jan (10.00), two on 8 Jan (5.00 + 7.00, one transaction of
    // 12.00), one on 22 Jan (3.00); calibration ends 29 Jan. x = 2, t_x = 21 days = 3 weeks,
    // T = 28 days = 4 weeks, repeat value 15.00, mean 7.50.
    CustomerId c = CustomerId.of("c");
    List<Purchase> purchases = List.of(
        buy(c, "2024-01-01T09:00:00Z", "10.00"),
        buy(c, "2024-01-08T09:00:00Z", "5.00"),
        buy(c, "2024-01-08T17:30:00Z", "7.00"),
        buy(c, "2024-01-22T12:00:00Z", "3.00"));
    RfmSummary summary = RfmSummary.from(purchases, UTC, LocalDate.of(2024, 1, 29), TimeScale.WEEK).value();
    Rfm rfm = summary.customers().get(0);
    assertEquals(Rfm.of(c, 2, 3.0, 4.0, 7.5, TimeScale.WEEK), rfm);
    assertEquals(21.0, rfm.recencyIn(TimeScale.DAY), 1e-12);
    assertEquals(4, summary.count());
    // The zone decides the day: 17:30 UTC on 8 Jan is 9 Jan in Tokyo, a third repeat day.
    Rfm tokyo = RfmSummary.from(purchases, ZoneId.of("Asia/Tokyo"), LocalDate.of(2024, 1, 29), TimeScale.DAY)
        .value().customers().get(0);
    assertEquals(3, tokyo.frequency());
  }

  @Test
  void customersAreSortedByIdWhateverTheOrderOfThePurchases() {
    List<Purchase> purchases = List.of(
        buy(CustomerId.of("b"), "2024-01-02T00:00:00Z", "1.00"),
        buy(CustomerId.of("c"), "2024-01-03T00:00:00Z", "1.00"),
        buy(CustomerId.of("a"), "2024-01-04T00:00:00Z", "1.00"));
    RfmSummary summary = RfmSummary.from(purchases, UTC, LocalDate.of(2024, 1, 31), TimeScale.DAY).value();
    assertEquals(List.of("a", "b", "c"), summary.customers().stream().map(r -> r.customer().value()).toList());
    assertEquals(summary, RfmSummary.from(List.of(purchases.get(2), purchases.get(0), purchases.get(1)), UTC,
        LocalDate.of(2024, 1, 31), TimeScale.DAY).value());
  }

  @Test
  void setsAsideOtherCurrenciesAndDaysAfterTheObservationEndAndCountsHoldoutOnlyCustomers() {
    CustomerId a = CustomerId.of("a");
    CustomerId b = CustomerId.of("b");
    List<Purchase> purchases = List.of(
        buy(a, "2024-01-01T00:00:00Z", "10.00"),
        Purchase.of(a, Instant.parse("2024-01-02T00:00:00Z"), Money.of("4.00", "EUR")),
        buy(b, "2024-02-15T00:00:00Z", "1.00"),
        buy(a, "2024-03-01T00:00:00Z", "2.00"));
    BulkResult<Purchase, RfmSummary> result = RfmSummary.from(purchases, UTC, LocalDate.of(2024, 1, 31),
        LocalDate.of(2024, 2, 20), TimeScale.DAY);
    // b's first purchase is in the holdout period: a valid purchase, counted, but b is not in the
    // calibration cohort.
    assertEquals(2, result.usedCount());
    assertEquals(4, result.givenCount());
    assertEquals(2, result.value().count());
    assertEquals(1, result.value().holdoutOnlyCustomers());
    assertEquals(List.of(Rfm.of(a, 0, 0, 30, TimeScale.DAY)), result.value().customers());
    assertEquals(List.of(1L, 3L), result.setAside().stream().map(s -> s.position()).toList());
    assertEquals("Invalid value for currency (expected USD, currencies are never mixed): EUR",
        result.setAside().get(0).reason().message());
    assertEquals(ReasonCode.CURRENCY_MISMATCH, result.setAside().get(0).code());
    assertEquals("currency", result.setAside().get(0).reason().field());
    assertEquals("Invalid value for purchasedAt (must fall on a day from 1900-01-01 to the observation end "
        + "2024-02-20 in Z): 2024-03-01T00:00:00Z", result.setAside().get(1).reason().message());
    assertEquals(ReasonCode.IMPLAUSIBLE_DATE, result.setAside().get(1).code());
    assertEquals("purchasedAt", result.setAside().get(1).reason().field());
    assertEquals(Map.of(ReasonCode.CURRENCY_MISMATCH, 1L, ReasonCode.IMPLAUSIBLE_DATE, 1L), result.reasonCounts());
  }

  @Test
  void implausibleDatesAreSetAsideAndChangeNoFigure() {
    // Issue 12: one purchase dated in the year 10000 changed every CLV figure. Here it, a day before
    // 1900 (a placeholder date) and the last instant Java knows are set aside with their reason and
    // counted; the summary is exactly the summary without them.
    List<Purchase> clean = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      CustomerId c = CustomerId.of("c" + i);
      clean.add(buy(c, "2024-01-0" + (i + 1) + "T10:00:00Z", "20.00"));
      clean.add(buy(c, "2024-02-1" + i + "T10:00:00Z", "5.50"));
    }
    List<Purchase> hostile = new ArrayList<>(clean);
    hostile.add(3, buy(CustomerId.of("c1"), "+10000-01-01T00:00:00Z", "5.00"));
    hostile.add(7, buy(CustomerId.of("c2"), "0001-01-01T00:00:00Z", "5.00"));
    hostile.add(buy(CustomerId.of("c9"), "1899-12-31T23:59:59Z", "5.00"));
    hostile.add(Purchase.of(CustomerId.of("c3"), Instant.MAX, Money.of("5.00", "USD")));
    LocalDate end = LocalDate.of(2024, 3, 31);
    BulkResult<Purchase, RfmSummary> result = RfmSummary.from(hostile, UTC, end, TimeScale.WEEK);
    assertEquals(RfmSummary.from(clean, UTC, end, TimeScale.WEEK).value(), result.value());
    assertEquals(clean.size(), result.usedCount());
    assertEquals(hostile.size(), result.givenCount());
    assertEquals(Map.of(ReasonCode.IMPLAUSIBLE_DATE, 4L), result.reasonCounts());
    assertEquals(List.of(3L, 7L, 14L, 15L), result.setAside().stream().map(s -> s.position()).toList());
    assertEquals("Invalid value for purchasedAt (must fall on a day from 1900-01-01 to the observation end "
        + "2024-03-31 in Z): +10000-01-01T00:00:00Z", result.setAside().get(0).reason().message());
  }

  @Test
  void theAccumulatorThrowsOnABadPurchaseAndStaysUnchanged() {
    CustomerId a = CustomerId.of("a");
    RfmAccumulator accumulator = RfmSummary.accumulator(USD, UTC, LocalDate.of(2024, 1, 31), TimeScale.DAY)
        .add(buy(a, "2024-01-01T00:00:00Z", "10.00"))
        .add(buy(a, "2024-01-05T00:00:00Z", "3.00"));
    RfmSummary before = accumulator.snapshot();
    InvalidValueException euro = assertThrows(InvalidValueException.class,
        () -> accumulator.add(Purchase.of(a, Instant.parse("2024-01-09T00:00:00Z"), Money.of("4.00", "EUR"))));
    assertEquals(ReasonCode.CURRENCY_MISMATCH, euro.code());
    InvalidValueException late = assertThrows(InvalidValueException.class,
        () -> accumulator.add(buy(a, "2024-02-01T00:00:00Z", "1.00")));
    assertEquals(ReasonCode.IMPLAUSIBLE_DATE, late.code());
    assertEquals(ReasonCode.IMPLAUSIBLE_DATE, assertThrows(InvalidValueException.class,
        () -> accumulator.add(buy(a, "1899-12-31T00:00:00Z", "1.00"))).code());
    assertEquals(before, accumulator.snapshot());
    assertEquals(2, accumulator.count());
    assertEquals(Optional.of(USD), before.currency());
    // The last day of the window is in it, in the accumulator's zone: 2024-01-31T23:30 UTC is
    // 1 February in Paris.
    accumulator.add(buy(a, "2024-01-31T23:30:00Z", "1.00"));
    assertEquals(3, accumulator.count());
    assertThrows(InvalidValueException.class, () -> RfmSummary.accumulator(USD, ZoneId.of("Europe/Paris"),
        LocalDate.of(2024, 1, 31), TimeScale.DAY).add(buy(a, "2024-01-31T23:30:00Z", "1.00")));
  }

  @Test
  void theCollectorThrowsWhereTheBulkMethodSetsAside() {
    CustomerId a = CustomerId.of("a");
    List<Purchase> purchases = List.of(buy(a, "2024-01-01T00:00:00Z", "10.00"),
        Purchase.of(a, Instant.parse("2024-01-02T00:00:00Z"), Money.of("4.00", "EUR")));
    assertThrows(InvalidValueException.class, () -> purchases.stream()
        .collect(RfmSummary.toRfmSummary(USD, UTC, LocalDate.of(2024, 1, 31), TimeScale.DAY)));
    assertEquals(RfmSummary.from(purchases.subList(0, 1), UTC, LocalDate.of(2024, 1, 31), TimeScale.DAY).value(),
        purchases.subList(0, 1).stream().collect(RfmSummary.toRfmSummary(USD, UTC, LocalDate.of(2024, 1, 31),
            TimeScale.DAY)));
  }

  @Test
  void emptyInputGivesAnEmptySummary() {
    BulkResult<Purchase, RfmSummary> result = RfmSummary.from(List.of(), UTC, LocalDate.of(2024, 1, 31), TimeScale.DAY);
    assertTrue(result.value().customers().isEmpty());
    assertTrue(result.value().currency().isEmpty());
    assertEquals(0, result.value().count());
    assertEquals(0, result.givenCount());
    // The same value as an accumulator with no purchase, whatever its currency.
    assertEquals(result.value(), RfmSummary.accumulator(Currency.getInstance("JPY"), UTC, LocalDate.of(2024, 1, 31),
        TimeScale.DAY).snapshot());
  }

  @Test
  void rejectsAHoldoutEndingBeforeTheCalibrationAndImplausibleEnds() {
    InvalidValueException order = assertThrows(InvalidValueException.class, () -> RfmSummary.from(List.of(), UTC,
        LocalDate.of(2024, 1, 31), LocalDate.of(2024, 1, 30), TimeScale.DAY));
    assertEquals("Invalid value for holdoutEnd (must not be before the calibration end 2024-01-31): 2024-01-30",
        order.getMessage());
    assertEquals(ReasonCode.OUT_OF_ORDER, order.code());
    InvalidValueException future = assertThrows(InvalidValueException.class,
        () -> RfmSummary.accumulator(USD, UTC, LocalDate.of(10000, 1, 1), TimeScale.DAY));
    assertEquals("Invalid value for calibrationEnd (valid values 1900-01-01 - 9999-12-31): +10000-01-01",
        future.getMessage());
    assertEquals(ReasonCode.IMPLAUSIBLE_DATE, future.code());
    assertThrows(InvalidValueException.class,
        () -> RfmSummary.toRfmSummary(USD, UTC, LocalDate.of(1899, 12, 31), TimeScale.DAY));
  }

  private static Purchase buy(CustomerId c, String instant, String usd) {
    return Purchase.of(c, Instant.parse(instant), Money.of(usd, "USD"));
  }
}
