package org.cxkit.metrics.clv.internal;

import static org.cxkit.metrics.clv.internal.SpecialFunctions.digamma;
import static org.cxkit.metrics.clv.internal.SpecialFunctions.logBeta;
import static org.cxkit.metrics.clv.internal.SpecialFunctions.logGamma;
import static org.cxkit.metrics.clv.internal.SpecialFunctions.logSumExp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Log-gamma, digamma and log-beta against tabulated values and exact identities. */
class SpecialFunctionsTest {

  @Test
  void logGammaOfIntegersIsTheLogOfTheFactorial() {
    // Γ(n) = (n − 1)!, the factorial computed exactly with BigInteger.
    BigInteger factorial = BigInteger.ONE;
    for (int n = 1; n <= 170; n++) {
      if (n > 1) {
        factorial = factorial.multiply(BigInteger.valueOf(n - 1));
      }
      double expected = logOf(factorial);
      assertEquals(expected, logGamma(n), 2e-15 * Math.max(1, Math.abs(expected)), "n = " + n);
    }
  }

  private static double logOf(BigInteger v) {
    int shift = Math.max(0, v.bitLength() - 60);
    return Math.log(v.shiftRight(shift).doubleValue()) + shift * Math.log(2);
  }

  @Test
  void logGammaAtTabulatedPoints() {
    // Abramowitz and Stegun 6.1.8 and 6.1.16: Γ(1/2) = √π, Γ(3/2) = √π / 2, Γ(5/2) = 3√π / 4.
    assertEquals(0.5 * Math.log(Math.PI), logGamma(0.5), 1e-16);
    assertEquals(Math.log(Math.sqrt(Math.PI) / 2), logGamma(1.5), 1e-16);
    assertEquals(Math.log(3 * Math.sqrt(Math.PI) / 4), logGamma(2.5), 1e-16);
    // Γ(1/3) = 2.678938534707747633..., Γ(1/4) = 3.625609908221908311... (A&S table 6.1, DLMF 5.4.iii)
    assertEquals(Math.log(2.6789385347077476337), logGamma(1.0 / 3), 4e-16);
    assertEquals(Math.log(3.6256099082219083119), logGamma(0.25), 3e-16);
    // ln Γ(0.1) = 2.252712651734205959869701646368... (Wolfram|Alpha, LogGamma[1/10])
    assertEquals(2.2527126517342059599, logGamma(0.1), 5e-16);
    // Tiny x: ln Γ(x) = −ln x − γ x + (π²/12) x² + O(x³).
    double x = 1e-6;
    assertEquals(-Math.log(x) - 0.5772156649015329 * x + Math.PI * Math.PI / 12 * x * x, logGamma(x), 2e-15);
    assertEquals(-Math.log(1e-300), logGamma(1e-300), 1e-12);
    // Large x: Stirling with its first correction is exact to 1e-30 relative at 1e10.
    double big = 1e10;
    assertEquals((big - 0.5) * Math.log(big) - big + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * big), logGamma(big),
        1e-15 * logGamma(big));
  }

  @Test
  void logGammaIsAccurateNearItsZerosAtOneAndTwo() {
    // ln Γ(1 + e) = −γe + (π²/12)e² − (ζ(3)/3)e³ + (π⁴/360)e⁴ − (ζ(5)/5)e⁵ + O(e⁶) (the Taylor series,
    // A&S 6.1.33; the e⁶ term is below 1e-15 of the value for |e| ≤ 1e-3); relative accuracy is kept near 1
    // and, through ln Γ(2 + e) = ln(1 + e) + ln Γ(1 + e), near 2.
    double eulerGamma = 0.57721566490153286061;
    for (double step : new double[] {1e-3, -1e-3, 1e-5, -1e-5}) {
      double e = (1 + step) - 1; // the e that 1 + step really carries (Sterbenz: exact)
      double nearOne = -eulerGamma * e + Math.PI * Math.PI / 12 * e * e - 1.2020569031595942854 / 3 * e * e * e
          + Math.pow(Math.PI, 4) / 360 * e * e * e * e - 1.0369277551433699263 / 5 * Math.pow(e, 5);
      assertEquals(nearOne, logGamma(1 + step), 1e-13 * Math.abs(nearOne) + 1e-17, "1 + " + e);
      double e2 = (2 + step) - 2;
      double nearOne2 = -eulerGamma * e2 + Math.PI * Math.PI / 12 * e2 * e2 - 1.2020569031595942854 / 3 * e2 * e2 * e2
          + Math.pow(Math.PI, 4) / 360 * e2 * e2 * e2 * e2 - 1.0369277551433699263 / 5 * Math.pow(e2, 5);
      double nearTwo = Math.log1p(e2) + nearOne2;
      assertEquals(nearTwo, logGamma(2 + step), 1e-13 * Math.abs(nearTwo) + 1e-17, "2 + " + e2);
    }
  }

  @Test
  void logGammaSatisfiesReflectionAndDuplication() {
    // Reflection: ln Γ(x) + ln Γ(1 − x) = ln(π / sin(πx)), for 0 < x < 1.
    qt().forAll(doubles().between(1e-3, 0.999)).check(x ->
        // sin(πx) = sin(π min(x, 1 − x)): the argument nearer 0 keeps the reference accurate.
        Math.abs(logGamma(x) + logGamma(1 - x) - Math.log(Math.PI / Math.sin(Math.PI * Math.min(x, 1 - x))))
            < 4e-15 * Math.max(1, Math.abs(logGamma(x))));
    // Legendre duplication: ln Γ(2x) = (2x − 1) ln 2 − ½ ln π + ln Γ(x) + ln Γ(x + ½).
    qt().forAll(doubles().between(1e-3, 1e6)).check(x -> {
      double lhs = logGamma(2 * x);
      double rhs = (2 * x - 1) * Math.log(2) - 0.5 * Math.log(Math.PI) + logGamma(x) + logGamma(x + 0.5);
      return Math.abs(lhs - rhs) <= 4e-15 * Math.max(1, Math.abs(lhs));
    });
    // Recurrence across the switch to the asymptotic series: ln Γ(x + 1) = ln Γ(x) + ln x.
    qt().forAll(doubles().between(1e-3, 30)).check(x ->
        Math.abs(logGamma(x + 1) - logGamma(x) - Math.log(x)) <= 4e-15 * Math.max(1, Math.abs(logGamma(x + 1))));
  }

  @Test
  void digammaAtTabulatedPointsAndRecurrence() {
    double eulerGamma = 0.57721566490153286061;
    // ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ(n) = H(n−1) − γ (A&S 6.3.2, 6.3.3).
    assertEquals(-eulerGamma, digamma(1), 1e-15);
    assertEquals(-eulerGamma - 2 * Math.log(2), digamma(0.5), 1e-15);
    double harmonic = 0;
    for (int n = 1; n <= 200; n++) {
      assertEquals(harmonic - eulerGamma, digamma(n), 1e-14, "n = " + n);
      harmonic += 1.0 / n;
    }
    // ψ(1/4) = −γ − π/2 − 3 ln 2 (Gauss's digamma theorem).
    assertEquals(-eulerGamma - Math.PI / 2 - 3 * Math.log(2), digamma(0.25), 1e-14);
    qt().forAll(doubles().between(1e-4, 1e4)).check(x ->
        Math.abs(digamma(x + 1) - digamma(x) - 1 / x) <= 1e-12 * Math.max(1, 1 / x));
  }

  @Test
  void digammaIsTheDerivativeOfLogGamma() {
    // Central difference of ln Γ, an independent route to ψ.
    qt().forAll(doubles().between(0.05, 500)).check(x -> {
      double h = 1e-5 * x;
      double numeric = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
      return Math.abs(numeric - digamma(x)) < 1e-6 * Math.max(1, Math.abs(digamma(x)));
    });
  }

  @Test
  void logBetaOfIntegersAndHalves() {
    // B(m, n) = (m − 1)! (n − 1)! / (m + n − 1)!; B(½, ½) = π.
    assertEquals(Math.log(1.0 / 60), logBeta(3, 4), 2e-15); // 2! 3! / 6! = 12 / 720
    assertEquals(Math.log(Math.PI), logBeta(0.5, 0.5), 5e-16);
    qt().forAll(integers().between(1, 50), integers().between(1, 50)).check((m, n) ->
        Math.abs(logBeta(m, n) - logBeta(n, m)) == 0);
  }

  @Test
  void logSumExpNeverOverflows() {
    assertEquals(1000 + Math.log(2), logSumExp(1000, 1000), 1e-12);
    assertEquals(-1000 + Math.log(2), logSumExp(-1000, -1000), 1e-12);
    assertEquals(5, logSumExp(5, Double.NEGATIVE_INFINITY));
    assertEquals(Double.NEGATIVE_INFINITY, logSumExp(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }

  @Test
  void normalQuantilesAtTabulatedPoints() {
    // Standard normal table (A&S 26.2): z(0.975) = 1.959963984540054, z(0.995) = 2.5758293035489,
    // z(0.95) = 1.6448536269514722, z(0.5) = 0, z(1e-6) = -4.753424308822899.
    assertEquals(1.959963984540054, SpecialFunctions.normalQuantile(0.975), 3e-9);
    assertEquals(2.5758293035489, SpecialFunctions.normalQuantile(0.995), 3e-9);
    assertEquals(1.6448536269514722, SpecialFunctions.normalQuantile(0.95), 3e-9);
    assertEquals(0, SpecialFunctions.normalQuantile(0.5), 0);
    assertEquals(-4.753424308822899, SpecialFunctions.normalQuantile(1e-6), 6e-9);
    // Symmetry, for p where 1 - p is exact enough (below 1e-4 its rounding moves the quantile).
    qt().forAll(doubles().between(1e-4, 0.5)).check(p ->
        Math.abs(SpecialFunctions.normalQuantile(p) + SpecialFunctions.normalQuantile(1 - p)) < 1e-8);
  }

  @Test
  void rejectsArgumentsOutsideTheDomain() {
    assertEquals("Invalid value for x (valid values > 0, finite): 0.0",
        assertThrows(IllegalArgumentException.class, () -> logGamma(0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> logGamma(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> digamma(-1));
  }
}
