package org.cxkit.core.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** From the satisfaction module's tests of its copy. */
class BinomialTest {

  @Test
  void binomialTailMatchesDirectSummation() {
    // P(X ≥ 30) for X ~ Bin(100, 0.2), summed directly from the probabilities below (independent of the
    // log-space code): 0.011248978720991648 (also scipy.stats.binom.sf(29, 100, 0.2)).
    assertEquals(0.011248978720991648, Math.exp(Binomial.logUpperTail(30, 100, 0.2)), 1e-14);
    assertEquals(directUpperTail(30, 100, 0.2), Math.exp(Binomial.logUpperTail(30, 100, 0.2)), 1e-14);
    // Below the mean the complement is used: P(X ≥ 5) for Bin(40, 1/9), mean 4.44.
    assertEquals(directUpperTail(5, 40, 1.0 / 9), Math.exp(Binomial.logUpperTail(5, 40, 1.0 / 9)), 1e-14);
  }

  @Test
  void binomialTailFarBelowTheSmallestDoubleStaysFinite() {
    // P(X ≥ 1000) for Bin(1000, 0.1) is 0.1^1000: its log is 1000 ln 0.1 = -2302.585092994046, though
    // the probability itself underflows.
    assertEquals(1000 * Math.log(0.1), Binomial.logUpperTail(1000, 1000, 0.1), 1e-9);
    assertEquals(0, Binomial.logUpperTail(0, 10, 0.5));
    assertEquals(Double.NEGATIVE_INFINITY, Binomial.logUpperTail(11, 10, 0.5));
  }

  @Test
  void logPmfByHand() {
    // P(X = 2) for Bin(4, 1/2) = 6/16.
    assertEquals(Math.log(6.0 / 16), Binomial.logPmf(2, 4, 0.5), 1e-15);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Binomial.logPmf(5, 4, 0.5));
    assertEquals("Invalid value for k (valid values 0 - 4): 5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Binomial.logUpperTail(1, 4, 1));
    assertEquals("Invalid value for p (valid values strictly between 0 and 1): 1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Binomial.logUpperTail(1, -1, 0.5));
    assertEquals("Invalid value for trials (must not be negative): -1", e.getMessage());
  }

  @Test
  void binomialTailIsAProbabilityAndFallsWithTheThreshold() {
    qt().forAll(integers().between(0, 100_000), integers().between(0, 100_000), doubles().between(1e-6, 1 - 1e-6))
        .check((x, n, p) -> {
          double log = Binomial.logUpperTail(x, n, p);
          double next = Binomial.logUpperTail(x + 1L, n, p);
          return !Double.isNaN(log) && log <= 1e-12 && next <= log + 1e-9;
        });
    assertTrue(Binomial.logUpperTail(500_000, 1_000_000, 0.5) < 0);
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
