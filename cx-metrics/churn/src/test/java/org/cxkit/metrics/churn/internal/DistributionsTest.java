package org.cxkit.metrics.churn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.cxkit.core.result.Estimate;
import org.junit.jupiter.api.Test;

class DistributionsTest {

  /** erfc values from Abramowitz &amp; Stegun (1964), Table 7.1 (erf to 15 places), as erfc = 1 - erf. */
  @Test
  void erfcMatchesAbramowitzAndStegunTable71() {
    assertEquals(1.0, Distributions.erfc(0), 0);
    assertEquals(1 - 0.112462916018285, Distributions.erfc(0.1), 1e-15);
    assertEquals(1 - 0.520499877813047, Distributions.erfc(0.5), 1e-15);
    assertEquals(1 - 0.842700792949715, Distributions.erfc(1), 1e-15);
    assertEquals(1 + 0.842700792949715, Distributions.erfc(-1), 1e-15);
    assertEquals(1 - 0.995322265018953, Distributions.erfc(2), 1e-15);
  }

  /** Tail values, where relative precision matters: A&amp;S Table 7.1 gives erfc(3) = 2.209049699858544e-5 ... */
  @Test
  void erfcKeepsRelativePrecisionInTheTail() {
    assertEquals(2.209049699858544e-05, Distributions.erfc(3), 2.209049699858544e-05 * 1e-13);
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
    assertEquals(series, Distributions.erfc(10), series * 1e-13);
    assertEquals(0, Distributions.erfc(40), 0);
    assertEquals(2, Distributions.erfc(-40), 0);
  }

  /** Upper 5 %, 1 %, 0.1 % points of chi-square with 1 df, from any chi-square table (e.g. Fisher &amp; Yates). */
  @Test
  void chiSquareTablePoints() {
    assertEquals(0.05, Distributions.chiSquare1UpperTail(3.841459), 1e-7);
    assertEquals(0.01, Distributions.chiSquare1UpperTail(6.634897), 1e-8);
    assertEquals(0.001, Distributions.chiSquare1UpperTail(10.827566), 1e-9);
    assertEquals(1, Distributions.chiSquare1UpperTail(0), 0);
  }

  /** Normal quantiles from the standard table: 1.959964 (97.5 %), 2.575829 (99.5 %), 3.290527 (99.95 %). */
  @Test
  void normalQuantilesMatchTheTable() {
    assertEquals(1.959963984540054, Distributions.normalQuantile(0.975), 4e-15);
    assertEquals(2.5758293035489004, Distributions.normalQuantile(0.995), 1e-14);
    assertEquals(1.6448536269514722, Distributions.normalQuantile(0.95), 1e-14);
    assertEquals(3.2905267314919255, Distributions.normalQuantile(0.9995), 1e-13);
    assertEquals(-0.5244005127080407, Distributions.normalQuantile(0.3), 1e-14);
    assertEquals(0, Distributions.normalQuantile(0.5), 1e-16);
    // In the lower tail: Phi(-6.361340902404056) = 1e-10 (standard table of extreme quantiles).
    assertEquals(-6.361340902404056, Distributions.normalQuantile(1e-10), 1e-12);
    assertEquals(1.959963984540054, Distributions.criticalValue(0.95), 4e-15);
  }

  /**
   * Wilson intervals from Newcombe, "Two-sided confidence intervals for the single proportion:
   * comparison of seven methods", Statistics in Medicine 17 (1998), Table II, method 3 (score):
   * 81/263 -> 0.2553 to 0.3662; 15/148 -> 0.0624 to 0.1605; 0/20 -> 0 to 0.1611; 1/29 -> 0.0061 to 0.1718.
   */
  @Test
  void wilsonMatchesNewcombe1998() {
    check(Distributions.wilson(81, 263, 0.95), 0.2553, 0.3662);
    check(Distributions.wilson(15, 148, 0.95), 0.0624, 0.1605);
    check(Distributions.wilson(0, 20, 0.95), 0.0, 0.1611);
    check(Distributions.wilson(1, 29, 0.95), 0.0061, 0.1718);
  }

  private static void check(Estimate e, double lower, double upper) {
    assertEquals(lower, e.lower(), 5e-5);
    assertEquals(upper, e.upper(), 5e-5);
  }

  @Test
  void badArgumentsNameTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Distributions.wilson(5, 4, 0.95));
    assertEquals("Invalid value for successes (valid values 0 - 4): 5", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Distributions.wilson(0, 0, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Distributions.normalQuantile(1));
    assertThrows(IllegalArgumentException.class, () -> Distributions.erfc(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Distributions.criticalValue(1.0));
  }

  /** erfc(x) + erfc(-x) = 2, erfc is decreasing, and nothing is NaN over the whole line. */
  @Test
  void erfcPropertiesOverTheLine() {
    qt().forAll(doubles().between(-30, 30)).check(x -> {
      double a = Distributions.erfc(x);
      double b = Distributions.erfc(-x);
      return a >= 0 && a <= 2 && Math.abs(a + b - 2) < 1e-14
          && Distributions.erfc(Math.nextUp(x) + 1e-9) <= a;
    });
  }

  /** The quantile inverts the CDF, Phi(quantile(p)) = p to within the conditioning of the tail, over 1e-300 .. 0.499 (above 1/2 it is computed as -quantile(1 - p)). */
  @Test
  void quantileRoundTrip() {
    qt().forAll(doubles().between(-300, -0.302)).check(e -> {
      double p = Math.pow(10, e);
      double z = Distributions.normalQuantile(p);
      double back = 0.5 * Distributions.erfc(-z / Math.sqrt(2));
      // dp/p = |z| dz: a z off by one or two ulps moves p by |z| * 2 ulp(z) relative (5e-13 at p = 1e-300).
      return Double.isFinite(z) && Math.abs(back - p) <= (1e-14 + Math.abs(z) * 2 * Math.ulp(z)) * p;
    });
  }

  /** The Wilson interval holds the proportion, lies in [0, 1], and narrows as n grows tenfold. */
  @Test
  void wilsonBounds() {
    qt().forAll(integers().between(1, 1_000_000), integers().between(0, 1000)).check((n, k) -> {
      long successes = Math.min(k, n);
      Estimate e = Distributions.wilson(successes, n, 0.95);
      Estimate ten = Distributions.wilson(successes * 10L, n * 10L, 0.95);
      return e.lower() >= 0 && e.upper() <= 1 && e.contains(e.value())
          && ten.upper() - ten.lower() <= e.upper() - e.lower() + 1e-15;
    });
    assertTrue(Distributions.wilson(0, Long.MAX_VALUE / 2, 0.999).upper() >= 0);
  }
}
