package org.cxkit.metrics.churn.internal;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.stat.Normal;

/**
 * The Cochran–Armitage test for a linear trend in proportions (Cochran 1954; Armitage 1955): given,
 * for each of k ordered groups, {@code cases[i]} out of {@code totals[i]} and a score
 * {@code x[i]}, it tests whether the proportion changes linearly with the score. Internal: the
 * figure users read is {@code ReasonTrend}.
 *
 * <p>With {@code N = sum n_i}, {@code p = sum r_i / N} and {@code xbar = sum n_i x_i / N}:
 * {@code T = sum r_i (x_i - xbar)}, {@code Var(T) = p (1 - p) sum n_i (x_i - xbar)^2}, and
 * {@code z = T / sqrt(Var(T))} is approximately standard normal under no trend. {@code z^2} equals
 * {@code N/(N-1)} times Mantel's linear-by-linear statistic {@code M^2 = (N - 1) r^2} (Agresti,
 * <i>Categorical Data Analysis</i>, 2nd ed., 2002, §3.4.6 and §5.3.5). A positive {@code z} means
 * the proportion rises with the score.
 *
 * <p>Empty input: no observation at all has no test ({@link IllegalStateException}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param z the standardized statistic, finite; positive when the proportion rises with the score
 * @param n the total count {@code N}, at least 1
 */
public record CochranArmitage(double z, long n) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if z is not finite or n is below 1
   */
  public CochranArmitage {
    Checks.finite("z", z);
    Checks.positive("n", n);
  }

  /**
   * Runs the test.
   *
   * @param cases the cases per group, each from 0 to its total
   * @param totals the totals per group, each zero or more
   * @param scores the score of each group, finite (0, 1, 2, … for equally spaced periods)
   * @return the test
   * @throws IllegalArgumentException if the arrays differ in length, hold invalid counts, or the
   *     total overflows
   * @throws IllegalStateException if there is no variation to test: all cases or none, or every
   *     observation in groups with the same score
   */
  public static CochranArmitage test(long[] cases, long[] totals, double[] scores) {
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(scores, "scores");
    if (cases.length != totals.length || scores.length != totals.length) {
      throw Checks.invalid(ReasonCode.INVALID, "cases/totals/scores lengths", "must be equal",
          cases.length + "/" + totals.length + "/" + scores.length);
    }
    // Scores are centred on the first observed group's score before averaging, so that groups which
    // all share one score give deviations of exactly 0 (a rounded mean of equal decimals need not
    // equal them, and tiny equal deviations would cancel into a spurious z).
    double reference = Double.NaN;
    long total = 0;
    long caseTotal = 0;
    double weighted = 0;
    for (int i = 0; i < totals.length; i++) {
      Checks.nonNegative("totals[" + i + "]", totals[i]);
      Checks.inRange("cases[" + i + "]", cases[i], 0, totals[i]);
      Checks.finite("scores[" + i + "]", scores[i]);
      if (Double.isNaN(reference) && totals[i] > 0) {
        reference = scores[i];
      }
      total = Checks.addExact("totals", total, totals[i]);
      caseTotal += cases[i];
    }
    if (total == 0) {
      throw new IllegalStateException("No observations: the trend test is undefined");
    }
    for (int i = 0; i < totals.length; i++) {
      if (totals[i] > 0) {
        weighted += totals[i] * (scores[i] - reference);
      }
    }
    double mean = weighted / total;
    double t = 0;
    double sumSquares = 0;
    for (int i = 0; i < totals.length; i++) {
      if (totals[i] == 0) {
        continue;
      }
      double d = (scores[i] - reference) - mean;
      t += cases[i] * d;
      sumSquares += totals[i] * d * d;
    }
    double p = (double) caseTotal / total;
    double variance = p * (1 - p) * sumSquares;
    if (!(variance > 0) || !Double.isFinite(variance)) {
      throw new IllegalStateException("No variation in the proportions or the scores (" + caseTotal + " cases of "
          + total + "): the trend test is undefined");
    }
    return new CochranArmitage(t / Math.sqrt(variance), total);
  }

  /**
   * Returns the chi-square form of the statistic, {@code z^2}, with one degree of freedom.
   *
   * @return the statistic, zero or more
   */
  public double chiSquare() {
    return z * z;
  }

  /**
   * Returns the two-sided p-value: the chance, with no trend, of a {@code |z|} at least this large.
   *
   * @return the p-value, in [0, 1]
   */
  public double pValue() {
    return Normal.twoSidedPValue(z);
  }

  /**
   * Returns the one-sided p-value against a rising trend, {@code P(Z >= z)}: small when the
   * proportion rises with the score.
   *
   * @return the p-value, in [0, 1]
   */
  public double pValueRising() {
    return Normal.upperTail(z);
  }
}
