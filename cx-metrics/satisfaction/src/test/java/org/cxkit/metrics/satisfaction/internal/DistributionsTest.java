package org.cxkit.metrics.satisfaction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class DistributionsTest {

  @Test
  void normalQuantilesMatchTheTable() {
    // Standard normal quantiles, Abramowitz & Stegun table 26.5 (to the digits given there) and, to
    // full precision, scipy.stats.norm.isf: 1.959963984540054, 2.575829303548901, 1.644853626951472, 3.090232306167813.
    assertEquals(1.959963984540054, Distributions.normalUpperQuantile(0.025), 2e-15);
    assertEquals(2.575829303548901, Distributions.normalUpperQuantile(0.005), 2e-15);
    assertEquals(1.644853626951472, Distributions.normalUpperQuantile(0.05), 2e-15);
    assertEquals(3.090232306167813, Distributions.normalUpperQuantile(0.001), 2e-15);
    assertEquals(6.361340902404056, Distributions.normalUpperQuantile(1e-10), 1e-13);
    assertEquals(-0.5244005127080409, Distributions.normalUpperQuantile(0.7), 2e-15);
    assertEquals(0, Distributions.normalUpperQuantile(0.5));
  }

  @Test
  void studentTQuantilesMatchTheTable() {
    // Two-sided 95 % and 99 % critical values of Student's t (Fisher & Yates table III, to 3 decimals;
    // full precision from scipy.stats.t.isf, which wraps Boost.Math).
    double[][] table = {
      {1, 12.706204736174705, 63.65674116287158},
      {2, 4.302652729749464, 9.924843200918293},
      {3, 3.1824463052837086, 5.840909309733357},
      {5, 2.5705818356363155, 4.032142983555229},
      {10, 2.2281388519862753, 3.1692726726169504},
      {30, 2.042272456301238, 2.749995653567226},
      {100, 1.983971518523552, 2.6258905214380173},
      {1000, 1.9623390808264085, 2.580754698065951},
      {99_999, 1.9599877077718448, 2.5758784704000526},
      {100_000, 1.95998770753461, 2.5758784699083757},
      {1_000_000, 1.9599663568141072, 2.5758342201053344},
    };
    for (double[] row : table) {
      assertEquals(row[1], Distributions.studentTUpperQuantile(0.025, row[0]), 1e-12 * row[1], "df " + row[0]);
      assertEquals(row[2], Distributions.studentTUpperQuantile(0.005, row[0]), 1e-12 * row[2], "df " + row[0]);
    }
  }

  @Test
  void closedFormsForOneAndTwoDegreesOfFreedomAgreeWithTheIncompleteBetaTail() {
    // The quantiles for df 1 (Cauchy) and 2 are closed forms; the tail is computed independently through
    // the incomplete beta function, and must give back the requested tail.
    for (double tail : new double[] {0.4, 0.1, 0.025, 0.01, 1e-8}) {
      for (int df = 1; df <= 2; df++) {
        double t = Distributions.studentTUpperQuantile(tail, df);
        assertEquals(tail, Distributions.studentTUpperTail(t, df), 1e-12 * tail, "df " + df + ", tail " + tail);
      }
    }
    // df 2 by hand at tail 0.025: t = (1 - 0.05) / sqrt(2 * 0.025 * 0.975) = 0.95 / 0.2207940 = 4.302653,
    // Fisher & Yates' 4.303.
    assertEquals(4.302653, Distributions.studentTUpperQuantile(0.025, 2), 5e-7);
  }

  @Test
  void binomialTailMatchesDirectSummation() {
    // P(X ≥ 30) for X ~ Bin(100, 0.2), summed directly from the probabilities below (independent of the
    // log-space code): 0.011248978720991648 (also scipy.stats.binom.sf(29, 100, 0.2)).
    assertEquals(0.011248978720991648, Math.exp(Distributions.logBinomialUpperTail(30, 100, 0.2)), 1e-14);
    assertEquals(directUpperTail(30, 100, 0.2), Math.exp(Distributions.logBinomialUpperTail(30, 100, 0.2)), 1e-14);
    // Below the mean the complement is used: P(X ≥ 5) for Bin(40, 1/9), mean 4.44.
    assertEquals(directUpperTail(5, 40, 1.0 / 9), Math.exp(Distributions.logBinomialUpperTail(5, 40, 1.0 / 9)), 1e-14);
  }

  @Test
  void binomialTailFarBelowTheSmallestDoubleStaysFinite() {
    // P(X ≥ 1000) for Bin(1000, 0.1) is 0.1^1000: its log is 1000 ln 0.1 = -2302.585092994046, though
    // the probability itself underflows.
    assertEquals(1000 * Math.log(0.1), Distributions.logBinomialUpperTail(1000, 1000, 0.1), 1e-9);
    assertEquals(0, Distributions.logBinomialUpperTail(0, 10, 0.5));
    assertEquals(Double.NEGATIVE_INFINITY, Distributions.logBinomialUpperTail(11, 10, 0.5));
  }

  @Test
  void rejectsProbabilitiesOutsideTheOpenInterval() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Distributions.normalUpperQuantile(1));
    assertEquals("Invalid value for tail (valid values strictly between 0 and 1): 1.0", e.getMessage());
  }

  @Test
  void normalQuantileInvertsTheTail() {
    qt().forAll(doubles().between(1e-300, 0.999999)).check(tail -> {
      double x = Distributions.normalUpperQuantile(tail);
      return Double.isFinite(x) && Math.abs(Distributions.normalUpperTail(x) - tail) <= 1e-12 * tail;
    });
  }

  @Test
  void studentTQuantileInvertsTheTailAndExceedsTheNormal() {
    qt().forAll(doubles().between(1e-12, 0.5), integers().between(1, 200_000)).check((tail, df) -> {
      double t = Distributions.studentTUpperQuantile(tail, df);
      boolean inverts = df >= 5_000 || Math.abs(Distributions.studentTUpperTail(t, df) - tail) <= 1e-10 * tail;
      return Double.isFinite(t) && inverts && t >= Distributions.normalUpperQuantile(tail) - 1e-12;
    });
  }

  @Test
  void binomialTailIsAProbabilityAndFallsWithTheThreshold() {
    qt().forAll(integers().between(0, 100_000), integers().between(0, 100_000), doubles().between(1e-6, 1 - 1e-6))
        .check((x, n, p) -> {
          double log = Distributions.logBinomialUpperTail(x, n, p);
          double next = Distributions.logBinomialUpperTail(x + 1L, n, p);
          return !Double.isNaN(log) && log <= 1e-12 && next <= log + 1e-9;
        });
    assertTrue(Distributions.logBinomialUpperTail(500_000, 1_000_000, 0.5) < 0);
  }

  private static double directUpperTail(int x, int n, double p) {
    double sum = 0;
    for (int k = x; k <= n; k++) {
      double c = 1;
      for (int i = 1; i <= k; i++) {
        c = c * (n - k + i) / i;
      }
      sum += c * Math.pow(p, k) * Math.pow(1 - p, n - k);
    }
    return sum;
  }
}
