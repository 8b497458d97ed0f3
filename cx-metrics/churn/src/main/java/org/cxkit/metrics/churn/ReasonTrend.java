package org.cxkit.metrics.churn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.commerce.ChurnReason;

/**
 * Whether one churn reason is rising: its share of departures in each of a series of consecutive
 * periods, and a {@linkplain CochranArmitage Cochran–Armitage test} for a linear trend in that
 * share, with the periods scored 0, 1, 2, …. Departures without a recorded reason stay in each
 * period's total, as in {@link PeriodChurn#reasonShare}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reason the reason
 * @param departuresFor the departures giving the reason, per period
 * @param departures all departures, per period
 * @param test the trend test; {@code test().z() > 0} when the share rises
 */
public record ReasonTrend(ChurnReason reason, List<Long> departuresFor, List<Long> departures,
    CochranArmitage test) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if the lists differ in length
   */
  public ReasonTrend {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(test, "test");
    departuresFor = List.copyOf(departuresFor);
    departures = List.copyOf(departures);
    if (departuresFor.size() != departures.size()) {
      throw new IllegalArgumentException("Invalid value for departuresFor size (must be " + departures.size()
          + "): " + departuresFor.size());
    }
  }

  /**
   * Tests a reason's share for a trend across consecutive periods.
   *
   * @param periods the periods' churn, in time order, at least two
   * @param reason the reason
   * @return the trend
   * @throws IllegalArgumentException if fewer than two periods are given
   * @throws IllegalStateException if there is nothing to test: no departure, or the reason gives all
   *     or none of them
   */
  public static ReasonTrend of(List<PeriodChurn> periods, ChurnReason reason) {
    Objects.requireNonNull(reason, "reason");
    if (periods.size() < 2) {
      throw new IllegalArgumentException("Invalid value for periods (must be at least 2): " + periods.size());
    }
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
    return new ReasonTrend(reason, Collections.unmodifiableList(forList), Collections.unmodifiableList(allList),
        CochranArmitage.test(cases, totals, scores));
  }

  /**
   * Tells whether the share rises with a one-sided p-value below a significance level.
   *
   * @param alpha the significance level, strictly between 0 and 1 (0.05 is usual)
   * @return true if {@code test().pValueRising() < alpha}
   */
  public boolean isRising(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("Invalid value for alpha (valid values strictly between 0 and 1): " + alpha);
    }
    return test.pValueRising() < alpha;
  }
}
