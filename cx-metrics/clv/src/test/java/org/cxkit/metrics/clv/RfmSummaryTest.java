package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.junit.jupiter.api.Test;

/** RFM summaries of hand-made purchases; the CDNOW reproductions are in {@link RfmSummaryCdnowTest}. */
class RfmSummaryTest {
  private static final ZoneId UTC = ZoneOffset.UTC;

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
    Rfm rfm = RfmSummary.from(purchases, UTC, LocalDate.of(2024, 1, 29), TimeScale.WEEK).value().customers().get(0);
    assertEquals(Rfm.of(c, 2, 3.0, 4.0, 7.5, TimeScale.WEEK), rfm);
    assertEquals(21.0, rfm.recencyIn(TimeScale.DAY), 1e-12);
    // The zone decides the day: 17:30 UTC on 8 Jan is 9 Jan in Tokyo, a third repeat day.
    Rfm tokyo = RfmSummary.from(purchases, ZoneId.of("Asia/Tokyo"), LocalDate.of(2024, 1, 29), TimeScale.DAY)
        .value().customers().get(0);
    assertEquals(3, tokyo.frequency());
  }

  @Test
  void setsAsideOtherCurrenciesLateCustomersAndPurchasesAfterTheObservationEnd() {
    CustomerId a = CustomerId.of("a");
    CustomerId b = CustomerId.of("b");
    List<Purchase> purchases = List.of(
        buy(a, "2024-01-01T00:00:00Z", "10.00"),
        Purchase.of(a, java.time.Instant.parse("2024-01-02T00:00:00Z"), Money.of("4.00", "EUR")),
        buy(b, "2024-02-15T00:00:00Z", "1.00"),
        buy(a, "2024-03-01T00:00:00Z", "2.00"));
    BulkResult<Purchase, RfmSummary> result = RfmSummary.from(purchases, UTC, LocalDate.of(2024, 1, 31),
        LocalDate.of(2024, 2, 20), TimeScale.DAY);
    assertEquals(1, result.usedCount());
    assertEquals(4, result.givenCount());
    assertEquals(List.of(1L, 2L, 3L), result.setAside().stream().map(s -> s.position()).toList());
    assertEquals("Invalid value for currency (expected USD, currencies are never mixed): EUR",
        result.setAside().get(0).reason());
    assertEquals("Invalid value for first purchase day (must not be after the calibration end 2024-01-31): 2024-02-15",
        result.setAside().get(1).reason());
    assertEquals("Invalid value for purchase day (must not be after the observation end 2024-02-20): 2024-03-01",
        result.setAside().get(2).reason());
  }

  @Test
  void emptyInputGivesAnEmptySummary() {
    BulkResult<Purchase, RfmSummary> result = RfmSummary.from(List.of(), UTC, LocalDate.of(2024, 1, 31), TimeScale.DAY);
    assertTrue(result.value().customers().isEmpty());
    assertTrue(result.value().currency().isEmpty());
    assertEquals(0, result.givenCount());
  }

  @Test
  void rejectsAHoldoutEndingBeforeTheCalibration() {
    assertEquals("Invalid value for holdoutEnd (must not be before the calibration end 2024-01-31): 2024-01-30",
        assertThrows(IllegalArgumentException.class, () -> RfmSummary.from(List.of(), UTC, LocalDate.of(2024, 1, 31),
            LocalDate.of(2024, 1, 30), TimeScale.DAY)).getMessage());
  }

  @Test
  void refusesToMergeDifferentSettings() {
    java.util.Currency usd = java.util.Currency.getInstance("USD");
    RfmSummary.Accumulator weeks = RfmSummary.accumulator(usd, UTC, Cdnow.CALIBRATION_END, TimeScale.WEEK);
    RfmSummary.Accumulator days = RfmSummary.accumulator(usd, UTC, Cdnow.CALIBRATION_END, TimeScale.DAY);
    assertThrows(IllegalArgumentException.class, () -> weeks.merge(days));
  }

  private static Purchase buy(CustomerId c, String instant, String usd) {
    return Purchase.of(c, java.time.Instant.parse(instant), Money.of(usd, "USD"));
  }
}
