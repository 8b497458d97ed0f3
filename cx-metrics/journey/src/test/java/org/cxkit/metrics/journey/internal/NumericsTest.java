package org.cxkit.metrics.journey.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumericsTest {

  @Test
  void luSolvesAndInvertsWithPivoting() {
    // A zero in the first pivot position forces a row swap. A = [[0, 2, 1], [1, 1, 0], [3, 0, 1]],
    // det = -5; A x = (5, 3, 4) has x = (1, 2, 1); Aᵀ y = (4, 3, 2) has y = (1, 1, 1).
    double[] a = {0, 2, 1, 1, 1, 0, 3, 0, 1};
    DenseLu lu = DenseLu.of(a, 3);
    assertArrayEquals(new double[] {1, 2, 1}, lu.solve(new double[] {5, 3, 4}), 1e-15);
    assertArrayEquals(new double[] {1, 1, 1}, lu.solveTransposed(new double[] {4, 3, 2}), 1e-15);
    // A⁻¹ = adj(A) / det: [[1, -2, -1], [-1, -3, 1], [-3, 6, -2]] / -5
    double[] inverse = {-0.2, 0.4, 0.2, 0.2, 0.6, -0.2, 0.6, -1.2, 0.4};
    assertArrayEquals(inverse, lu.inverse(), 1e-15);
    assertThrows(ArithmeticException.class, () -> DenseLu.of(new double[] {1, 2, 2, 4}, 2));
  }

  @Test
  void inverseTimesMatrixIsTheIdentityOnRandomMatrices() {
    Random random = new Random(1);
    for (int n = 1; n <= 40; n += 13) {
      double[] a = new double[n * n];
      for (int i = 0; i < a.length; i++) {
        a[i] = random.nextGaussian();
      }
      double[] inv = DenseLu.of(a, n).inverse();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int k = 0; k < n; k++) {
            s += a[i * n + k] * inv[k * n + j];
          }
          assertEquals(i == j ? 1 : 0, s, 1e-9);
        }
      }
    }
  }

  @Test
  void thePrimitiveMapAgreesWithHashMap() {
    Random random = new Random(3);
    LongLongMap longs = new LongLongMap();
    Map<Long, Long> expectedLongs = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      long key = random.nextInt(3000) * 0x1_0000_0001L;
      longs.add(key, i, "count");
      expectedLongs.merge(key, (long) i, Long::sum);
    }
    assertEquals(expectedLongs.size(), longs.size());
    expectedLongs.forEach((k, v) -> assertEquals(v, longs.get(k)));
    assertEquals(0, longs.get(-7));
    long sum = 0;
    for (int slot = 0; slot < longs.capacity(); slot++) {
      if (longs.isUsed(slot)) {
        sum += longs.valueAt(slot);
        assertEquals(expectedLongs.get(longs.keyAt(slot)), longs.valueAt(slot));
      }
    }
    assertEquals(expectedLongs.values().stream().mapToLong(Long::longValue).sum(), sum);
    assertThrows(IllegalArgumentException.class, () -> longs.add(0, Long.MAX_VALUE, "count"));
  }
}
