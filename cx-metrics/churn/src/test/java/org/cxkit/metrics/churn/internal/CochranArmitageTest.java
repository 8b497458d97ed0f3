package org.cxkit.metrics.churn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CochranArmitageTest {

  /**
   * Agresti, Categorical Data Analysis, 2nd ed. (2002), Table 3.7: infant malformation by mother's
   * alcohol consumption (0, &lt;1, 1-2, 3-5, &gt;=6 drinks a day). With scores (0, 0.5, 1.5, 4, 7)
   * Agresti reports M^2 = 6.57 (P = 0.01); with scores (1, 2, 3, 4, 5), M^2 = 1.83. The
   * Cochran–Armitage z^2 is N / (N - 1) times M^2, N = 32,574.
   */
  @Test
  void reproducesAgrestiTable37() {
    long[] present = {48, 38, 5, 1, 1};
    long[] totals = {17066 + 48, 14464 + 38, 788 + 5, 126 + 1, 37 + 1};
    CochranArmitage test = CochranArmitage.test(present, totals, new double[] {0, 0.5, 1.5, 4.0, 7.0});
    long n = 32574;
    assertEquals(n, test.n());
    assertEquals(6.57, test.chiSquare() * (n - 1) / n, 0.005);
    assertTrue(test.z() > 0);
    assertEquals(0.01, test.pValue(), 0.001);
    CochranArmitage equallySpaced = CochranArmitage.test(present, totals, new double[] {1, 2, 3, 4, 5});
    assertEquals(1.83, equallySpaced.chiSquare() * (n - 1) / n, 0.005);
  }

  /**
   * By hand: 1, 3, 6 of 10 in three periods scored 0, 1, 2. N = 30, p = 1/3, mean score 1;
   * T = 1(-1) + 3(0) + 6(1) = 5; Var = (1/3)(2/3)(10 + 0 + 10) = 40/9; z = 5 / sqrt(40/9) = 15 / sqrt(40)
   * = 2.3717. One-sided p = 1 - Phi(2.3717) = 0.00885 (normal table), two-sided 0.0177.
   */
  @Test
  void handExample() {
    CochranArmitage test = CochranArmitage.test(new long[] {1, 3, 6}, new long[] {10, 10, 10}, new double[] {0, 1, 2});
    assertEquals(15 / Math.sqrt(40), test.z(), 1e-14);
    assertEquals(0.00885, test.pValueRising(), 5e-6);
    assertEquals(0.0177, test.pValue(), 5e-5);
  }

  @Test
  void degenerateInputIsRefusedWithTheReason() {
    assertThrows(IllegalStateException.class,
        () -> CochranArmitage.test(new long[] {0, 0}, new long[] {5, 5}, new double[] {0, 1}));
    assertThrows(IllegalStateException.class,
        () -> CochranArmitage.test(new long[] {0, 0}, new long[] {0, 0}, new double[] {0, 1}));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CochranArmitage.test(new long[] {6, 0}, new long[] {5, 5}, new double[] {0, 1}));
    assertEquals("Invalid value for cases[0] (valid values 0 - 5): 6", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CochranArmitage.test(new long[] {1, 0}, new long[] {5, 5}, new double[] {0, Double.NaN}));
    assertThrows(IllegalArgumentException.class,
        () -> CochranArmitage.test(new long[] {1, 1}, new long[] {Long.MAX_VALUE, 5}, new double[] {0, 1}));
    // The record refuses NaN by name.
    assertEquals("Invalid value for z (must be finite): NaN",
        assertThrows(IllegalArgumentException.class, () -> new CochranArmitage(Double.NaN, 3)).getMessage());
  }

  @Test
  void equalDecimalScoresAreNoTrend() {
    // Every group at score 7.77: there is no spread of scores to test against. The rounded mean of
    // equal decimals need not equal them; centring on a group's score keeps the deviations exactly 0.
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CochranArmitage.test(
        new long[] {5, 3, 2, 10, 1}, new long[] {25, 14, 7, 32, 2}, new double[] {7.77, 7.77, 7.77, 7.77, 7.77}));
    assertTrue(e.getMessage().contains("trend test is undefined"), e.getMessage());
  }
}
