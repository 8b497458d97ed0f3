package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;
import org.cxkit.metrics.clv.internal.Hypergeometric;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The BG/NBD fit and predictions on CDNOW against Fader, Hardie and Lee (2005) and the anchors. Reads
 * the shared reference data ({@link Cdnow}); the data-free BG/NBD tests are in {@link BgNbdModelTest}.
 */
@Tag(Cdnow.TAG)
class BgNbdCdnowTest {
  private static final List<Rfm> CDNOW = Cdnow.summaryRfm();
  private static final BgNbdFit FIT = BgNbdModel.fit(CDNOW, TimeScale.WEEK);
  private static final TimeSpan WEEKS_39 = TimeSpan.of(39, TimeScale.WEEK);

  @Test
  void reproducesThePublishedParametersAndLogLikelihood() {
    // Fader, Hardie and Lee (2005), section 4 (p. 279): r = 0.243, alpha = 4.414, a = 0.793,
    // b = 2.426, LL = -9582.4, on 2357 customers and 39 weeks.
    BgNbdModel m = FIT.model();
    assertTrue(FIT.diagnostics().converged(), FIT.diagnostics().toString());
    assertEquals(2357, FIT.count());
    assertEquals(0.243, m.r(), 0.0005);
    assertEquals(4.414, m.alpha(), 0.0005);
    assertEquals(0.793, m.a(), 0.0005);
    assertEquals(2.426, m.b(), 0.0005);
    assertEquals(-9582.4, FIT.logLikelihood(), 0.05);
    assertTrue(FIT.distinctHistories() < FIT.count(), "identical histories are compressed");
  }

  @Test
  void matchesLifetimesSummaryIncludingStandardErrors() {
    // lifetimes docs (Quickstart, BetaGeoFitter.summary on cdnow_customers_summary):
    // r 0.242593 (se 0.012557), alpha 4.413532 (0.378221), a 0.792886 (0.185719), b 2.425752 (0.705345).
    double[][] expected = {{0.242593, 0.012557}, {4.413532, 0.378221}, {0.792886, 0.185719}, {2.425752, 0.705345}};
    for (int i = 0; i < 4; i++) {
      Parameter p = FIT.parameters().get(i);
      assertEquals(expected[i][0], p.value(), 2e-6 * Math.max(1, expected[i][0]), p.name());
      assertEquals(expected[i][1], p.standardError().orElseThrow(), 2e-3 * expected[i][1], p.name() + " se");
    }
  }

  @Test
  void parametersAsEstimatesCarryALogScaleWaldInterval() {
    // r = 0.242593, SE 0.012557: exp(+-1.959964 * 0.012557 / 0.242593) = exp(+-0.101452)
    // gives 0.219189 to 0.268496 (by hand).
    Estimate r = FIT.parameter("r").toEstimate(FIT.count(), Confidence.DEFAULT);
    assertEquals(2357, r.n());
    assertEquals(IntervalMethod.LOG_WALD, r.method());
    assertEquals(FIT.parameter("r").standardError().orElseThrow(), r.standardError().orElseThrow(), 0);
    assertEquals(0.012557, r.standardError().orElseThrow(), 2e-3 * 0.012557);
    assertEquals(r, FIT.parameter("r").toEstimate(FIT.count()));
    assertEquals(0.242593 * Math.exp(-1.959964 * 0.012557 / 0.242593), r.lower(), 2e-5);
    assertEquals(0.242593 * Math.exp(1.959964 * 0.012557 / 0.242593), r.upper(), 2e-5);
    assertEquals(0.2192, r.lower(), 1e-4);
    assertEquals(0.2685, r.upper(), 1e-4);
  }

  @Test
  void fromTheRawSampleMatchesClvTools() {
    // CLVTools tests/testthat/test_correctness_bgnbd.R: on cdnow from raw transactions (unrounded
    // times), r = 0.2425945, alpha = 4.4136019, a = 0.7929199, b = 2.4258881, LL = -9582.429.
    List<Rfm> raw = RfmSummary.from(Cdnow.purchases(), ZoneOffset.UTC, Cdnow.CALIBRATION_END, TimeScale.WEEK)
        .value().customers();
    BgNbdFit fit = BgNbdModel.fit(raw, TimeScale.WEEK);
    assertTrue(fit.diagnostics().converged());
    // The surface is flat along a and b (their SEs are 0.19 and 0.71), so optimisers agree to
    // about 5 significant digits there; our maximum is at least as high as CLVTools' point.
    assertEquals(0.2425945, fit.model().r(), 2e-6);
    assertEquals(4.4136019, fit.model().alpha(), 5e-5);
    assertEquals(0.7929199, fit.model().a(), 5e-5);
    assertEquals(2.4258881, fit.model().b(), 2e-4);
    assertEquals(-9582.429, fit.logLikelihood(), 0.001);
    double atClvTools = BgNbdLikelihood.of(raw, TimeScale.WEEK).logLikelihood(0.2425945, 4.4136019, 0.7929199,
        2.4258881, null);
    assertTrue(fit.logLikelihood() >= atClvTools - 1e-9, fit.logLikelihood() + " < " + atClvTools);
    // The data README: the 2-dp rounding of the published summary moves the LL by about 0.004.
    assertEquals(0.004, Math.abs(fit.logLikelihood() - FIT.logLikelihood()), 0.002);
  }

  @Test
  void newCustomerExpectationMatchesThePapersHypergeometricForm() {
    // Eq. 9 evaluated literally with the 2F1 series (valid here: a != 1, a + b - 1 > 0), a second
    // method independent of the positive series the model uses.
    BgNbdModel m = FIT.model();
    double r = m.r();
    double alpha = m.alpha();
    double a = m.a();
    double b = m.b();
    for (double t : new double[] {0.5, 1, 5, 39, 78, 200}) {
      double z = t / (alpha + t);
      double eq9 = (a + b - 1) / (a - 1)
          * (1 - Math.pow(alpha / (alpha + t), r) * Hypergeometric.f21(r, b, a + b - 1, z));
      assertEquals(eq9, m.expectedPurchases(TimeSpan.of(t, TimeScale.WEEK)), 1e-12 * Math.max(1, eq9), "t = " + t);
    }
  }

  @Test
  void purchaseCountDistributionSumsToOneWithTheExpectedMean() {
    // P(X(t) = n) of eq. 8 against eq. 9: sum over n is 1, mean is E[X(t)].
    BgNbdModel m = FIT.model();
    double total = 0;
    double mean = 0;
    for (int n = 0; n < 3000; n++) {
      double p = m.probabilityOfPurchases(n, WEEKS_39);
      assertTrue(p >= 0 && p <= 1);
      total += p;
      mean += n * p;
    }
    assertEquals(1, total, 1e-12);
    assertEquals(m.expectedPurchases(WEEKS_39), mean, 1e-9);
  }

  @Test
  void perCustomerLogLikelihoodsSumToTheFitsLogLikelihood() {
    BgNbdModel m = FIT.model();
    double sum = 0;
    for (Rfm c : CDNOW) {
      sum += m.logLikelihood(c);
    }
    assertEquals(FIT.logLikelihood(), sum, 1e-8);
  }

  @Test
  void compressedHistoriesCountIdenticalRowsOnceAndGiveTheSameLikelihood() {
    CompressedHistories weeks = CompressedHistories.of(CDNOW, TimeScale.WEEK);
    CompressedHistories days = CompressedHistories.of(CDNOW, TimeScale.DAY);
    assertEquals(2357, weeks.count());
    // 1411 customers have x = 0 and only 39 distinct (2-dp) ages between them.
    assertTrue(weeks.distinctHistories() < 2357 - 1300, weeks.toString());
    assertEquals(FIT.logLikelihood(), weeks.logLikelihood(FIT.model()), 1e-9);
    // Times in days (and alpha re-expressed) change the likelihood only by the Jacobian of the
    // time change, 7^-x for x repeat purchases: LL_days = LL_weeks - sum(x) ln 7.
    double sumX = CDNOW.stream().mapToInt(Rfm::frequency).sum();
    assertEquals(FIT.logLikelihood() - sumX * Math.log(7), days.logLikelihood(FIT.model()), 1e-8);
    assertEquals(FIT, BgNbdModel.fit(weeks));
  }

  @Test
  void aModelExpressedInDaysPredictsTheSame() {
    // alpha is a time: 4.414 weeks = 30.898 days. Same model, other unit, same predictions.
    BgNbdModel weeks = FIT.model();
    BgNbdModel days = BgNbdModel.of(weeks.r(), weeks.alpha() * 7, weeks.a(), weeks.b(), TimeScale.DAY);
    for (Rfm c : CDNOW.subList(0, 50)) {
      assertEquals(weeks.expectedPurchases(c, WEEKS_39), days.expectedPurchases(c, WEEKS_39), 1e-12);
      assertEquals(weeks.probabilityAlive(c), days.probabilityAlive(c), 1e-13);
    }
  }

}
