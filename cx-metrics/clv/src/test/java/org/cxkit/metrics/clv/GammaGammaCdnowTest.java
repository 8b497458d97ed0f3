package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.TimeScale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Gamma-Gamma fits on CDNOW against the published values. Reads the shared reference data ({@link Cdnow}). */
@Tag(Cdnow.TAG)
class GammaGammaCdnowTest {
  private static final BulkResult<Rfm, GammaGammaFit> CDNOW = GammaGammaModel.fit(Cdnow.summaryRfm());

  @Test
  void reproducesThePublishedCdnowParametersFromTheRawSample() {
    // Fader and Hardie (2013), "The Gamma-Gamma model of monetary value", on the 946 CDNOW repeat
    // buyers with their unrounded mean spends: p = 6.25, q = 3.74, gamma = 15.44.
    List<Rfm> raw = RfmSummary.from(Cdnow.purchases(), java.time.ZoneOffset.UTC, Cdnow.CALIBRATION_END,
        TimeScale.WEEK).value().customers();
    GammaGammaFit fit = GammaGammaModel.fit(raw).value();
    assertTrue(fit.diagnostics().converged(), fit.toString());
    assertEquals(6.25, fit.model().p(), 0.005);
    assertEquals(3.74, fit.model().q(), 0.005);
    assertEquals(15.44, fit.model().gamma(), 0.005);
  }

  @Test
  void reproducesLifetimesParametersFromThePublishedSummary() {
    // lifetimes README (GammaGammaFitter on the 2-dp summary): p: 6.25, q: 3.74, v: 15.45. The
    // rounding of zbar to cents moves gamma from 15.444 to 15.448.
    GammaGammaFit fit = CDNOW.value();
    assertTrue(fit.diagnostics().converged(), fit.toString());
    assertEquals(946, fit.count());
    assertEquals(946, CDNOW.usedCount());
    assertEquals(2357 - 946, CDNOW.setAside().size());
    assertEquals("Invalid value for frequency (must be at least 1, a repeat buyer): 0",
        CDNOW.setAside().get(0).reason().message());
    assertEquals(Map.of(ReasonCode.OUT_OF_RANGE, 2357L - 946), CDNOW.reasonCounts());
    assertEquals(6.25, fit.model().p(), 0.005);
    assertEquals(3.74, fit.model().q(), 0.005);
    assertEquals(15.45, fit.model().gamma(), 0.005);
    fit.parameters().forEach(p -> assertTrue(p.standardError().isPresent(), p.toString()));
  }

  @Test
  void reportsTheFrequencySpendCorrelation() {
    // The lifetimes docs report the CDNOW repeat buyers' frequency/monetary correlation as 0.11;
    // computed independently here from the published summary with the textbook Pearson formula.
    List<Rfm> repeat = Cdnow.summaryRfm().stream().filter(r -> r.frequency() > 0).toList();
    double n = repeat.size();
    double sx = 0;
    double sm = 0;
    double sxx = 0;
    double smm = 0;
    double sxm = 0;
    for (Rfm r : repeat) {
      double x = r.frequency();
      double m = r.meanRepeatValue().orElseThrow();
      sx += x;
      sm += m;
      sxx += x * x;
      smm += m * m;
      sxm += x * m;
    }
    double pearson = (n * sxm - sx * sm) / Math.sqrt((n * sxx - sx * sx) * (n * smm - sm * sm));
    double reported = CDNOW.value().frequencySpendCorrelation().orElseThrow();
    assertEquals(pearson, reported, 1e-12);
    assertEquals(0.11, reported, 0.005);
  }

  @Test
  void fittedModelMatchesLifetimesConditionalExpectedAverageProfit() {
    // lifetimes README: conditional_expected_average_profit for CDNOW customers 1, 2, 3, 6 and 9 is
    // 24.658619, 18.911489, 35.170981, 71.462843, 27.282408. lifetimes stops its optimiser earlier
    // than our gradient test, hence agreement to 1e-6 relative, not to the last printed digit.
    GammaGammaModel m = CDNOW.value().model();
    List<Rfm> rows = Cdnow.summaryRfm();
    double[][] expected = {{0, 24.658619}, {1, 18.911489}, {2, 35.170981}, {5, 71.462843}, {8, 27.282408}};
    for (double[] e : expected) {
      assertEquals(e[1], m.expectedAverageSpend(rows.get((int) e[0])), 1e-6 * e[1], "customer " + (e[0] + 1));
    }
  }
}
