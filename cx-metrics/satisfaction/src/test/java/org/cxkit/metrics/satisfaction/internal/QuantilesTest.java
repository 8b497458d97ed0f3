package org.cxkit.metrics.satisfaction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class QuantilesTest {

  @Test
  void type7ByHand() {
    long[] x = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    // h = (n - 1) p. p = 0.5: h = 4.5 -> 50 + 0.5 * 10 = 55. p = 0.9: h = 8.1 -> 90 + 0.1 * 10 = 91.
    // p = 0.25: h = 2.25 -> 30 + 2.5 = 32.5, rounded half up to 33 (Math.round). These agree with R's
    // quantile(x, type = 7), whose definition this is, and NumPy's default (checked: 55, 91, 32.5).
    assertEquals(55, Quantiles.type7(x, 0.5));
    assertEquals(91, Quantiles.type7(x, 0.9));
    assertEquals(33, Quantiles.type7(x, 0.25));
    assertEquals(10, Quantiles.type7(x, 0));
    assertEquals(100, Quantiles.type7(x, 1));
    assertEquals(7, Quantiles.type7(new long[] {7}, 0.9));
    // Median of an even count is the mean of the middle two: (2 + 4) / 2 = 3.
    assertEquals(3, Quantiles.type7(new long[] {1, 2, 4, 100}, 0.5));
  }

  @Test
  void emptyAndBadProbability() {
    assertThrows(IllegalStateException.class, () -> Quantiles.type7(new long[0], 0.5));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantiles.type7(new long[] {1}, 1.5));
    assertEquals("Invalid value for p (valid values 0.0 - 1.0): 1.5", e.getMessage());
  }

  @Test
  void quantilesAreMonotoneInPAndWithinTheRange() {
    qt().forAll(lists().of(longs().between(0, Long.MAX_VALUE / 2)).ofSizeBetween(1, 50),
        doubles().between(0, 1), doubles().between(0, 1)).check((values, p, q) -> {
          long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
          long a = Quantiles.type7(sorted, Math.min(p, q));
          long b = Quantiles.type7(sorted, Math.max(p, q));
          return a <= b && a >= sorted[0] && b <= sorted[sorted.length - 1];
        });
  }

  @Test
  void type7AtTheRankPointsReturnsTheOrderStatistic() {
    // Where (n - 1) p is a whole number k the definition gives the (k + 1)-th smallest exactly.
    qt().forAll(lists().of(longs().between(0, 1_000_000_000_000L)).ofSizeBetween(2, 30), integers().between(0, 1000))
        .check((values, r) -> {
          long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
          int k = r % sorted.length;
          return Quantiles.type7(sorted, k / (double) (sorted.length - 1)) == sorted[k];
        });
  }
}
