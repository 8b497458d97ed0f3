package org.cxkit.metrics.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.cxkit.core.result.Estimate;
import org.cxkit.metrics.churn.ChurnRates.Per;
import org.junit.jupiter.api.Test;

class ChurnRatesTest {

  /** By hand: 0.95^2 = 0.9025, ^4 = 0.81450625, ^8 = 0.663420431, ^12 = ^8 * ^4 = 0.540360088; 1 - that. */
  @Test
  void fivePercentMonthlyIsFortySixPercentAnnualNotSixty() {
    assertEquals(1 - 0.54036008766263, ChurnRates.monthlyToAnnual(0.05), 1e-13);
  }

  /** By hand: 0.8^(1/12) = exp(ln 0.8 / 12) = exp(-0.0185952) = 0.9815765; 1 - that = 1.842 %. */
  @Test
  void twentyPercentAnnualIsOnePointEightFourPercentMonthly() {
    assertEquals(0.018423470126248, ChurnRates.annualToMonthly(0.2), 1e-12);
    // Quarterly: 1 - 0.8^(1/4); 0.8^(1/2) = 0.894427191, its root 0.945741609; 1 - that = 0.054258391.
    assertEquals(0.054258390996824, ChurnRates.convert(0.2, Per.YEAR, Per.QUARTER), 1e-12);
    // 2 % monthly is 1 - 0.98^3 = 1 - 0.941192 = 0.058808 quarterly.
    assertEquals(0.058808, ChurnRates.convert(0.02, Per.MONTH, Per.QUARTER), 1e-15);
  }

  @Test
  void endpointsAndEstimates() {
    assertEquals(0, ChurnRates.monthlyToAnnual(0), 0);
    assertEquals(1, ChurnRates.monthlyToAnnual(1), 0);
    assertEquals(1, ChurnRates.annualToMonthly(1), 0);
    Estimate monthly = Estimate.of(0.05, 400, 0.03, 0.08, 0.95);
    Estimate annual = ChurnRates.convert(monthly, Per.MONTH, Per.YEAR);
    assertEquals(ChurnRates.monthlyToAnnual(0.03), annual.lower(), 0);
    assertEquals(ChurnRates.monthlyToAnnual(0.08), annual.upper(), 0);
    assertEquals(400, annual.n());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChurnRates.monthlyToAnnual(1.5));
    assertEquals("Invalid value for rate (valid values 0.0 - 1.0): 1.5", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ChurnRates.convert(0.1, 0, 1));
  }

  /**
   * Monthly to annual and back returns the rate (for monthly rates up to 1/2: above that, 1 - annual
   * falls below 2.5e-4 and its rounding is amplified on the way back, an ill-conditioning of the
   * question, not of the code); the conversion is increasing; no NaN at the extremes.
   */
  @Test
  void roundTripAndMonotone() {
    qt().forAll(doubles().between(0, 0.5)).check(r -> {
      double annual = ChurnRates.monthlyToAnnual(r);
      double back = ChurnRates.annualToMonthly(annual);
      return Math.abs(back - r) <= 1e-11 * r && ChurnRates.convert(r, Per.QUARTER, Per.QUARTER) == r;
    });
    qt().forAll(doubles().between(0, 1)).check(r -> {
      double annual = ChurnRates.monthlyToAnnual(r);
      double monthly = ChurnRates.annualToMonthly(r);
      return annual >= r && annual <= 1 && monthly <= r && monthly >= 0;
    });
    qt().forAll(doubles().between(0, 1), doubles().between(0, 1)).check((a, b) ->
        a > b ? ChurnRates.monthlyToAnnual(a) >= ChurnRates.monthlyToAnnual(b)
            : ChurnRates.monthlyToAnnual(a) <= ChurnRates.monthlyToAnnual(b));
    assertEquals(12 * Double.MIN_VALUE, ChurnRates.monthlyToAnnual(Double.MIN_VALUE), 0);
  }
}
