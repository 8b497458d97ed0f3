package org.cxkit.metrics.nps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.cxkit.core.result.Confidence;
import org.junit.jupiter.api.Test;

/**
 * The intervals' coverage, checked by simulation against a known population, which is how Rocks
 * (2016) compared the methods: draw many samples from fixed shares, and count how often each 95 %
 * interval contains the true score. A separate computation (numpy, 200,000 samples) gave, for the
 * two populations below, Wald 0.931 and adjusted Wald 0.950 (shares 0.1/0.3/0.6, n = 30), and Wald
 * 0.791 and adjusted Wald 0.944 (shares 0.02/0.08/0.9, n = 15). With 20,000 samples the standard
 * error of a coverage is about 0.0015, so the bounds below leave ten of them.
 */
class NpsIntervalCoverageTest {
  private static final int SAMPLES = 20_000;

  private static double[] coverage(double detractors, double passives, int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double truth = 100 * (1 - detractors - passives - detractors);
    int waldHits = 0;
    int adjustedHits = 0;
    for (int i = 0; i < SAMPLES; i++) {
      long d = 0;
      long pa = 0;
      long p = 0;
      for (int k = 0; k < n; k++) {
        double u = random.nextDouble();
        if (u < detractors) {
          d++;
        } else if (u < detractors + passives) {
          pa++;
        } else {
          p++;
        }
      }
      NpsTally t = NpsTally.of(d, pa, p);
      waldHits += t.estimate(Confidence.DEFAULT, NpsInterval.WALD).contains(truth) ? 1 : 0;
      adjustedHits += t.estimate().contains(truth) ? 1 : 0;
    }
    return new double[] {(double) waldHits / SAMPLES, (double) adjustedHits / SAMPLES};
  }

  @Test
  void adjustedWaldKeepsItsNominalCoverageInAModerateSample() {
    // True NPS = 100 * (0.6 - 0.1) = 50.
    double[] c = coverage(0.1, 0.3, 30, 1);
    assertTrue(c[1] > 0.935 && c[1] < 0.965, "adjusted Wald coverage " + c[1]);
    assertTrue(c[0] < c[1], "Wald " + c[0] + " vs adjusted " + c[1]);
  }

  @Test
  void waldUndercoversNearTheTopOfTheScaleAndTheAdjustedWaldDoesNot() {
    // True NPS = 100 * (0.9 - 0.02) = 88: most samples of 15 are nearly all promoters.
    double[] c = coverage(0.02, 0.08, 15, 2);
    assertTrue(c[0] < 0.85, "Wald coverage " + c[0]);
    assertTrue(c[1] > 0.925 && c[1] < 0.965, "adjusted Wald coverage " + c[1]);
  }
}
