package org.cxkit.metrics.churn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.stat.Normal;
import org.cxkit.metrics.churn.internal.CochranArmitage;

/**
 * Whether one churn reason is rising: the share of departures citing it in each of a series of
 * consecutive periods, and a Cochran–Armitage test for a linear trend in that share (Cochran 1954;
 * Armitage 1955), with the periods scored 0, 1, 2, ….
 *
 * <p>Each departure is one trial, a success when it cites the reason, so a departure that cites
 * several reasons (a multi-select exit survey, tallied with
 * {@link PeriodChurn#series(Iterable, org.cxkit.core.time.PeriodSeries, java.util.Currency,
 * java.util.function.Function)}) counts once in the trend of each reason it cites. Departures citing
 * no reason stay in each period's total, as in {@link PeriodChurn#reasonShare}.
 *
 * <p>With {@code N} departures in all, {@code r_i} citing the reason out of {@code n_i} in period
 * {@code i}, {@code p = sum r_i / N} and {@code xbar = sum n_i i / N}:
 * {@code z = sum r_i (i - xbar) / sqrt(p (1 - p) sum n_i (i - xbar)^2)}, approximately standard
 * normal when the share does not change; {@code z > 0} when it rises.
 *
 * <p>Empty input: periods with no departure, or a reason cited by all or none of them, have no trend
 * to test, and {@link #of} throws {@link IllegalStateException}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reason the reason
 * @param departuresFor the departures citing the reason, per period, each from 0 to that period's departures
 * @param departures all departures, per period, each zero or more; at least two periods
 * @param z the standardized trend statistic, finite; positive when the share rises
 */
public record ReasonTrend(ChurnReason reason, List<Long> departuresFor, List<Long> departures, double z) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if the lists differ in length or hold fewer than two periods, a
   *     count is out of range, or {@code z} is not finite
   */
  public ReasonTrend {
    Objects.requireNonNull(reason, "reason");
    departuresFor = List.copyOf(departuresFor);
    departures = List.copyOf(departures);
    Checks.atLeast("departures size", departures.size(), 2);
    if (departuresFor.size() != departures.size()) {
      throw Checks.invalid(ReasonCode.INVALID, "departuresFor size", "must be " + departures.size(),
          departuresFor.size());
    }
    for (int i = 0; i < departures.size(); i++) {
      Checks.nonNegative("departures[" + i + "]", departures.get(i));
      Checks.inRange("departuresFor[" + i + "]", departuresFor.get(i), 0, departures.get(i));
    }
    Checks.finite("z", z);
  }

  /**
   * Tests a reason's share for a trend across consecutive periods.
   *
   * @param periods the periods' churn, in time order, at least two
   * @param reason the reason
   * @return the trend
   * @throws IllegalArgumentException if fewer than two periods are given
   * @throws IllegalStateException if there is nothing to test: no departure, or the reason is cited
   *     by all or none of them
   */
  public static ReasonTrend of(List<PeriodChurn> periods, ChurnReason reason) {
    Objects.requireNonNull(reason, "reason");
    Checks.atLeast("periods", periods.size(), 2);
    int k = periods.size();
    long[] cases = new long[k];
    long[] totals = new long[k];
    double[] scores = new double[k];
    List<Long> forList = new ArrayList<>(k);
    List<Long> allList = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      PeriodChurn p = periods.get(i);
      cases[i] = p.departuresFor(reason);
      totals[i] = p.departures();
      scores[i] = i;
      forList.add(cases[i]);
      allList.add(totals[i]);
    }
    CochranArmitage test = CochranArmitage.test(cases, totals, scores);
    return new ReasonTrend(reason, Collections.unmodifiableList(forList), Collections.unmodifiableList(allList),
        test.z());
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
   * Returns the one-sided p-value against a rising share, {@code P(Z >= z)}: small when the share
   * rises from period to period.
   *
   * @return the p-value, in [0, 1]
   */
  public double pValueRising() {
    return Normal.upperTail(z);
  }

  /**
   * Tells whether the share rises with a one-sided p-value below a significance level.
   *
   * @param alpha the significance level, strictly between 0 and 1 (0.05 is usual)
   * @return true if {@code pValueRising() < alpha}
   * @throws IllegalArgumentException if {@code alpha} is out of range
   */
  public boolean isRising(double alpha) {
    Checks.openUnit("alpha", alpha);
    return pValueRising() < alpha;
  }
}
