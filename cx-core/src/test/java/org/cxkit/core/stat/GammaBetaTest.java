package org.cxkit.core.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/**
 * Tests of {@link Gamma} and {@link Beta}, from the satisfaction module's tests of its copy; each
 * reference value says where it comes from.
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
}
