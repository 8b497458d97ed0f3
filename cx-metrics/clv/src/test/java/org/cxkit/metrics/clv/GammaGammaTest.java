package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.stat.Gamma;
import org.cxkit.core.time.TimeScale;
import org.junit.jupiter.api.Test;

/** The Gamma-Gamma model by hand and on simulated data; the fits on CDNOW are in {@link GammaGammaCdnowTest}. */
class GammaGammaTest {
  @Test
  void conditionalExpectedSpendByHand() {
    // Eq. (p gamma + p x m) / (p x + q - 1) for p = 6.25, q = 3.74, gamma = 15.44, x = 2, m = 22.35:
    // (96.5 + 279.375) / (12.5 + 2.74) = 375.875 / 15.24 = 24.66371...
    GammaGammaModel m = GammaGammaModel.of(6.25, 3.74, 15.44);
    assertEquals(375.875 / 15.24, m.expectedAverageSpend(
        Rfm.of(CustomerId.of("1"), 2, 30.43, 38.86, 22.35, TimeScale.WEEK)), 1e-12);
    // No repeat purchase: the population mean p gamma / (q - 1) = 96.5 / 2.74.
    assertEquals(96.5 / 2.74, m.expectedAverageSpend(Rfm.of(CustomerId.of("3"), 0, 0, 38.86, TimeScale.WEEK)), 1e-12);
    assertEquals(96.5 / 2.74, m.expectedAverageSpend(), 1e-12);
  }

  @Test
  void logLikelihoodIsTheDensityOfTheMeanSpend() {
    // For x = 1 the mean is one transaction: z ~ Gamma(p, nu), nu ~ Gamma(q, gamma) gives the
    // density Gamma(p + q)/(Gamma(p)Gamma(q)) gamma^q z^(p-1) / (gamma + z)^(p+q), by hand.
    double p = 2;
    double q = 3;
    double gamma = 10;
    double z = 4;
    // Gamma(5)/(Gamma(2)Gamma(3)) = 24/2 = 12; 10^3 * 4 / 14^5 = 4000 / 537824.
    double byHand = Math.log(12 * 4000.0 / 537824);
    assertEquals(byHand, GammaGammaModel.logLikelihood(new int[] {1}, new double[] {z}, 1, p, q, gamma, null), 1e-13);
    // The density integrates to 1 over the mean (x = 3), checked by the trapezoid rule on a log grid.
    double integral = 0;
    double previousM = 0;
    double previousF = 0;
    for (double lm = -12; lm < 12; lm += 1e-4) {
      double m = Math.exp(lm);
      double f = Math.exp(GammaGammaModel.logLikelihood(new int[] {3}, new double[] {m}, 1, p, q, gamma, null));
      integral += (m - previousM) * (f + previousF) / 2;
      previousM = m;
      previousF = f;
    }
    assertEquals(1, integral, 1e-6);
    assertEquals(0, Gamma.logGamma(1), 0);
  }

  @Test
  void recoversKnownParametersFromSimulatedData() {
    GammaGammaModel truth = GammaGammaModel.of(4, 3, 20);
    List<Rfm> data = new Simulator(99).customers(20_000, BgNbdModel.of(1, 5, 0.5, 3, TimeScale.WEEK), truth, 30, 60);
    GammaGammaFit fit = GammaGammaModel.fit(data).value();
    double[] expected = {truth.p(), truth.q(), truth.gamma()};
    for (int i = 0; i < 3; i++) {
      Parameter p = fit.parameters().get(i);
      assertTrue(Math.abs(p.value() - expected[i]) < 4 * p.standardError().orElseThrow(), p + " vs " + expected[i]);
    }
    // Spend is drawn independently of frequency: the correlation is near 0.
    assertTrue(Math.abs(fit.frequencySpendCorrelation().orElseThrow()) < 0.1);
  }

  @Test
  void expectedSpendLiesBetweenThePopulationMeanAndTheCustomersMean() {
    qt().forAll(doubles().between(0.1, 50).zip(doubles().between(1.01, 50), doubles().between(0.1, 1000),
        GammaGammaModel::of), integers().between(1, 500), doubles().between(0.01, 1e4)).check((m, x, mean) -> {
          double e = m.expectedAverageSpend(Rfm.of(CustomerId.of("c"), x, 1, 2, mean, TimeScale.WEEK));
          double lo = Math.min(mean, m.expectedAverageSpend());
          double hi = Math.max(mean, m.expectedAverageSpend());
          return e >= lo * (1 - 1e-12) && e <= hi * (1 + 1e-12);
        });
  }

  @Test
  void infiniteMeanAndNoRepeatBuyersAreReported() {
    assertEquals("The Gamma-Gamma mean spend is infinite for q <= 1: q = 0.5",
        assertThrows(IllegalStateException.class, () -> GammaGammaModel.of(1, 0.5, 1).expectedAverageSpend()).getMessage());
    assertThrows(IllegalStateException.class,
        () -> GammaGammaModel.fit(List.of(Rfm.of(CustomerId.of("c"), 0, 0, 5, TimeScale.WEEK))));
    assertEquals("Invalid value for gamma (must be finite and greater than 0): 0.0",
        assertThrows(IllegalArgumentException.class, () -> GammaGammaModel.of(1, 2, 0)).getMessage());
  }
}
