package org.cxkit.core.stat;

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
 * to the digits given there. The tests from the satisfaction, churn and gap modules' own copies are
 * merged in below, each with the source of its values.
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
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Normal.quantile(1.5));
    assertEquals("Invalid value for p (valid values strictly between 0 and 1): 1.5", e.getMessage());
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

  // From the satisfaction module's tests. Standard normal quantiles, Abramowitz & Stegun table 26.5 (to
  // the digits given there) and, to full precision, scipy.stats.norm.isf: 1.959963984540054,
  // 2.575829303548901, 1.644853626951472, 3.090232306167813.
  @Test
  void upperQuantilesMatchTheTable() {
    assertEquals(1.959963984540054, -Normal.quantile(0.025), 2e-15);
    assertEquals(2.575829303548901, -Normal.quantile(0.005), 2e-15);
    assertEquals(1.644853626951472, -Normal.quantile(0.05), 2e-15);
    assertEquals(3.090232306167813, -Normal.quantile(0.001), 2e-15);
    assertEquals(6.361340902404056, -Normal.quantile(1e-10), 1e-13);
    assertEquals(-0.5244005127080409, -Normal.quantile(0.7), 2e-15);
    assertEquals(0, Normal.quantile(0.5));
  }

  // From the gap module's tests. Normal quantiles z(1 - q) from Abramowitz and Stegun table 26.5 /
  // R's qnorm: 1.959963984540054 (q = 0.025), 2.575829303548901 (0.005), 3.290526731491926 (0.0005),
  // 1.644853626951473 (0.05).
  @Test
  void normalQuantileMatchesRsQnorm() {
    assertEquals(1.959963984540054, -Normal.quantile(0.025), 1e-14);
    assertEquals(2.575829303548901, -Normal.quantile(0.005), 1e-14);
    assertEquals(3.290526731491926, -Normal.quantile(0.0005), 1e-13);
    assertEquals(1.644853626951473, -Normal.quantile(0.05), 1e-14);
  }

  // From the churn module's tests. Normal quantiles from the standard table: 1.959964 (97.5 %),
  // 2.575829 (99.5 %), 3.290527 (99.95 %); Phi(-6.361340902404056) = 1e-10 (standard table of
  // extreme quantiles).
  @Test
  void quantilesMatchTheStandardTable() {
    assertEquals(1.959963984540054, Normal.quantile(0.975), 4e-15);
    assertEquals(2.5758293035489004, Normal.quantile(0.995), 1e-14);
    assertEquals(1.6448536269514722, Normal.quantile(0.95), 1e-14);
    assertEquals(3.2905267314919255, Normal.quantile(0.9995), 1e-13);
    assertEquals(-0.5244005127080407, Normal.quantile(0.3), 1e-14);
    assertEquals(0, Normal.quantile(0.5), 1e-16);
    assertEquals(-6.361340902404056, Normal.quantile(1e-10), 1e-12);
    assertEquals(1.959963984540054, Normal.twoSidedCritical(0.95), 4e-15);
  }

  /**
   * From the churn module's tests, which tested erfc: erfc(x) = 2 Q(x sqrt 2). Values from Abramowitz
   * &amp; Stegun (1964), Table 7.1 (erf to 15 places), as erfc = 1 - erf. Rounding x sqrt 2 to a double
   * moves Q by at most x^2 ulps relatively, well inside the tolerances.
   */
  @Test
  void erfcMatchesAbramowitzAndStegunTable71() {
    assertEquals(1.0, erfc(0), 0);
    assertEquals(1 - 0.112462916018285, erfc(0.1), 1e-15);
    assertEquals(1 - 0.520499877813047, erfc(0.5), 1e-15);
    assertEquals(1 - 0.842700792949715, erfc(1), 1e-15);
    assertEquals(1 + 0.842700792949715, erfc(-1), 1e-15);
    assertEquals(1 - 0.995322265018953, erfc(2), 1e-15);
  }

  /** Tail values, where relative precision matters: A&amp;S Table 7.1 gives erfc(3) = 2.209049699858544e-5 ... */
  @Test
  void erfcKeepsRelativePrecisionInTheTail() {
    assertEquals(2.209049699858544e-05, erfc(3), 2.209049699858544e-05 * 1e-13);
    // A second method: the asymptotic series erfc(x) ~ exp(-x^2)/(x sqrt(pi)) sum (-1)^k (2k-1)!!/(2x^2)^k
    // (A&S 7.1.23); at x = 10, eleven terms leave a truncation error below 1e-14 relative.
    double x = 10;
    double sum = 0;
    double term = 1;
    for (int k = 0; k <= 10; k++) {
      sum += term;
      term *= -(2 * k + 1) / (2 * x * x);
    }
    double series = Math.exp(-x * x) / (x * Math.sqrt(Math.PI)) * sum;
    assertEquals(series, erfc(10), series * 1e-13);
    assertEquals(0, erfc(40), 0);
    assertEquals(2, erfc(-40), 0);
  }

  /** From the churn module: Q(x) + Q(-x) = 1, Q is decreasing, and nothing is NaN over the line. */
  @Test
  void tailsAreSymmetricOverTheLine() {
    qt().forAll(doubles().between(-30, 30)).check(x -> {
      double a = erfc(x);
      double b = erfc(-x);
      return a >= 0 && a <= 2 && Math.abs(a + b - 2) < 1e-14
          && erfc(Math.nextUp(x) + 1e-9) <= a;
    });
  }

  /**
   * From the churn module: the quantile inverts the CDF, Phi(quantile(p)) = p to within the
   * conditioning of the tail, over 1e-300 .. 0.499.
   */
  @Test
  void quantileRoundTripOverTheDecades() {
    qt().forAll(doubles().between(-300, -0.302)).check(e -> {
      double p = Math.pow(10, e);
      double z = Normal.quantile(p);
      double back = Normal.cdf(z);
      // dp/p = |z| dz: a z off by one or two ulps moves p by |z| * 2 ulp(z) relative (5e-13 at p = 1e-300).
      return Double.isFinite(z) && Math.abs(back - p) <= (1e-14 + Math.abs(z) * 2 * Math.ulp(z)) * p;
    });
  }

  /**
   * Where x^2 is not a double, a plain exp(-x * x / 2) is off by about x^2 ulps (2e-14 at x = 23.3); the
   * split density keeps the tail to a few ulps. Values from mpmath at 40 digits at the exact binary
   * value of each x ({@code ncdf(-x)}); phi(37.5) = exp(-703.125) / sqrt(2 pi).
   */
  @ParameterizedTest
  @CsvSource({
      "6.1, 5.3034232629488415248e-10",
      "11.3, 6.5608999409041561842e-30",
      "23.3, 2.2166247986764551209e-120",
      "27.1, 4.9231854540831075363e-162",
      "35.3, 2.9361757922293897807e-273",
  })
  void upperTailKeepsItsPrecisionWhereTheSquareIsRounded(double x, double expected) {
    assertEquals(expected, Normal.upperTail(x), 5e-15 * expected);
  }

  @Test
  void densityIsSymmetricAndExactAtExactSquares() {
    assertEquals(1.7282337322841052e-306, Normal.density(37.5), 4e-15 * 1.7282337322841052e-306);
    qt().forAll(doubles().between(0, 38)).check(x -> Normal.density(x) == Normal.density(-x));
  }

  private static double erfc(double x) {
    return 2 * Normal.upperTail(x * Math.sqrt(2));
  }

  // From the CLV module's tests of its copy (Acklam's approximation alone, tested to 3e-9): standard
  // normal table (A&S 26.2): z(0.975) = 1.959963984540054, z(0.995) = 2.5758293035489 (13 digits),
  // z(0.95) = 1.6448536269514722, z(0.5) = 0, z(1e-6) = -4.753424308822899 (mpmath as above:
  // -4.75342430882289896).
  @Test
  void quantilesFromTheClvModulesTable() {
    assertEquals(1.959963984540054, Normal.quantile(0.975), 3e-15);
    assertEquals(2.5758293035489, Normal.quantile(0.995), 1e-13);
    assertEquals(1.6448536269514722, Normal.quantile(0.95), 3e-15);
    assertEquals(0, Normal.quantile(0.5), 0);
    assertEquals(-4.753424308822899, Normal.quantile(1e-6), 6e-15);
    // Symmetry, for p where 1 - p is exact enough (below 1e-4 its rounding moves the quantile).
    qt().forAll(doubles().between(1e-4, 0.5)).check(p ->
        Math.abs(Normal.quantile(p) + Normal.quantile(1 - p)) < 1e-12);
  }
}
