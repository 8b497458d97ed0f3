package org.cxkit.metrics.nps.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values are the exact normal tail {@code erfc(x/√2)/2} and its inverse, evaluated with
 * mpmath at 40 significant digits (mpmath 1.3.0, {@code mp.dps = 40}; quantiles by {@code findroot}
 * on {@code ncdf} at the exact binary value of each double {@code p}, so 0.9995 means the double
 * nearest 0.9995), and agree with the printed tables of Abramowitz and Stegun (1964), table 26.1,
 * to the digits given there.
 */
class NormalTest {

  @ParameterizedTest
  @CsvSource({
      "0, 0.5",
      "0.5, 0.30853753872598689636",
      "1, 0.15865525393145705141",
      "2, 0.0227501319481792072",
      "2.5, 0.006209665325776135167",
      "3, 0.0013498980316300945267",
      "5, 2.8665157187919391167e-7",
      "8, 6.2209605742717841235e-16",
      "10, 7.619853024160526066e-24",
      "20, 2.7536241186062336951e-89",
      "37.5, 4.6053530095819548438e-308",
  })
  void upperTailMatchesHighPrecisionValues(double x, double expected) {
    assertEquals(expected, Normal.upperTail(x), 4e-15 * expected);
  }

  @ParameterizedTest
  @CsvSource({
      "-1, 0.15865525393145705141",
      "-3, 0.0013498980316300945267",
      "-8.5, 9.4795348222033183542e-18",
  })
  void cdfKeepsRelativePrecisionInTheLowerTail(double x, double expected) {
    assertEquals(expected, Normal.cdf(x), 4e-15 * expected);
  }

  @ParameterizedTest
  @CsvSource({
      "0.975, 1.9599639845400538556",
      "0.995, 2.5758293035489004539",
      "0.9995, 3.2905267314919257787",
      "0.95, 1.6448536269514722843",
      "0.8, 0.8416212335729143638",
      "0.3, -0.52440051270804081597",
      "0.02425, -1.9729610513118848376",
      "0.025, -1.9599639845400542118",
      "1e-10, -6.3613409024040561991",
      "1e-300, -37.047096299361199237",
  })
  void quantileMatchesHighPrecisionValues(double p, double expected) {
    assertEquals(expected, Normal.quantile(p), 1e-14 * Math.abs(expected));
  }

  @Test
  void quantileOfOneHalfIsZero() {
    assertEquals(0.0, Normal.quantile(0.5), 1e-16);
  }

  @Test
  void criticalValueOfNinetyFivePercent() {
    // (1 - 0.95) / 2 is the double 0.025000000000000022, whose quantile is -1.9599639845400538556
    // (mpmath, as above).
    assertEquals(1.9599639845400538556, Normal.twoSidedCritical(0.95), 2e-15);
  }

  @Test
  void twoSidedPValueOfTheNinetyFivePercentCriticalValueIsFivePercent() {
    // 2 Q(1.959963984540054) = 2 * 0.025000000000000010876 (mpmath).
    assertEquals(0.05, Normal.twoSidedPValue(1.959963984540054), 1e-15);
    assertEquals(0.05, Normal.twoSidedPValue(-1.959963984540054), 1e-15);
    assertEquals(1.0, Normal.twoSidedPValue(0));
  }

  @Test
  void extremesAreFiniteAndDefined() {
    assertEquals(0.0, Normal.upperTail(Double.POSITIVE_INFINITY));
    assertEquals(1.0, Normal.upperTail(Double.NEGATIVE_INFINITY));
    assertEquals(0.0, Normal.upperTail(50));
    assertEquals(1.0, Normal.cdf(50));
    assertThrows(IllegalArgumentException.class, () -> Normal.upperTail(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Normal.quantile(0));
    assertThrows(IllegalArgumentException.class, () -> Normal.quantile(1));
    assertThrows(IllegalArgumentException.class, () -> Normal.twoSidedCritical(1.0));
  }

  @Test
  void quantileInvertsTheDistributionFunction() {
    qt().forAll(doubles().between(1e-300, 1 - 1e-16))
        .check(p -> {
          double x = Normal.quantile(p);
          double back = p < 0.5 ? Normal.cdf(x) : Normal.upperTail(x);
          double target = p < 0.5 ? p : 1 - p;
          // Rounding x to a double moves Phi(x) by up to |x| * ulp(x) relatively (d ln Phi / dx ~ |x|).
          double tolerance = target * (1e-14 + 4e-16 * x * x);
          return Double.isFinite(x) && Math.abs(back - target) <= tolerance;
        });
  }

  @Test
  void upperTailIsMonotoneAndComplementsTheCdf() {
    qt().forAll(doubles().between(-40, 40), doubles().between(0, 1))
        .check((x, h) -> Normal.upperTail(x) >= Normal.upperTail(x + h)
            && Math.abs(Normal.upperTail(x) + Normal.cdf(x) - 1) <= 2e-16 * 4);
  }

  @Test
  void densityAtZero() {
    // 1/sqrt(2 pi) = 0.3989422804014327.
    assertTrue(Math.abs(Normal.density(0) - 0.3989422804014327) < 1e-16);
  }
}
