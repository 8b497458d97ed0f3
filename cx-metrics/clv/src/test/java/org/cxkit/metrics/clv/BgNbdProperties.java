package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.stat.Beta;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of the BG/NBD predictions and likelihood, fuzzed with extreme but valid inputs, and the
 * cases where the paper's closed forms break (a = 1, a + b &lt; 1) checked against direct
 * numerical integration over the dropout probability.
 */
class BgNbdProperties {
  private static final CustomerId ID = CustomerId.of("c");

  /** Log-uniform over [lo, hi]. */
  private static Gen<Double> logUniform(double lo, double hi) {
    return doubles().between(Math.log(lo), Math.log(hi)).map(Math::exp);
  }

  private static Gen<BgNbdModel> models() {
    return logUniform(1e-3, 1e3).zip(logUniform(1e-2, 1e4), logUniform(1e-3, 1e3), logUniform(1e-3, 1e3),
        (r, alpha, a, b) -> BgNbdModel.of(r, alpha, a, b, TimeScale.WEEK));
  }

  /**
   * Models for the expectation series, whose cost grows like (r + x) t / (α + T) terms: still
   * extreme, but at most about a million terms a call, to keep the suite fast.
   */
  private static Gen<BgNbdModel> seriesModels() {
    return logUniform(1e-3, 1e2).zip(logUniform(1e-1, 1e4), logUniform(1e-3, 1e3), logUniform(1e-3, 1e3),
        (r, alpha, a, b) -> BgNbdModel.of(r, alpha, a, b, TimeScale.WEEK));
  }

  private static Gen<Rfm> seriesHistories() {
    return integers().between(0, 500).zip(doubles().between(0, 1), logUniform(1e-3, 1e5),
        (x, share, age) -> x == 0 ? Rfm.of(ID, 0, 0, age, TimeScale.WEEK)
            : Rfm.of(ID, x, Math.max(share * age, Double.MIN_NORMAL), age, TimeScale.WEEK));
  }

  private static Gen<Rfm> histories() {
    return integers().between(0, 1000).zip(doubles().between(0, 1), logUniform(1e-3, 1e5),
        (x, share, age) -> x == 0 ? Rfm.of(ID, 0, 0, age, TimeScale.WEEK)
            : Rfm.of(ID, x, Math.max(share * age, Double.MIN_NORMAL), age, TimeScale.WEEK));
  }

  @Test
  void logLikelihoodIsFiniteForExtremeInputs() {
    qt().withExamples(2000).forAll(models(), histories()).check((m, c) -> {
      double ll = m.logLikelihood(c);
      return Double.isFinite(ll);
    });
  }

  @Test
  void probabilityAliveIsAProbability() {
    qt().withExamples(2000).forAll(models(), histories()).check((m, c) -> {
      double p = m.probabilityAlive(c);
      return p >= 0 && p <= 1;
    });
  }

  @Test
  void expectedPurchasesAreFiniteAndNonDecreasingInTime() {
    qt().withExamples(200).forAll(seriesModels(), seriesHistories(), doubles().between(0, 100), doubles().between(0, 100))
        .check((m, c, t1, t2) -> {
          TimeSpan shorter = TimeSpan.of(Math.min(t1, t2), TimeScale.WEEK);
          TimeSpan longer = TimeSpan.of(Math.max(t1, t2), TimeScale.WEEK);
          double e1 = m.expectedPurchases(c, shorter);
          double e2 = m.expectedPurchases(c, longer);
          double n1 = m.expectedPurchases(shorter);
          double n2 = m.expectedPurchases(longer);
          // Non-decreasing up to rounding, 1e-10 relative: with t/alpha up to 1e4 the series adds
          // about a million terms, and once the expectation has saturated in t only rounding moves it.
          return Double.isFinite(e2) && e1 >= 0 && e2 >= e1 * (1 - 1e-10)
              && Double.isFinite(n2) && n1 >= 0 && n2 >= n1 * (1 - 1e-10);
        });
  }

  @Test
  void purchaseProbabilitiesAreProbabilities() {
    qt().withExamples(500).forAll(seriesModels(), integers().between(0, 300), doubles().between(0, 200))
        .check((m, n, t) -> {
          double p = m.probabilityOfPurchases(n, TimeSpan.of(t, TimeScale.WEEK));
          return p >= 0 && p <= 1;
        });
  }

  @Test
  void hundredsOfPurchasesWhereTheUnscaledSeriesWouldUnderflow() {
    // x = 800 with T = 39: (alpha/(alpha + T))^(r + x) = 1e-763 underflows in linear space; the
    // scaled series copes. E[Y(t) | x, t_x, T] = E[X(t) | r + x, alpha + T, a, b + x] P(alive),
    // the first factor checked by integration, the second by hand (eq. 11).
    double r = 0.243;
    double alpha = 4.414;
    double a = 0.793;
    double b = 2.426;
    BgNbdModel m = BgNbdModel.of(r, alpha, a, b, TimeScale.WEEK);
    Rfm heavy = Rfm.of(ID, 800, 38.5, 39, TimeScale.WEEK);
    double alive = 1 / (1 + a / (b + 799) * Math.pow((alpha + 39) / (alpha + 38.5), r + 800));
    double e = m.expectedPurchases(heavy, TimeSpan.of(39, TimeScale.WEEK));
    // The beta density of p is a peak of width ~1e-3 here: Simpson needs many more points.
    assertEquals(integrated(r + 800, alpha + 39, a, b + 800, 39, 400_000) * alive, e, 1e-9 * e);
    assertTrue(Double.isFinite(m.logLikelihood(heavy)));
  }

  @Test
  void removableSingularityAtAEqualToOne() {
    // Eq. 9 has (a + b - 1)/(a - 1) times a vanishing bracket at a = 1; the series has neither.
    // Checked against direct integration and against a = 1 +/- 1e-7 (the function is smooth in a).
    for (double t : new double[] {0.1, 5, 39, 300}) {
      double atOne = BgNbdModel.of(0.5, 4, 1, 2.5, TimeScale.WEEK).expectedPurchases(TimeSpan.of(t, TimeScale.WEEK));
      double below = BgNbdModel.of(0.5, 4, 1 - 1e-7, 2.5, TimeScale.WEEK).expectedPurchases(TimeSpan.of(t, TimeScale.WEEK));
      double above = BgNbdModel.of(0.5, 4, 1 + 1e-7, 2.5, TimeScale.WEEK).expectedPurchases(TimeSpan.of(t, TimeScale.WEEK));
      assertEquals(atOne, (below + above) / 2, 1e-12 * atOne, "t = " + t);
      assertEquals(integrated(0.5, 4, 1, 2.5, t), atOne, 1e-9 * atOne, "t = " + t);
    }
  }

  @Test
  void aPlusBBelowOneWithNoRepeatPurchase() {
    // a + b - 1 < 0: the 2F1 of eq. 10 has c = a + b + x - 1 < 0 for x = 0, where series
    // implementations break. The conditional expectation for x = 0 is the new-customer one with
    // alpha + T, checked by integration.
    double r = 0.8;
    double alpha = 2;
    double a = 0.3;
    double b = 0.4;
    BgNbdModel m = BgNbdModel.of(r, alpha, a, b, TimeScale.WEEK);
    Rfm none = Rfm.of(ID, 0, 0, 10, TimeScale.WEEK);
    for (double t : new double[] {1, 10, 52}) {
      double e = m.expectedPurchases(none, TimeSpan.of(t, TimeScale.WEEK));
      assertEquals(integrated(r, alpha + 10, a, b, t), e, 1e-9 * e, "t = " + t);
    }
  }

  /**
   * E[X(t)] = E_p[(1 − (α/(α + p t))^r) / p] with p ~ Beta(a, b) (the inner expectation over λ
   * of (1 − e^(−λ p t)) / p), integrated by Simpson's rule after the substitutions p = u^(1/a) on
   * [0, ½] when a &lt; 1 and 1 − p = v^(1/b) on [½, 1] when b &lt; 1, which remove the end-point
   * singularities.
   */
  static double integrated(double r, double alpha, double a, double b, double t) {
    return integrated(r, alpha, a, b, t, 20_000);
  }

  static double integrated(double r, double alpha, double a, double b, double t, int n) {
    double left = a < 1
        ? simpson(u -> {
          double p = Math.pow(u, 1 / a);
          return g(r, alpha, t, p) * Math.pow(1 - p, b - 1) / a;
        }, 0, Math.pow(0.5, a), n)
        : simpson(p -> g(r, alpha, t, p) * Math.pow(p, a - 1) * Math.pow(1 - p, b - 1), 0, 0.5, n);
    double right = b < 1
        ? simpson(v -> {
          double q = Math.pow(v, 1 / b);
          return g(r, alpha, t, 1 - q) * Math.pow(1 - q, a - 1) / b;
        }, 0, Math.pow(0.5, b), n)
        : simpson(p -> g(r, alpha, t, p) * Math.pow(p, a - 1) * Math.pow(1 - p, b - 1), 0.5, 1, n);
    return (left + right) / Math.exp(Beta.logBeta(a, b));
  }

  private static double g(double r, double alpha, double t, double p) {
    return p == 0 ? r * t / alpha : -Math.expm1(-r * Math.log1p(p * t / alpha)) / p;
  }

  private static double simpson(java.util.function.DoubleUnaryOperator f, double lo, double hi, int n) {
    double h = (hi - lo) / n;
    double sum = f.applyAsDouble(lo) + f.applyAsDouble(hi);
    for (int i = 1; i < n; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(lo + i * h);
    }
    return sum * h / 3;
  }

  @Test
  void fitIsDeterministicAndOrderFree() {
    List<Rfm> data = new Simulator(7).customers(2000, BgNbdModel.of(0.4, 5, 0.9, 3, TimeScale.WEEK), null, 10, 52);
    BgNbdFit first = BgNbdModel.fit(data, TimeScale.WEEK);
    java.util.List<Rfm> reversed = new java.util.ArrayList<>(data);
    java.util.Collections.reverse(reversed);
    assertEquals(first, BgNbdModel.fit(reversed, TimeScale.WEEK));
  }
}
