package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

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
    assertEquals(300, SimpleClv.ofMargin(100, YEAR, 0.6, Rate.of(0.2, YEAR)), 1e-12);
    // Churn 1: one period of margin.
    assertEquals(60, SimpleClv.ofMargin(100, YEAR, 0.6, Rate.of(1, YEAR)), 0);
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
    assertEquals(fromOne, SimpleClv.ofRetention(m, YEAR, Rate.of(r, YEAR), Rate.of(d, YEAR),
        Timing.FIRST_MARGIN_AT_END_OF_PERIOD), 1e-9);
    assertEquals(fromZero, SimpleClv.ofRetention(m, YEAR, Rate.of(r, YEAR), Rate.of(d, YEAR),
        Timing.FIRST_MARGIN_NOW), 1e-9);
  }

  @Test
  void theTwoTimingsDifferByOnePeriodsMarginDiscounted() {
    // From the series: now = m + end_of_period * ... exactly now - end = m (1 + d - r)/(1 + d - r) = m.
    qt().forAll(doubles().between(-1e6, 1e6), doubles().between(0, 0.999), doubles().between(0, 1))
        .check((m, r, d) -> {
          double now = SimpleClv.ofRetention(m, YEAR, Rate.of(r, YEAR), Rate.of(d, YEAR), Timing.FIRST_MARGIN_NOW);
          double end = SimpleClv.ofRetention(m, YEAR, Rate.of(r, YEAR), Rate.of(d, YEAR),
              Timing.FIRST_MARGIN_AT_END_OF_PERIOD);
          return Double.isFinite(now) && Math.abs(now - end - m) <= 1e-9 * Math.max(1, Math.abs(now));
        });
  }

  @Test
  void retentionFormIsMonotone() {
    // Non-decreasing in retention, non-increasing in the discount rate, for a positive margin.
    qt().forAll(doubles().between(0, 1e6), doubles().between(0, 0.98), doubles().between(0, 1))
        .check((m, r, d) -> {
          double base = SimpleClv.ofRetention(m, YEAR, Rate.of(r, YEAR), Rate.of(d, YEAR), Timing.FIRST_MARGIN_NOW);
          double retained = SimpleClv.ofRetention(m, YEAR, Rate.of(r + 0.01, YEAR), Rate.of(d, YEAR),
              Timing.FIRST_MARGIN_NOW);
          double discounted = SimpleClv.ofRetention(m, YEAR, Rate.of(r, YEAR), Rate.of(d + 0.01, YEAR),
              Timing.FIRST_MARGIN_NOW);
          return retained >= base && discounted <= base;
        });
  }

  @Test
  void rejectsOutOfRangeInputsNamingTheFieldTheRangeAndTheValue() {
    assertEquals("Invalid value for retention (valid values 0 - 1, 1 excluded): 1.0",
        assertThrows(IllegalArgumentException.class, () -> SimpleClv.ofRetention(10, YEAR, Rate.of(1, YEAR),
            Rate.of(0.1, YEAR), Timing.FIRST_MARGIN_NOW)).getMessage());
    assertEquals("Invalid value for churn (valid values > 0 - 1): 0.0",
        assertThrows(IllegalArgumentException.class, () -> SimpleClv.ofMargin(10, YEAR, 0.5, Rate.of(0, YEAR)))
            .getMessage());
    assertEquals("Invalid value for churn (valid values > 0 - 1): 1.5",
        assertThrows(IllegalArgumentException.class, () -> SimpleClv.ofMargin(10, YEAR, 0.5, Rate.of(1.5, YEAR)))
            .getMessage());
    assertEquals("Invalid value for grossMargin (valid values 0 - 1): 1.2",
        assertThrows(IllegalArgumentException.class, () -> SimpleClv.ofMargin(10, YEAR, 1.2, Rate.of(0.2, YEAR)))
            .getMessage());
    assertEquals("Invalid value for averagePurchaseValue (valid values >= 0, finite): -1.0",
        assertThrows(IllegalArgumentException.class, () -> SimpleClv.customerValue(-1, 2)).getMessage());
    assertEquals("Invalid value for rate (valid values >= 0, finite): NaN",
        assertThrows(IllegalArgumentException.class, () -> Rate.of(Double.NaN, YEAR)).getMessage());
  }

  @Test
  void refusesToMixTimeUnits() {
    // A monthly revenue with an annual churn rate is the classic factor-of-12 mistake.
    assertEquals("Invalid value for churn period (must be the common time unit MONTH): YEAR",
        assertThrows(IllegalArgumentException.class,
            () -> SimpleClv.ofMargin(10, TimeScale.MONTH, 0.5, Rate.of(0.2, YEAR))).getMessage());
    assertEquals("Invalid value for discount period (must be the common time unit YEAR): MONTH",
        assertThrows(IllegalArgumentException.class, () -> SimpleClv.ofRetention(10, YEAR, Rate.of(0.8, YEAR),
            Rate.of(0.01, TimeScale.MONTH), Timing.FIRST_MARGIN_NOW)).getMessage());
    // Converting explicitly is one call: 1 % a month compounds to 12.68 % a year, not 12 %.
    assertEquals(Math.pow(1.01, 12) - 1, Rate.of(0.01, TimeScale.MONTH).compoundedTo(YEAR).value(), 1e-15);
  }

  @Test
  void timeScalesConvert() {
    assertEquals(14, TimeSpan.of(2, TimeScale.WEEK).in(TimeScale.DAY), 0);
    assertEquals(12, TimeScale.MONTH.per(YEAR), 1e-15);
    assertEquals(TimeScale.WEEK, TimeScale.ofDays(7));
    assertEquals("WEEK", TimeScale.ofDays(7).toString());
    assertEquals("3.5 DAYS", TimeScale.ofDays(3.5).toString());
    assertEquals("Invalid value for days (valid values > 0, finite): 0.0",
        assertThrows(IllegalArgumentException.class, () -> TimeScale.ofDays(0)).getMessage());
  }
}
