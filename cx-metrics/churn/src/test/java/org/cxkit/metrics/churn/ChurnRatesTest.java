package org.cxkit.metrics.churn;

import static org.cxkit.core.time.TimeScale.MONTH;
import static org.cxkit.core.time.TimeScale.QUARTER;
import static org.cxkit.core.time.TimeScale.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.Rate;
import org.cxkit.core.time.TimeScale;
import org.junit.jupiter.api.Test;

/**
 * Churn rates convert between period lengths by compounding, never by multiplication: the reference
 * values this module has always checked, now through cx-core's {@link Rate#churn} (which replaced
 * {@code ChurnRates}), and through the estimates this module produces.
 */
class ChurnRatesTest {

  static double convert(double rate, TimeScale from, TimeScale to) {
    return Rate.churn(rate, from).per(to).value();
  }

  /** By hand: 0.95^2 = 0.9025, ^4 = 0.81450625, ^8 = 0.663420431, ^12 = ^8 * ^4 = 0.540360088; 1 - that. */
  @Test
  void fivePercentMonthlyIsFortySixPercentAnnualNotSixty() {
    assertEquals(1 - 0.54036008766263, convert(0.05, MONTH, YEAR), 1e-13);
  }

  /** By hand: 0.8^(1/12) = exp(ln 0.8 / 12) = exp(-0.0185952) = 0.9815765; 1 - that = 1.842 %. */
  @Test
  void twentyPercentAnnualIsOnePointEightFourPercentMonthly() {
    assertEquals(0.018423470126248, convert(0.2, YEAR, MONTH), 1e-12);
    // Quarterly: 1 - 0.8^(1/4); 0.8^(1/2) = 0.894427191, its root 0.945741609; 1 - that = 0.054258391.
    assertEquals(0.054258390996824, convert(0.2, YEAR, QUARTER), 1e-12);
    // 2 % monthly is 1 - 0.98^3 = 1 - 0.941192 = 0.058808 quarterly.
    assertEquals(0.058808, convert(0.02, MONTH, QUARTER), 1e-15);
    // Retention converts as r^k: 95 % monthly retention is 0.95^12 = 0.540360088 a year.
    assertEquals(0.54036008766263, Rate.retention(0.95, MONTH).per(YEAR).value(), 1e-13);
    assertEquals(convert(0.05, MONTH, YEAR), Rate.churn(0.05, MONTH).complement().per(YEAR).complement().value(),
        1e-15);
  }

  @Test
  void endpointsAndEstimates() {
    assertEquals(0, convert(0, MONTH, YEAR), 0);
    assertEquals(1, convert(1, MONTH, YEAR), 0);
    assertEquals(1, convert(1, YEAR, MONTH), 0);
    Estimate monthly = Estimate.of(0.05, 400, 0.03, 0.08, IntervalMethod.WILSON, Confidence.DEFAULT);
    Estimate annual = monthly.map(r -> convert(r, MONTH, YEAR));
    assertEquals(convert(0.03, MONTH, YEAR), annual.lower(), 0);
    assertEquals(convert(0.08, MONTH, YEAR), annual.upper(), 0);
    assertEquals(400, annual.n());
    assertEquals(IntervalMethod.WILSON, annual.method());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> convert(1.5, MONTH, YEAR));
    assertEquals("Invalid value for rate (valid values 0.0 - 1.0): 1.5", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> convert(Double.NaN, MONTH, YEAR));
  }

  /** A month's churn estimate from this module, quoted per year with its interval: each bound compounds. */
  @Test
  void aPeriodsChurnRateQuotedPerYear() {
    List<Subscription> subs = new ArrayList<>();
    // 40 at the start of March 2026, 2 of them lost in March: 5 % monthly.
    for (int i = 0; i < 40; i++) {
      subs.add(Subs.sub("s" + i, Subs.day(1, 1), i < 2 ? Subs.day(3, 10) : null, "10"));
    }
    PeriodChurn march = PeriodChurn.of(subs, CalendarPeriod.parse("2026-03").toInterval(java.time.ZoneOffset.UTC),
        Currency.getInstance("EUR")).value();
    Estimate monthly = march.churnRate();
    Estimate annual = monthly.map(r -> Rate.churn(r, MONTH).per(YEAR).value());
    assertEquals(0.05, monthly.value(), 1e-15);
    assertEquals(1 - 0.54036008766263, annual.value(), 1e-13);
    assertEquals(convert(monthly.lower(), MONTH, YEAR), annual.lower(), 0);
    assertEquals(convert(monthly.upper(), MONTH, YEAR), annual.upper(), 0);
    assertEquals(40, annual.n());
    assertTrue(annual.contains(annual.value()));
  }

  /**
   * Monthly to annual and back returns the rate (for monthly rates up to 1/2: above that, 1 - annual
   * falls below 2.5e-4 and its rounding is amplified on the way back, an ill-conditioning of the
   * question, not of the code); the conversion is increasing; no NaN at the extremes.
   */
  @Test
  void roundTripAndMonotone() {
    qt().forAll(doubles().between(0, 0.5)).check(r -> {
      double annual = convert(r, MONTH, YEAR);
      double back = convert(annual, YEAR, MONTH);
      return Math.abs(back - r) <= 1e-11 * r && convert(r, QUARTER, QUARTER) == r;
    });
    qt().forAll(doubles().between(0, 1)).check(r -> {
      double annual = convert(r, MONTH, YEAR);
      double monthly = convert(r, YEAR, MONTH);
      return annual >= r && annual <= 1 && monthly <= r && monthly >= 0;
    });
    qt().forAll(doubles().between(0, 1), doubles().between(0, 1)).check((a, b) ->
        a > b ? convert(a, MONTH, YEAR) >= convert(b, MONTH, YEAR)
            : convert(a, MONTH, YEAR) <= convert(b, MONTH, YEAR));
    assertEquals(12 * Double.MIN_VALUE, convert(Double.MIN_VALUE, MONTH, YEAR), 0);
  }
}
