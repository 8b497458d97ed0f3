package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.TimeScale;
import org.cxkit.testkit.AccumulatorContract;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The shared merge contract for {@link RfmAccumulator}: purchases of 40 customers over the first half
 * of 2024, with a calibration period to the end of March and a holdout to the end of June, so that
 * some customers have repeat and holdout purchases and some are first seen in the holdout. Amounts
 * are whole cents, summed exactly.
 */
class RfmAccumulatorContractTest extends AccumulatorContract<Purchase, RfmAccumulator, RfmSummary> {
  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final LocalDate CALIBRATION_END = LocalDate.of(2024, 3, 31);
  private static final LocalDate HOLDOUT_END = LocalDate.of(2024, 6, 30);

  @Override
  protected RfmAccumulator newAccumulator() {
    return RfmSummary.accumulator(USD, UTC, CALIBRATION_END, HOLDOUT_END, TimeScale.WEEK);
  }

  @Override
  protected java.util.stream.Collector<Purchase, ?, RfmSummary> collector() {
    return RfmSummary.toRfmSummary(USD, UTC, CALIBRATION_END, HOLDOUT_END, TimeScale.WEEK);
  }

  @Override
  protected Gen<Purchase> items() {
    int days = (int) (HOLDOUT_END.toEpochDay() - START.toEpochDay());
    return integers().between(0, 39).zip(integers().between(0, days), integers().between(0, 86_399),
        integers().between(0, 50_000), (customer, day, second, cents) -> Purchase.of(CustomerId.of("c" + customer),
            START.plusDays(day).atStartOfDay(UTC).plusSeconds(second).toInstant(),
            Money.of(BigDecimal.valueOf(cents, 2), USD)));
  }

  @Override
  protected RfmSummary expectedEmpty() {
    return RfmSummary.from(List.of(), UTC, CALIBRATION_END, HOLDOUT_END, TimeScale.WEEK).value();
  }

  @Override
  protected void checkEmpty(RfmSummary empty) {
    assertTrue(empty.customers().isEmpty());
    assertEquals(0, empty.count());
    assertEquals(0, empty.holdoutOnlyCustomers());
    assertTrue(empty.currency().isEmpty());
    assertEquals(CALIBRATION_END, empty.calibrationEnd());
    assertEquals(HOLDOUT_END, empty.holdoutEnd().orElseThrow());
  }

  @Test
  void refusesToMergeDifferentSettings() {
    RfmAccumulator weeks = RfmSummary.accumulator(USD, UTC, CALIBRATION_END, TimeScale.WEEK);
    RfmAccumulator days = RfmSummary.accumulator(USD, UTC, CALIBRATION_END, TimeScale.DAY);
    assertEquals(ReasonCode.INVALID, assertThrows(InvalidValueException.class, () -> weeks.merge(days)).code());
    assertThrows(InvalidValueException.class, () -> weeks.merge(newAccumulator()));
    assertThrows(InvalidValueException.class,
        () -> weeks.merge(RfmSummary.accumulator(USD, ZoneId.of("Asia/Tokyo"), CALIBRATION_END, TimeScale.WEEK)));
    RfmAccumulator euros = RfmSummary.accumulator(Currency.getInstance("EUR"), UTC, CALIBRATION_END, TimeScale.WEEK);
    assertEquals(ReasonCode.CURRENCY_MISMATCH, assertThrows(InvalidValueException.class,
        () -> weeks.merge(euros)).code());
    assertEquals(0, weeks.count());
  }

  @Test
  void customersFirstSeenInTheHoldoutAreCountedNotSummarised() {
    CustomerId early = CustomerId.of("early");
    CustomerId late = CustomerId.of("late");
    RfmSummary summary = newAccumulator()
        .add(Purchase.of(early, START.atStartOfDay(UTC).toInstant(), Money.of("1.00", "USD")))
        .add(Purchase.of(early, LocalDate.of(2024, 5, 1).atStartOfDay(UTC).toInstant(), Money.of("2.50", "USD")))
        .add(Purchase.of(late, LocalDate.of(2024, 4, 1).atStartOfDay(UTC).toInstant(), Money.of("1.00", "USD")))
        .snapshot();
    assertEquals(List.of(new Rfm(early, 0, 0, 90 / 7.0, 0, 1, 2.5, TimeScale.WEEK)), summary.customers());
    assertEquals(3, summary.count());
    assertEquals(1, summary.holdoutOnlyCustomers());
  }
}
