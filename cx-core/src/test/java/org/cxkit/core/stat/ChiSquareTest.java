package org.cxkit.core.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChiSquareTest {

  /** From the churn module: upper 5 %, 1 %, 0.1 % points of chi-square with 1 df, from any chi-square table (e.g. Fisher &amp; Yates). */
  @Test
  void chiSquareTablePoints() {
    assertEquals(0.05, ChiSquare.upperTail(3.841459, 1), 1e-7);
    assertEquals(0.01, ChiSquare.upperTail(6.634897, 1), 1e-8);
    assertEquals(0.001, ChiSquare.upperTail(10.827566, 1), 1e-9);
    assertEquals(1, ChiSquare.upperTail(0, 1), 0);
  }

  /** Upper 5 % points for 2, 3 and 10 df from the same tables (5.991465, 7.814728, 18.307038). */
  @Test
  void moreDegreesOfFreedom() {
    assertEquals(0.05, ChiSquare.upperTail(5.991465, 2), 1e-7);
    assertEquals(0.05, ChiSquare.upperTail(7.814728, 3), 1e-7);
    assertEquals(0.05, ChiSquare.upperTail(18.307038, 10), 1e-7);
    // Two degrees of freedom: P(X > x) = exp(-x/2) exactly.
    assertEquals(Math.exp(-50), ChiSquare.upperTail(100, 2), 0);
    assertEquals(0, ChiSquare.upperTail(Double.POSITIVE_INFINITY, 3));
  }

  @Test
  void rejectsNegativeStatistics() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChiSquare.upperTail(-1, 1));
    assertEquals("Invalid value for x (must be zero or more): -1.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ChiSquare.upperTail(1, 0));
  }
}
