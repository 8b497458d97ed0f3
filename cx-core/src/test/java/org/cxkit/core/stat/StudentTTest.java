package org.cxkit.core.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class StudentTTest {

  /**
   * Critical values of t from the NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.2
   * ("Critical values of the Student's t distribution"), upper-tail probability, 3 decimals; the
   * same values to 6 decimals as printed by R's {@code qt} (R Core Team), used with tolerance 5e-7.
   */
  @Test
  void matchesPublishedCriticalValues() {
    double[][] table = {
      // df, p, t
      {1, 0.975, 12.706205}, {2, 0.975, 4.302653}, {3, 0.975, 3.182446}, {4, 0.975, 2.776445},
      {5, 0.975, 2.570582}, {10, 0.975, 2.228139}, {20, 0.975, 2.085963}, {30, 0.975, 2.042272},
      {100, 0.975, 1.983972}, {1, 0.95, 6.313752}, {10, 0.95, 1.812461}, {30, 0.95, 1.697261},
      {1, 0.995, 63.656741}, {10, 0.995, 3.169273}, {5, 0.99, 3.364930}, {60, 0.9, 1.295821},
    };
    for (double[] row : table) {
      assertEquals(row[2], StudentT.quantile(row[1], row[0]), 5e-7, "df=" + row[0] + " p=" + row[1]);
      assertEquals(-row[2], StudentT.quantile(1 - row[1], row[0]), 5e-7, "lower tail df=" + row[0]);
    }
  }

  /**
   * Closed forms: ν = 1 is Cauchy, t = tan(π(p − ½)) = −1/tan(πp) (the second form keeps the digits
   * of small p); ν = 2 gives t = (2p − 1)/√(2p(1 − p)).
   */
  @Test
  void matchesClosedFormsForOneAndTwoDegreesOfFreedom() {
    qt().forAll(doubles().between(1e-12, 0.5)).check(p -> {
      double cauchy = -1 / Math.tan(Math.PI * p);
      double two = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
      return close(StudentT.quantile(p, 1), cauchy, 1e-9) && close(StudentT.quantile(p, 2), two, 1e-9);
    });
  }

  /**
   * For large ν the Cornish–Fisher expansion (Abramowitz and Stegun 26.7.5) to the ν⁻³ term,
   * t ≈ z + (z³ + z)/(4ν) + (5z⁵ + 16z³ + 3z)/(96ν²) + (3z⁷ + 19z⁵ + 17z³ − 15z)/(384ν³), has
   * error O(ν⁻⁴); z(0.975) = 1.959963984540054.
   */
  @Test
  void approachesTheNormalQuantileForLargeDegreesOfFreedom() {
    double z = 1.959963984540054;
    for (double df : new double[] {1e3, 1e4}) {
      double z3 = z * z * z;
      double z5 = z3 * z * z;
      double expected = z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df)
          + (3 * z5 * z * z + 19 * z5 + 17 * z3 - 15 * z) / (384 * df * df * df);
      assertEquals(expected, StudentT.quantile(0.975, df), 2e-12, "df=" + df);
    }
  }

  /** Where the method switches, the two methods agree: an independent check of each. */
  @Test
  void bothMethodsAgreeWhereTheySwitch() {
    for (double q : new double[] {0.25, 0.05, 0.025, 0.005, 1e-4, 1e-6}) {
      double df = StudentT.LARGE_DF;
      double direct = StudentT.upperQuantile(q, df);
      double asymptotic = StudentT.cornishFisher((-Normal.quantile(q)), df);
      assertEquals(direct, asymptotic, 2e-12, "q=" + q);
    }
  }

  @Test
  void cdfInvertsTheQuantile() {
    qt().forAll(doubles().between(1e-300, 0.5), integers().between(1, 1_000_000)).check((q, df) -> {
      double t = StudentT.quantile(q, df);
      double back = StudentT.cdf(t, df);
      return Double.isFinite(t) && t <= 0 && close(back, q, 1e-11);
    });
  }

  @Test
  void extremeButValidInputsStayFinite() {
    qt().forAll(doubles().between(Double.MIN_NORMAL, 1 - 1e-16), doubles().between(1e-3, 1e12))
        .check((p, df) -> !Double.isNaN(StudentT.quantile(p, df)));
    assertTrue(StudentT.quantile(1e-300, 1) < -1e299);
    assertEquals(0.0, StudentT.quantile(0.5, 7));
  }

  @Test
  void rejectsBadArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(1, 5));
    assertEquals("Invalid value for p (valid values strictly between 0 and 1): 1.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(0.5, 0));
    assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(Double.NaN, 3));
  }

  // From the satisfaction module's tests. Two-sided 95 % and 99 % critical values of Student's t
  // (Fisher & Yates table III, to 3 decimals; full precision from scipy.stats.t.isf, which wraps
  // Boost.Math).
  @Test
  void upperQuantilesMatchScipy() {
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
      assertEquals(row[1], -StudentT.quantile(0.025, row[0]), 1e-12 * row[1], "df " + row[0]);
      assertEquals(row[2], -StudentT.quantile(0.005, row[0]), 1e-12 * row[2], "df " + row[0]);
    }
  }

  @Test
  void closedFormsForOneAndTwoDegreesOfFreedomAgreeWithTheIncompleteBetaTail() {
    // The quantiles for df 1 (Cauchy) and 2 are closed forms; the tail is computed independently through
    // the incomplete beta function, and must give back the requested tail.
    for (double tail : new double[] {0.4, 0.1, 0.025, 0.01, 1e-8}) {
      for (int df = 1; df <= 2; df++) {
        double t = -StudentT.quantile(tail, df);
        assertEquals(tail, StudentT.upperTail(t, df), 1e-12 * tail, "df " + df + ", tail " + tail);
      }
    }
    // df 2 by hand at tail 0.025: t = (1 - 0.05) / sqrt(2 * 0.025 * 0.975) = 0.95 / 0.2207940 = 4.302653,
    // Fisher & Yates' 4.303.
    assertEquals(4.302653, -StudentT.quantile(0.025, 2), 5e-7);
  }

  @Test
  void upperQuantileInvertsTheTailAndExceedsTheNormal() {
    qt().forAll(doubles().between(1e-12, 0.5), integers().between(1, 200_000)).check((tail, df) -> {
      double t = -StudentT.quantile(tail, df);
      boolean inverts = df >= 5_000 || Math.abs(StudentT.upperTail(t, df) - tail) <= 1e-10 * tail;
      return Double.isFinite(t) && inverts && t >= -Normal.quantile(tail) - 1e-12;
    });
  }

  @Test
  void tailIsSymmetricAndRejectsNaN() {
    assertEquals(0.5, StudentT.upperTail(0, 3));
    assertEquals(1 - StudentT.upperTail(2, 7), StudentT.upperTail(-2, 7), 1e-16);
    assertEquals(StudentT.upperTail(2, 7), StudentT.cdf(-2, 7));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudentT.upperTail(Double.NaN, 3));
    assertEquals("Invalid value for t (must not be NaN): NaN", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(1, 0));
    assertEquals("Invalid value for df (must be finite and greater than 0): 0.0", e.getMessage());
  }

  private static boolean close(double actual, double expected, double relative) {
    return Math.abs(actual - expected) <= relative * Math.max(1, Math.abs(expected));
  }
}
