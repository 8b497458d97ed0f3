package org.cxkit.metrics.churn;

import static org.cxkit.metrics.churn.Subs.day;
import static org.cxkit.metrics.churn.Subs.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Subscription;
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
  }

  /** The same hand example through subscriptions: price departures 1, 3, 6 of 10 in Jan, Feb, Mar. */
  @Test
  void reasonTrendFromPeriodTallies() {
    List<Subscription> subs = new ArrayList<>();
    int[] price = {1, 3, 6};
    for (int month = 1; month <= 3; month++) {
      for (int i = 0; i < 10; i++) {
        Instant end = day(month, 10 + i);
        ChurnReason reason = i < price[month - 1] ? ChurnReason.PRICE : ChurnReason.COMPETITOR;
        subs.add(sub("m" + month + "-" + i, "c" + month + "-" + i, "plan", day(1, 1).minusSeconds(86400 * 30), end,
            reason, "10"));
      }
    }
    PeriodGrid grid = PeriodGrid.monthly(YearMonth.of(2026, 1), 3, ZoneOffset.UTC);
    List<PeriodChurn> series = PeriodChurn.series(subs, grid, Currency.getInstance("EUR")).value();
    ReasonTrend trend = ReasonTrend.of(series, ChurnReason.PRICE);
    assertEquals(List.of(1L, 3L, 6L), trend.departuresFor());
    assertEquals(List.of(10L, 10L, 10L), trend.departures());
    assertEquals(15 / Math.sqrt(40), trend.test().z(), 1e-14);
    assertTrue(trend.isRising(0.05));
    assertFalse(ReasonTrend.of(series, ChurnReason.COMPETITOR).isRising(0.05));
    assertThrows(IllegalArgumentException.class, () -> ReasonTrend.of(series.subList(0, 1), ChurnReason.PRICE));
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
