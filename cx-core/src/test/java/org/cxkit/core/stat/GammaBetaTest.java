package org.cxkit.core.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests of {@link Gamma} and {@link Beta}, from the satisfaction and CLV modules' tests of their
 * copies; each reference value says where it comes from.
 */
class GammaBetaTest {

  @Test
  void logGammaOfWholeNumbersIsTheLogOfAFactorial() {
    // Γ(n) = (n - 1)!: the factorials are exact integers, their logs computed with Math.log.
    assertEquals(0.0, Gamma.logGamma(1), 1e-15);
    assertEquals(0.0, Gamma.logGamma(2), 1e-15);
    assertEquals(Math.log(24), Gamma.logGamma(5), 1e-14);
    assertEquals(Math.log(362_880), Gamma.logGamma(10), 1e-14);
    // 20! = 2432902008176640000 is exact in a double (it is a multiple of a power of two).
    assertEquals(Math.log(2432902008176640000.0), Gamma.logGamma(21), 1e-13);
  }

  @Test
  void logGammaOfAHalfIsTheLogOfRootPi() {
    // Γ(1/2) = √π and Γ(3/2) = √π / 2 (Abramowitz & Stegun 6.1.8).
    assertEquals(0.5 * Math.log(Math.PI), Gamma.logGamma(0.5), 1e-15);
    assertEquals(0.5 * Math.log(Math.PI) - Math.log(2), Gamma.logGamma(1.5), 1e-15);
    // Γ(1/4) from Abramowitz & Stegun table 6.1: 3.6256099082219083119.
    assertEquals(Math.log(3.6256099082219083119), Gamma.logGamma(0.25), 1e-14);
  }

  @Test
  void logGammaOfLargeArgumentsFollowsStirling() {
    // Stirling's series: ln Γ(x) = (x - 1/2) ln x - x + ln √(2π) + 1/(12x) - 1/(360x³) + ..., whose next
    // term 1/(1260 x⁵) is below 1e-28 at x = 1e6.
    double x = 1e6;
    double stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
    assertEquals(stirling, Gamma.logGamma(x), 1e-15 * Math.abs(stirling) * 10);
  }

  @Test
  void regularizedBetaClosedForms() {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 - (1 - x)^b; I_{1/2}(a, a) = 1/2 by symmetry.
    assertEquals(0.3, Beta.regularized(0.3, 1, 1), 1e-15);
    assertEquals(Math.pow(0.7, 4.5), Beta.regularized(0.7, 4.5, 1), 1e-14);
    assertEquals(1 - Math.pow(0.8, 3), Beta.regularized(0.2, 1, 3), 1e-14);
    assertEquals(0.5, Beta.regularized(0.5, 7.5, 7.5), 1e-14);
    // I_{0.3}(2.5, 3.5) = 0.29675298929566646 (scipy.special.betainc, an independent implementation).
    assertEquals(0.29675298929566646, Beta.regularized(0.3, 2.5, 3.5), 1e-14);
  }

  @Test
  void regularizedGammaClosedForms() {
    // Q(1, x) = e^-x; Q(3, 2) = e^-2 (1 + 2 + 2) = 5 e^-2 = 0.6766764161830634.
    assertEquals(Math.exp(-2.5), Gamma.regularizedQ(1, 2.5), 1e-15);
    assertEquals(5 * Math.exp(-2), Gamma.regularizedQ(3, 2), 1e-15);
    assertEquals(1 - 5 * Math.exp(-2), Gamma.regularizedP(3, 2), 1e-15);
  }

  @Test
  void rejectsNonPositiveArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gamma.logGamma(0));
    assertEquals("Invalid value for x (must be finite and greater than 0): 0.0", e.getMessage());
  }

  @Test
  void regularizedBetaStaysInTheUnitIntervalAndIsMonotone() {
    qt().forAll(doubles().between(0, 1), doubles().between(0.5, 5000), doubles().between(0.5, 50))
        .check((x, a, b) -> {
          double i = Beta.regularized(x, a, b);
          double j = Beta.regularized(Math.min(1, x + 0.01), a, b);
          return i >= 0 && i <= 1 && j >= i - 1e-12;
        });
  }

  @Test
  void logGammaIsFiniteOverItsRange() {
    qt().forAll(doubles().between(1e-300, 1e300)).check(x -> Double.isFinite(Gamma.logGamma(x)));
    assertTrue(Double.isFinite(Gamma.logGamma(Double.MIN_VALUE)));
  }

  @Test
  void logBetaIsTheSumOfLogGammas() {
    // B(2, 3) = 1! 2! / 4! = 1/12; B(1/2, 1/2) = pi (A&S 6.2.2).
    assertEquals(Math.log(1.0 / 12), Beta.logBeta(2, 3), 1e-15);
    assertEquals(Math.log(Math.PI), Beta.logBeta(0.5, 0.5), 1e-15);
  }

  @Test
  void rejectsArgumentsOutOfRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Beta.regularized(1.5, 1, 1));
    assertEquals("Invalid value for x (valid values 0 - 1): 1.5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Gamma.regularizedQ(-1, 1));
    assertEquals("Invalid value for a (must be finite and greater than 0): -1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Gamma.regularizedP(1, -1));
    assertEquals("Invalid value for x (must be zero or more): -1.0", e.getMessage());
    assertEquals(1, Gamma.regularizedQ(2, 0));
    assertEquals(0, Gamma.regularizedQ(2, Double.POSITIVE_INFINITY));
  }

  // High-precision values: mpmath 1.3.0 at mp.dps = 40 (loggamma, digamma) at the exact binary value
  // of each double x, so 0.996 means the double nearest 0.996. Next to the zeros at 1 and 2 (and at
  // the minimum 1.46163…) they check the relative error, which a Lanczos sum loses there.
  @ParameterizedTest
  @CsvSource({
      "0.996, 0.00232204784550326670239",
      "1.004, -0.00229572876189493208878",
      "1.0000001, -5.77215582991850709696e-8",
      "0.9999999, 5.77215746844419282632e-8",
      "1.4616321449683622, -0.121486290535849608096",
      "1.9999999, -4.22784303098612981945e-8",
      "2.0001, 0.0000422816581129199463174",
      "2.3, 0.154189454959630474501",
      "3.7, 1.4280723266653881292",
      "7.5, 7.53436423675873295516",
      "9.99, 12.7793152143501933602",
      "10.01, 12.8243502624482472822",
      "0.75, 0.203280951431295371481",
      "1e-5, 11.5129196928958256256",
      "123.456, 469.6055471299294835",
  })
  void logGammaMatchesHighPrecisionValues(double x, double expected) {
    assertEquals(expected, Gamma.logGamma(x), 1e-15 * Math.abs(expected));
  }

  @Test
  void logGammaIsExactlyZeroAtOneAndTwo() {
    assertEquals(0.0, Gamma.logGamma(1), 0);
    assertEquals(0.0, Gamma.logGamma(2), 0);
  }

  // As above (mpmath digamma). Near the zero of psi at 1.46163… the error is absolute.
  @ParameterizedTest
  @CsvSource({
      "1e-7, -10000000.5772155008607",
      "0.1, -10.4237549404110762321",
      "1.5, 0.036489973978576520559",
      "3.3, 1.03482248905962168626",
      "9.99, 2.25070037283120112198",
      "10.01, 2.25280370031813573674",
      "1000.5, 6.90775532064879642706",
  })
  void digammaMatchesHighPrecisionValues(double x, double expected) {
    assertEquals(expected, Gamma.digamma(x), 1e-14 * Math.abs(expected));
  }

  @Test
  void digammaNearItsZeroHasASmallAbsoluteError() {
    // mpmath as above: psi(1.46) = -0.00158056198708345210615, psi(1.4616321449683622) = -9.24e-17.
    assertEquals(-0.00158056198708345210615, Gamma.digamma(1.46), 2e-15);
    assertEquals(-9.24126552172942751679e-17, Gamma.digamma(1.4616321449683622), 2e-15);
  }

  // From the CLV module's tests of its copy (internal.SpecialFunctions), with their tolerances.
  @Test
  void logGammaOfIntegersIsTheLogOfTheFactorial() {
    // Γ(n) = (n − 1)!, the factorial computed exactly with BigInteger.
    BigInteger factorial = BigInteger.ONE;
    for (int n = 1; n <= 170; n++) {
      if (n > 1) {
        factorial = factorial.multiply(BigInteger.valueOf(n - 1));
      }
      double expected = logOf(factorial);
      assertEquals(expected, Gamma.logGamma(n), 2e-15 * Math.max(1, Math.abs(expected)), "n = " + n);
    }
  }

  private static double logOf(BigInteger v) {
    int shift = Math.max(0, v.bitLength() - 60);
    return Math.log(v.shiftRight(shift).doubleValue()) + shift * Math.log(2);
  }

  @Test
  void logGammaAtTabulatedPoints() {
    // Abramowitz and Stegun 6.1.8 and 6.1.16: Γ(1/2) = √π, Γ(3/2) = √π / 2, Γ(5/2) = 3√π / 4.
    assertEquals(0.5 * Math.log(Math.PI), Gamma.logGamma(0.5), 1e-16);
    assertEquals(Math.log(Math.sqrt(Math.PI) / 2), Gamma.logGamma(1.5), 1e-16);
    assertEquals(Math.log(3 * Math.sqrt(Math.PI) / 4), Gamma.logGamma(2.5), 1e-16);
    // Γ(1/3) = 2.678938534707747633..., Γ(1/4) = 3.625609908221908311... (A&S table 6.1, DLMF 5.4.iii)
    assertEquals(Math.log(2.6789385347077476337), Gamma.logGamma(1.0 / 3), 4e-16);
    assertEquals(Math.log(3.6256099082219083119), Gamma.logGamma(0.25), 3e-16);
    // ln Γ(0.1) = 2.252712651734205959869701646368... (Wolfram|Alpha, LogGamma[1/10])
    assertEquals(2.2527126517342059599, Gamma.logGamma(0.1), 5e-16);
    // Tiny x: ln Γ(x) = −ln x − γ x + (π²/12) x² + O(x³).
    double x = 1e-6;
    assertEquals(-Math.log(x) - 0.5772156649015329 * x + Math.PI * Math.PI / 12 * x * x, Gamma.logGamma(x), 2e-15);
    assertEquals(-Math.log(1e-300), Gamma.logGamma(1e-300), 1e-12);
    // Large x: Stirling with its first correction is exact to 1e-30 relative at 1e10.
    double big = 1e10;
    assertEquals((big - 0.5) * Math.log(big) - big + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * big),
        Gamma.logGamma(big), 1e-15 * Gamma.logGamma(big));
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
      assertEquals(nearOne, Gamma.logGamma(1 + step), 1e-13 * Math.abs(nearOne) + 1e-17, "1 + " + e);
      double e2 = (2 + step) - 2;
      double nearOne2 = -eulerGamma * e2 + Math.PI * Math.PI / 12 * e2 * e2 - 1.2020569031595942854 / 3 * e2 * e2 * e2
          + Math.pow(Math.PI, 4) / 360 * e2 * e2 * e2 * e2 - 1.0369277551433699263 / 5 * Math.pow(e2, 5);
      double nearTwo = Math.log1p(e2) + nearOne2;
      assertEquals(nearTwo, Gamma.logGamma(2 + step), 1e-13 * Math.abs(nearTwo) + 1e-17, "2 + " + e2);
    }
  }

  @Test
  void logGammaSatisfiesReflectionAndDuplication() {
    // Reflection: ln Γ(x) + ln Γ(1 − x) = ln(π / sin(πx)), for 0 < x < 1.
    qt().forAll(doubles().between(1e-3, 0.999)).check(x ->
        // sin(πx) = sin(π min(x, 1 − x)): the argument nearer 0 keeps the reference accurate.
        Math.abs(Gamma.logGamma(x) + Gamma.logGamma(1 - x)
            - Math.log(Math.PI / Math.sin(Math.PI * Math.min(x, 1 - x))))
            < 4e-15 * Math.max(1, Math.abs(Gamma.logGamma(x))));
    // Legendre duplication: ln Γ(2x) = (2x − 1) ln 2 − ½ ln π + ln Γ(x) + ln Γ(x + ½).
    qt().forAll(doubles().between(1e-3, 1e6)).check(x -> {
      double lhs = Gamma.logGamma(2 * x);
      double rhs = (2 * x - 1) * Math.log(2) - 0.5 * Math.log(Math.PI) + Gamma.logGamma(x) + Gamma.logGamma(x + 0.5);
      return Math.abs(lhs - rhs) <= 4e-15 * Math.max(1, Math.abs(lhs));
    });
    // Recurrence across the switch to the asymptotic series: ln Γ(x + 1) = ln Γ(x) + ln x.
    qt().forAll(doubles().between(1e-3, 30)).check(x ->
        Math.abs(Gamma.logGamma(x + 1) - Gamma.logGamma(x) - Math.log(x))
            <= 4e-15 * Math.max(1, Math.abs(Gamma.logGamma(x + 1))));
  }

  @Test
  void digammaAtTabulatedPointsAndRecurrence() {
    double eulerGamma = 0.57721566490153286061;
    // ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ(n) = H(n−1) − γ (A&S 6.3.2, 6.3.3).
    assertEquals(-eulerGamma, Gamma.digamma(1), 1e-15);
    assertEquals(-eulerGamma - 2 * Math.log(2), Gamma.digamma(0.5), 1e-15);
    double harmonic = 0;
    for (int n = 1; n <= 200; n++) {
      assertEquals(harmonic - eulerGamma, Gamma.digamma(n), 1e-14, "n = " + n);
      harmonic += 1.0 / n;
    }
    // ψ(1/4) = −γ − π/2 − 3 ln 2 (Gauss's digamma theorem).
    assertEquals(-eulerGamma - Math.PI / 2 - 3 * Math.log(2), Gamma.digamma(0.25), 1e-14);
    qt().forAll(doubles().between(1e-4, 1e4)).check(x ->
        Math.abs(Gamma.digamma(x + 1) - Gamma.digamma(x) - 1 / x) <= 1e-12 * Math.max(1, 1 / x));
  }

  @Test
  void digammaIsTheDerivativeOfLogGamma() {
    // Central difference of ln Γ, an independent route to ψ.
    qt().forAll(doubles().between(0.05, 500)).check(x -> {
      double h = 1e-5 * x;
      double numeric = (Gamma.logGamma(x + h) - Gamma.logGamma(x - h)) / (2 * h);
      return Math.abs(numeric - Gamma.digamma(x)) < 1e-6 * Math.max(1, Math.abs(Gamma.digamma(x)));
    });
  }

  @Test
  void logBetaOfIntegersAndHalves() {
    // B(m, n) = (m − 1)! (n − 1)! / (m + n − 1)!; B(½, ½) = π.
    assertEquals(Math.log(1.0 / 60), Beta.logBeta(3, 4), 2e-15); // 2! 3! / 6! = 12 / 720
    assertEquals(Math.log(Math.PI), Beta.logBeta(0.5, 0.5), 5e-16);
    qt().forAll(integers().between(1, 50), integers().between(1, 50)).check((m, n) ->
        Math.abs(Beta.logBeta(m, n) - Beta.logBeta(n, m)) == 0);
  }

  @Test
  void digammaRejectsArgumentsOutsideItsDomain() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gamma.digamma(-1));
    assertEquals("Invalid value for x (must be finite and greater than 0): -1.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Gamma.digamma(0));
    assertThrows(IllegalArgumentException.class, () -> Gamma.digamma(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> Gamma.logGamma(Double.NaN));
  }
}
