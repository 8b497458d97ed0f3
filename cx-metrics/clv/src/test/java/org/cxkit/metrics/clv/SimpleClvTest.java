package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.Rate;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;
import org.cxkit.metrics.clv.SimpleClv.Timing;
import org.junit.jupiter.api.Test;

class SimpleClvTest {
  private static final TimeScale YEAR = TimeScale.YEAR;

  @Test
  void customerValueTimesLifespanByHand() {
    // 40.00 a purchase, 2 purchases a month, 3-year lifespan = 36 months: 40 * 2 * 36 = 2880.
    assertEquals(80, SimpleClv.customerValue(40, 2), 0);
    assertEquals(2880, SimpleClv.ofLifespan(40, 2, TimeScale.MONTH, TimeSpan.of(3, YEAR)), 1e-9);
    // 1 purchase a week for 10 weeks at 5.00: the lifespan converted linearly (70 days).
    assertEquals(50, SimpleClv.ofLifespan(5, 1, TimeScale.WEEK, TimeSpan.of(70, TimeScale.DAY)), 1e-12);
  }

  @Test
  void marginFormByHand() {
    // ARPU 100 a year, gross margin 60 %, churn 20 % a year: 100 * 0.6 / 0.2 = 300.
    assertEquals(300, SimpleClv.ofMargin(100, YEAR, 0.6, Rate.churn(0.2, YEAR)), 1e-12);
    // Churn 1: one period of margin.
    assertEquals(60, SimpleClv.ofMargin(100, YEAR, 0.6, Rate.churn(1, YEAR)), 0);
  }

  @Test
  void retentionFormsAreTheGeometricSeriesSummedByHand() {
    // m = 100, r = 0.8, d = 0.1. End of period: sum_{t>=1} 100 (0.8/1.1)^t; first margin now: the
    // same sum from t = 0. Summed term by term (1000 terms: the ratio 0.727 makes the rest < 1e-130).
    double m = 100;
    double r = 0.8;
    double d = 0.1;
    double fromOne = 0;
    double term = m;
    for (int t = 1; t <= 1000; t++) {
      term *= r / (1 + d);
      fromOne += term;
    }
    double fromZero = m + fromOne;
    // Closed forms: m r / (1 + d - r) = 80 / 0.3 = 266.67; m (1 + d) / (1 + d - r) = 110 / 0.3 = 366.67.
    assertEquals(80 / 0.3, fromOne, 1e-9);
    assertEquals(110 / 0.3, fromZero, 1e-9);
    assertEquals(fromOne, SimpleClv.ofRetention(m, YEAR, Rate.retention(r, YEAR), Rate.discount(d, YEAR),
        Timing.FIRST_MARGIN_AT_END_OF_PERIOD), 1e-9);
    assertEquals(fromZero, SimpleClv.ofRetention(m, YEAR, Rate.retention(r, YEAR), Rate.discount(d, YEAR),
        Timing.FIRST_MARGIN_NOW), 1e-9);
  }

  @Test
  void theTwoTimingsDifferByOnePeriodsMarginDiscounted() {
    // From the series: now = m + end_of_period * ... exactly now - end = m (1 + d - r)/(1 + d - r) = m.
    qt().forAll(doubles().between(-1e6, 1e6), doubles().between(0, 0.999), doubles().between(0, 1))
        .check((m, r, d) -> {
          double now = SimpleClv.ofRetention(m, YEAR, Rate.retention(r, YEAR), Rate.discount(d, YEAR), Timing.FIRST_MARGIN_NOW);
          double end = SimpleClv.ofRetention(m, YEAR, Rate.retention(r, YEAR), Rate.discount(d, YEAR),
              Timing.FIRST_MARGIN_AT_END_OF_PERIOD);
          return Double.isFinite(now) && Math.abs(now - end - m) <= 1e-9 * Math.max(1, Math.abs(now));
        });
  }

  @Test
  void retentionFormIsMonotone() {
    // Non-decreasing in retention, non-increasing in the discount rate, for a positive margin.
    qt().forAll(doubles().between(0, 1e6), doubles().between(0, 0.98), doubles().between(0, 1))
        .check((m, r, d) -> {
          double base = SimpleClv.ofRetention(m, YEAR, Rate.retention(r, YEAR), Rate.discount(d, YEAR), Timing.FIRST_MARGIN_NOW);
          double retained = SimpleClv.ofRetention(m, YEAR, Rate.retention(r + 0.01, YEAR), Rate.discount(d, YEAR),
              Timing.FIRST_MARGIN_NOW);
          double discounted = SimpleClv.ofRetention(m, YEAR, Rate.retention(r, YEAR), Rate.discount(d + 0.01, YEAR),
              Timing.FIRST_MARGIN_NOW);
          return retained >= base && discounted <= base;
        });
  }

  @Test
  void rejectsOutOfRangeInputsNamingTheFieldTheRangeAndTheValue() {
    assertEquals("Invalid value for retention (valid values 0 - 1, 1 excluded): 1.0",
        assertThrows(IllegalArgumentException.class, () -> SimpleClv.ofRetention(10, YEAR, Rate.retention(1, YEAR),
            Rate.discount(0.1, YEAR), Timing.FIRST_MARGIN_NOW)).getMessage());
    InvalidValueException noChurn = assertThrows(InvalidValueException.class,
        () -> SimpleClv.ofMargin(10, YEAR, 0.5, Rate.churn(0, YEAR)));
    assertEquals("Invalid value for churn (valid values > 0 - 1): 0.0", noChurn.getMessage());
    assertEquals(ReasonCode.OUT_OF_RANGE, noChurn.code());
    assertEquals("churn", noChurn.field());
    // A churn rate is a probability: 1.5 is refused when the rate is made.
    assertEquals("Invalid value for rate (valid values 0.0 - 1.0): 1.5",
        assertThrows(IllegalArgumentException.class, () -> Rate.churn(1.5, YEAR)).getMessage());
    assertEquals("Invalid value for grossMargin (valid values 0.0 - 1.0): 1.2",
        assertThrows(IllegalArgumentException.class, () -> SimpleClv.ofMargin(10, YEAR, 1.2, Rate.churn(0.2, YEAR)))
            .getMessage());
    assertEquals("Invalid value for averagePurchaseValue (must not be negative): -1.0",
        assertThrows(IllegalArgumentException.class, () -> SimpleClv.customerValue(-1, 2)).getMessage());
    assertEquals("Invalid value for marginPerPeriod (must be finite): NaN",
        assertThrows(IllegalArgumentException.class, () -> SimpleClv.ofRetention(Double.NaN, YEAR,
            Rate.retention(0.8, YEAR), Rate.discount(0.1, YEAR), Timing.FIRST_MARGIN_NOW)).getMessage());
    assertEquals("Invalid value for rate (must be finite): NaN",
        assertThrows(IllegalArgumentException.class, () -> Rate.discount(Double.NaN, YEAR)).getMessage());
  }

  @Test
  void refusesToMixTimeUnits() {
    // A monthly revenue with an annual churn rate is the classic factor-of-12 mistake.
    assertEquals("Invalid value for churn period (must be the common time unit MONTH): YEAR",
        assertThrows(IllegalArgumentException.class,
            () -> SimpleClv.ofMargin(10, TimeScale.MONTH, 0.5, Rate.churn(0.2, YEAR))).getMessage());
    assertEquals("Invalid value for discount period (must be the common time unit YEAR): MONTH",
        assertThrows(IllegalArgumentException.class, () -> SimpleClv.ofRetention(10, YEAR, Rate.retention(0.8, YEAR),
            Rate.discount(0.01, TimeScale.MONTH), Timing.FIRST_MARGIN_NOW)).getMessage());
    // Converting explicitly is one call: 1 % a month compounds to 12.68 % a year, not 12 %.
    assertEquals(Math.pow(1.01, 12) - 1, Rate.discount(0.01, TimeScale.MONTH).per(YEAR).value(), 1e-15);
  }

  @Test
  void aMonthlyChurnRateConvertsToAYearAsAChurnRate() {
    // The defect of clv's former Rate: it converted every rate as a discount rate, so 5 % churn a
    // month became (1.05^12 - 1) = 79.6 % a year. As a churn rate it is 1 - 0.95^12 = 45.96 % a
    // year (the probability of leaving within 12 months at 5 % a month; DOMAIN.md §3: monthly and
    // annual churn rates convert through compounding, not x 12, which would give 60 %).
    // ARPU 1000 a year at a 50 % margin: 500 / 0.45964 = 1087.81, not 500 / 0.79586 = 628.25.
    Rate annual = Rate.churn(0.05, TimeScale.MONTH).per(YEAR);
    assertEquals(1 - Math.pow(0.95, 12), annual.value(), 1e-15);
    assertEquals(0.46, annual.value(), 0.0005);
    double clv = SimpleClv.ofMargin(1000, YEAR, 0.5, annual);
    assertEquals(500 / (1 - Math.pow(0.95, 12)), clv, 1e-9);
    assertEquals(1087.81, clv, 0.005);
    // The same customers per month: 83.33 a month / 0.05 = 833.33. The margin form counts the
    // lifetime in whole periods, so the figure depends on the period; hence no silent conversion.
    assertEquals(1000.0 / 12 * 0.5 / 0.05, SimpleClv.ofMargin(1000.0 / 12, TimeScale.MONTH, 0.5,
        Rate.churn(0.05, TimeScale.MONTH)), 1e-9);
    // A discount or retention rate where a churn rate is meant is refused, not misread.
    InvalidValueException discount = assertThrows(InvalidValueException.class,
        () -> SimpleClv.ofMargin(1000, YEAR, 0.5, Rate.discount(0.46, YEAR)));
    assertEquals("Invalid value for churn (must be a churn rate): discount 0.46 per YEAR", discount.getMessage());
    assertEquals(ReasonCode.INVALID, discount.code());
    assertThrows(InvalidValueException.class, () -> SimpleClv.ofMargin(1000, YEAR, 0.5, Rate.retention(0.54, YEAR)));
    assertThrows(InvalidValueException.class, () -> SimpleClv.ofRetention(100, YEAR, Rate.churn(0.2, YEAR),
        Rate.discount(0.1, YEAR), Timing.FIRST_MARGIN_NOW));
    // Retention converts as r^k: 95 % a month is 54.04 % a year, the complement of the annual churn.
    assertEquals(1 - annual.value(), Rate.retention(0.95, TimeScale.MONTH).per(YEAR).value(), 1e-15);
  }

  @Test
  void timeScalesConvert() {
    assertEquals(14, TimeSpan.of(2, TimeScale.WEEK).in(TimeScale.DAY), 0);
    assertEquals(12, TimeScale.MONTH.per(YEAR), 1e-15);
    assertEquals(2, TimeScale.HALF_YEAR.per(YEAR), 1e-15);
    assertEquals(TimeScale.WEEK, TimeScale.ofDays(7));
    assertEquals("WEEK", TimeScale.ofDays(7).toString());
    assertEquals("3.5 DAYS", TimeScale.ofDays(3.5).toString());
    assertEquals("Invalid value for days (must be finite and greater than 0): 0.0",
        assertThrows(IllegalArgumentException.class, () -> TimeScale.ofDays(0)).getMessage());
  }
}
