package org.cxkit.metrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.scale.Scale;
import org.junit.jupiter.api.Test;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;

/** Bootstrap intervals and rank stability: reproducible, recovering planted weights, honest about failures. */
class ImportanceBootstrapTest {
  private static final DriverModel PLANTED = DriverModel.onScales("recommend", Scale.ZERO_TO_TEN,
      List.of("support", "quality", "price", "ease"), Scale.ONE_TO_FIVE);

  /**
   * Ratings on 1 to 5 with a common halo, and an outcome driven by them with planted weights 1.2, 0.8,
   * 0.4 and 0.1, plus noise, rounded onto 0 to 10: the analysis must recover the order.
   */
  static List<DriverResponse> planted(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] weights = {1.2, 0.8, 0.4, 0.1};
    List<DriverResponse> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double halo = random.nextGaussian();
      double[] ratings = new double[4];
      double y = 0;
      for (int j = 0; j < 4; j++) {
        double latent = 0.5 * halo + random.nextGaussian();
        ratings[j] = Math.max(1, Math.min(5, Math.rint(3 + latent)));
        y += weights[j] * (ratings[j] - 3);
      }
      double outcome = Math.max(0, Math.min(10, Math.rint(6 + y + random.nextGaussian())));
      rows.add(DriverResponse.of(outcome, ratings));
    }
    return rows;
  }

  @Test
  void theSameSeedGivesTheSameBootstrapAndAnotherSeedAnother() {
    List<DriverResponse> rows = planted(1, 300);
    ImportanceBootstrap a = ImportanceBootstrap.of(PLANTED, rows, 200, 42);
    ImportanceBootstrap b = ImportanceBootstrap.of(PLANTED, rows, 200, 42);
    ImportanceBootstrap c = ImportanceBootstrap.of(PLANTED, rows, 200, 43);
    assertEquals(a.lmg(), b.lmg());
    assertEquals(a.relativeWeights(), b.relativeWeights());
    assertNotEquals(a.lmg(), c.lmg());
    assertEquals(42, a.seed());
    assertEquals(200, a.resamples());
    assertEquals(300, a.usedCount());
  }

  @Test
  void thePlantedOrderIsRecoveredWithIntervalsAndStableRanks() {
    ImportanceBootstrap boot = ImportanceBootstrap.of(PLANTED, planted(7, 2000), 200, 16);
    assertEquals(0, boot.failedResamples());
    for (ImportanceMethod method : ImportanceMethod.values()) {
      List<BootstrappedShare> shares = boot.shares(method);
      assertEquals(List.of(1, 2, 3, 4), shares.stream().map(BootstrappedShare::rank).toList(), method.label());
      double percent = 0;
      for (BootstrappedShare s : shares) {
        Estimate raw = s.raw();
        assertEquals(IntervalMethod.BOOTSTRAP_PERCENTILE, raw.method());
        assertTrue(raw.lower() <= raw.value() && raw.value() <= raw.upper());
        assertTrue(raw.lower() >= 0 && raw.upper() <= 1);
        assertTrue(s.percent().lower() >= 0 && s.percent().upper() <= 100);
        assertTrue(raw.standardError().orElseThrow() > 0);
        assertTrue(s.bestRank() <= s.rank() && s.rank() <= s.worstRank());
        assertEquals(2000, raw.n());
        percent += s.percent().value();
      }
      assertEquals(100, percent, 1e-10);
      // Weights 1.2 and 0.8 are far apart: support is first in (nearly) every resample.
      assertTrue(shares.get(0).rankStability() > 0.95, () -> method + " " + shares.get(0));
      assertEquals(1, shares.get(0).worstRank());
    }
    assertEquals(boot.analysis().lmg().share("price").raw(), boot.share(ImportanceMethod.LMG, "price").raw().value());
  }

  @Test
  void closeDriversHaveUnstableRanks() {
    // Two drivers with the same planted weight: each is first in roughly half of the resamples.
    SplittableRandom random = new SplittableRandom(5);
    DriverModel m = DriverModel.of("y", List.of("a", "b", "c"));
    List<DriverResponse> rows = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      double a = random.nextGaussian();
      double b = random.nextGaussian();
      double c = random.nextGaussian();
      rows.add(DriverResponse.of(a + b + 0.2 * c + random.nextGaussian(), a, b, c));
    }
    ImportanceBootstrap boot = ImportanceBootstrap.of(m, rows, 300, 1);
    BootstrappedShare a = boot.share(ImportanceMethod.LMG, "a");
    BootstrappedShare b = boot.share(ImportanceMethod.LMG, "b");
    assertTrue(a.rankStability() < 0.9 && b.rankStability() < 0.9, a + " " + b);
    assertEquals(1, Math.min(a.bestRank(), b.bestRank()));
    assertEquals(2, Math.max(a.worstRank(), b.worstRank()));
    assertEquals(3, boot.share(ImportanceMethod.RELATIVE_WEIGHTS, "c").rank());
  }

  @Test
  void resamplesThatCannotBeAnalysedAreCountedAndLeftOut() {
    // A rare yes/no driver: some resamples of 12 respondents miss its only "yes" answers.
    DriverModel m = DriverModel.of("y", List.of("a", "rare"));
    List<DriverResponse> rows = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 12; i++) {
      double a = random.nextInt(1, 6);
      rows.add(DriverResponse.of(a + random.nextInt(0, 3) + (i == 0 ? 3 : 0), a, i == 0 ? 1 : 0));
    }
    ImportanceBootstrap boot = ImportanceBootstrap.of(m, rows, 100, 3);
    assertTrue(boot.failedResamples() > 10 && boot.failedResamples() < 90, () -> "failed " + boot.failedResamples());
    assertTrue(boot.lmg().get(1).raw().contains(boot.analysis().lmg().share("rare").raw()));
  }

  @Test
  void pairwiseBootstrapsResampleEveryResponseUsed() {
    ImportanceBootstrap boot = ImportanceBootstrap.of(Survey.MODEL, MissingAnswers.PAIRWISE, Survey.responses(), 100,
        9, Confidence.ofLevel(0.9));
    assertEquals(60, boot.usedCount());
    assertEquals(0.9, boot.relativeWeights().get(0).raw().level());
    assertEquals(52, boot.analysis().sampleSize());
  }

  @Test
  void badSettingsAndUnanalysableSamplesAreRejected() {
    List<DriverResponse> rows = planted(1, 50);
    assertEquals("Invalid value for resamples (valid values 10 - 1000000): 5",
        assertThrows(InvalidValueException.class, () -> ImportanceBootstrap.of(PLANTED, rows, 5, 1)).getMessage());
    assertEquals(DriverAnalysis.TOO_FEW, assertThrows(InvalidValueException.class,
        () -> ImportanceBootstrap.of(PLANTED, rows.subList(0, 3), 100, 1)).code());
  }
}
