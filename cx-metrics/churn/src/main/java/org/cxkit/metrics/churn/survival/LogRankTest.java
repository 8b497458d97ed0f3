package org.cxkit.metrics.churn.survival;

import java.util.Arrays;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.stat.ChiSquare;

/**
 * The log-rank test of whether two segments' survival curves differ (Mantel 1966; Peto &amp; Peto
 * 1972): at each distinct churn time of either segment, with {@code n_a, n_b} at risk and {@code d}
 * churned in all, segment A is expected {@code E = d n_a / n} churns under no difference, with
 * hypergeometric variance {@code V = n_a n_b d (n - d) / (n^2 (n - 1))}. The statistic
 * {@code (sum O_a - sum E_a)^2 / sum V} is approximately chi-square with one degree of freedom; its
 * p-value is {@code erfc(sqrt(chi2 / 2))}. This is the statistic R's {@code survdiff} reports.
 *
 * <p>Empty input: curves with no churn while both segments were at risk have nothing to compare,
 * and {@link #of} throws {@link IllegalStateException}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param observedA churns observed in segment A, zero or more
 * @param expectedA churns expected in segment A with no difference, finite and zero or more
 * @param observedB churns observed in segment B, zero or more
 * @param expectedB churns expected in segment B with no difference, finite and zero or more
 * @param variance the variance of {@code observedA - expectedA}, greater than 0
 */
public record LogRankTest(long observedA, double expectedA, long observedB, double expectedB, double variance) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a count is negative, an expected count is negative, NaN or
   *     infinite, or the variance is not positive and finite
   */
  public LogRankTest {
    Checks.nonNegative("observedA", observedA);
    Checks.nonNegative("observedB", observedB);
    expectedA = Checks.nonNegative("expectedA", expectedA);
    expectedB = Checks.nonNegative("expectedB", expectedB);
    Checks.positiveFinite("variance", variance);
  }

  /**
   * Compares two survival curves.
   *
   * @param a segment A's curve
   * @param b segment B's curve
   * @return the test
   * @throws IllegalStateException if there is nothing to compare: no churn at a time when both
   *     segments, or at least two tenures, were at risk
   */
  public static LogRankTest of(SurvivalCurve a, SurvivalCurve b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    double[] ta = a.churnTimesDistinct();
    double[] tb = b.churnTimesDistinct();
    double[] all = new double[ta.length + tb.length];
    System.arraycopy(ta, 0, all, 0, ta.length);
    System.arraycopy(tb, 0, all, ta.length, tb.length);
    Arrays.sort(all);
    long observedA = 0;
    long observedB = 0;
    double expectedA = 0;
    double variance = 0;
    for (int i = 0; i < all.length; i++) {
      double t = all[i];
      if (i > 0 && t == all[i - 1]) {
        continue;
      }
      long na = a.atRiskAt(t);
      long nb = b.atRiskAt(t);
      long da = a.churnedAt(t);
      long db = b.churnedAt(t);
      double n = (double) na + nb;
      double d = (double) da + db;
      observedA += da;
      observedB += db;
      expectedA += d * na / n;
      if (n > 1) {
        variance += na * (double) nb * d * (n - d) / (n * n * (n - 1));
      }
    }
    if (!(variance > 0)) {
      throw new IllegalStateException("No churn while both segments were at risk: the log-rank test is undefined");
    }
    double expectedB = (double) observedA + observedB - expectedA;
    return new LogRankTest(observedA, expectedA, observedB, Math.max(0, expectedB), variance);
  }

  /**
   * Returns the chi-square statistic {@code (observedA - expectedA)^2 / variance}, one degree of freedom.
   *
   * @return the statistic, zero or more
   */
  public double chiSquare() {
    double diff = observedA - expectedA;
    return diff * diff / variance;
  }

  /**
   * Returns the p-value: the chance, with the same survival in both segments, of a statistic at
   * least this large.
   *
   * @return the p-value, in [0, 1]
   */
  public double pValue() {
    return ChiSquare.upperTail(chiSquare(), 1);
  }
}
