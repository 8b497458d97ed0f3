package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.TimeScale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * RFM summaries of the raw CDNOW transactions against the published summary, and the order and merge
 * properties on them. Reads the shared reference data ({@link Cdnow}).
 */
@Tag(Cdnow.TAG)
class RfmSummaryCdnowTest {
  private static final ZoneId UTC = ZoneOffset.UTC;

  private static String twoDp(double v) {
    return new BigDecimal(Double.toString(v)).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  @Test
  void reproducesThePublishedCdnowSummaryFromTheRawSample() {
    // Expected: lifetimes' cdnow_customers_summary_with_transactions.csv (Fader and Hardie's CDNOW
    // 1/10 sample, weeks 1-39), every row and column to its 2 decimals.
    List<Purchase> purchases = Cdnow.purchases();
    assertEquals(6919, purchases.size());
    BulkResult<Purchase, RfmSummary> result = RfmSummary.from(purchases, UTC, Cdnow.CALIBRATION_END, TimeScale.WEEK);
    // Without a holdout the calibration end is the observation end: the purchases after 1997-09-30
    // are set aside as outside the window (and counted), and every customer's first purchase is in
    // calibration.
    assertEquals(purchases.size(), result.givenCount());
    assertEquals(result.usedCount(), result.value().count());
    assertEquals(Map.of(ReasonCode.IMPLAUSIBLE_DATE, (long) result.setAside().size()), result.reasonCounts());
    assertEquals(0, result.value().holdoutOnlyCustomers());
    Map<String, Rfm> byId = result.value().customers().stream()
        .collect(Collectors.toMap(r -> r.customer().value(), Function.identity()));
    List<Cdnow.Row> expected = Cdnow.summary();
    assertEquals(2357, expected.size());
    assertEquals(expected.size(), byId.size());
    int repeatBuyers = 0;
    for (Cdnow.Row row : expected) {
      Rfm rfm = byId.get(row.id());
      String where = "customer " + row.id();
      assertEquals(row.x(), rfm.frequency(), where);
      assertEquals(row.tx(), twoDp(rfm.recency()), where);
      assertEquals(row.age(), twoDp(rfm.age()), where);
      // The mean from the exact decimal total (62.255 for customer 751 rounds up to 62.26; the
      // double 62.254999... would round down).
      String zbar = rfm.frequency() == 0 ? "0.00" : new BigDecimal(Double.toString(rfm.repeatValue()))
          .divide(BigDecimal.valueOf(rfm.frequency()), 2, RoundingMode.HALF_UP).toPlainString();
      assertEquals(row.zbar(), zbar, where);
      assertEquals(Double.parseDouble(row.zbar()), rfm.meanRepeatValue().orElse(0), 0.005 + 1e-9, where);
      repeatBuyers += rfm.frequency() > 0 ? 1 : 0;
    }
    assertEquals(946, repeatBuyers); // README of the data: 946 customers have x > 0
  }

  @Test
  void holdoutCountsPurchasesAfterTheCalibrationEnd() {
    BulkResult<Purchase, RfmSummary> result = RfmSummary.from(Cdnow.purchases(), UTC, Cdnow.CALIBRATION_END,
        Cdnow.HOLDOUT_END, TimeScale.WEEK);
    assertTrue(result.setAside().isEmpty());
    assertEquals(6919, result.value().count());
    assertEquals(0, result.value().holdoutOnlyCustomers());
    // The raw file has 6696 distinct (customer, day) pairs (data README): 2357 first days, the
    // rest repeat days in calibration or holdout.
    int days = 0;
    for (Rfm r : result.value().customers()) {
      days += 1 + r.frequency() + r.holdoutFrequency();
    }
    assertEquals(6696, days);
  }

  @Test
  void orderOfPurchasesDoesNotChangeAnyCustomersSummary() {
    List<Purchase> all = Cdnow.purchases().subList(0, 600);
    Map<CustomerId, Rfm> reference = index(all);
    qt().withExamples(20).forAll(integers().all()).check(seed -> {
      List<Purchase> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, new Random(seed));
      return index(shuffled).equals(reference);
    });
  }

  @Test
  void mergingTalliesOfPartsEqualsTallyingTheWholeAndTheBulkSummary() {
    // The first 800 transactions with a holdout to the end of the file, so that every purchase is
    // in the window; the bulk summary, with an EUR purchase mixed in, sets that one aside alone.
    List<Purchase> all = new ArrayList<>(Cdnow.purchases().subList(0, 800));
    RfmSummary whole = tally(all, 0, all.size()).snapshot();
    List<Purchase> withEuro = new ArrayList<>(all);
    withEuro.add(300, Purchase.of(CustomerId.of("9"), java.time.Instant.parse("1997-03-01T00:00:00Z"),
        Money.of("4.00", "EUR")));
    BulkResult<Purchase, RfmSummary> bulk = RfmSummary.from(withEuro, UTC, Cdnow.CALIBRATION_END, Cdnow.HOLDOUT_END,
        TimeScale.WEEK);
    assertEquals(whole, bulk.value());
    assertEquals(List.of(300L), bulk.setAside().stream().map(s -> s.position()).toList());
    assertEquals(ReasonCode.CURRENCY_MISMATCH, bulk.setAside().get(0).code());
    assertEquals(800, whole.count());
    qt().forAll(integers().between(0, all.size()), integers().between(0, all.size())).check((i, j) -> {
      int lo = Math.min(i, j);
      int hi = Math.max(i, j);
      RfmAccumulator merged = tally(all, hi, all.size()).merge(tally(all, 0, lo)).merge(tally(all, lo, hi));
      return merged.snapshot().equals(whole) && merged.count() == all.size();
    });
  }

  @Test
  void collectorWorksOnParallelStreams() {
    List<Purchase> all = Cdnow.purchases();
    java.util.Currency usd = java.util.Currency.getInstance("USD");
    RfmSummary sequential = RfmSummary.from(all, UTC, Cdnow.CALIBRATION_END, Cdnow.HOLDOUT_END, TimeScale.WEEK).value();
    assertEquals(sequential, all.parallelStream().collect(
        RfmSummary.toRfmSummary(usd, UTC, Cdnow.CALIBRATION_END, Cdnow.HOLDOUT_END, TimeScale.WEEK)));
    RfmAccumulator viaCollect = all.parallelStream().collect(
        () -> RfmSummary.accumulator(usd, UTC, Cdnow.CALIBRATION_END, Cdnow.HOLDOUT_END, TimeScale.WEEK),
        RfmAccumulator::add, RfmAccumulator::merge);
    assertEquals(sequential, viaCollect.snapshot());
    // Calibration only: the collector takes the purchases in the window; the bulk summary sets the
    // later ones aside, and both give the same summary.
    List<Purchase> calibration = all.stream()
        .filter(p -> !p.purchasedAt().atZone(UTC).toLocalDate().isAfter(Cdnow.CALIBRATION_END)).toList();
    assertEquals(RfmSummary.from(all, UTC, Cdnow.CALIBRATION_END, TimeScale.WEEK).value(),
        calibration.parallelStream().collect(RfmSummary.toRfmSummary(usd, UTC, Cdnow.CALIBRATION_END, TimeScale.WEEK)));
  }

  private static RfmAccumulator tally(List<Purchase> purchases, int from, int to) {
    RfmAccumulator accumulator = RfmSummary.accumulator(java.util.Currency.getInstance("USD"), UTC,
        Cdnow.CALIBRATION_END, Cdnow.HOLDOUT_END, TimeScale.WEEK);
    purchases.subList(from, to).forEach(accumulator::add);
    return accumulator;
  }

  private static Map<CustomerId, Rfm> index(List<Purchase> purchases) {
    return RfmSummary.from(purchases, UTC, Cdnow.CALIBRATION_END, Cdnow.HOLDOUT_END, TimeScale.WEEK).value()
        .customers().stream().collect(Collectors.toMap(Rfm::customer, Function.identity()));
  }
}
