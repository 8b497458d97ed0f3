package org.cxkit.metrics.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values worked by hand in the comments; n_eff after Kish (1965), Survey Sampling. */
class WeightedNpsTallyTest {

  private static WeightedNpsTally tally(int[] scores, double[] weights) {
    WeightedNpsAccumulator a = WeightedNpsTally.accumulator();
    for (int i = 0; i < scores.length; i++) {
      a.add(scores[i], weights[i]);
    }
    return a.snapshot();
  }

  @Test
  void weightedScoreAndKishEffectiveSampleSizeByHand() {
    // (10, w=2), (9, w=1), (7, w=1), (3, w=4): W = 8, W_P = 3, W_passive = 1, W_D = 4.
    // Score = 100 (3 - 4) / 8 = -12.5. Σw² = 4 + 1 + 1 + 16 = 22, n_eff = 64 / 22 = 2.90909...
    // pP = 0.375, pD = 0.5: 0.875 - 0.015625 = 0.859375; variance = 10^4 * 0.859375 * 22 / 64
    // = 2954.1015625.
    WeightedNpsTally t = tally(new int[] {10, 9, 7, 3}, new double[] {2, 1, 1, 4});
    assertEquals(4, t.n());
    assertEquals(8.0, t.totalWeight());
    assertEquals(-12.5, t.score());
    assertEquals(64.0 / 22, t.effectiveSampleSize(), 1e-15);
    assertEquals(2954.1015625, t.variance(), 1e-9);
    NpsEstimate e = t.estimate(NpsPolicy.DEFAULT.withMethod(NpsInterval.WALD));
    assertEquals(4, e.n());
    assertEquals(64.0 / 22, e.effectiveSampleSize(), 1e-15);
    assertEquals(Math.sqrt(2954.1015625), e.standardError(), 1e-11);
    assertTrue(e.isBelowMinimum());
  }

  @Test
  void equalWeightsOfAnySizeGiveTheUnweightedScoreAndSampleSize() {
    // Σw = 5c, Σw² = 5c², n_eff = 25c² / 5c² = 5.
    WeightedNpsTally t = tally(new int[] {10, 9, 7, 3, 0}, new double[] {2.5, 2.5, 2.5, 2.5, 2.5});
    assertEquals(5.0, t.effectiveSampleSize(), 1e-15);
    assertEquals(0.0, t.score());
  }

  @Test
  void weightsOfOneReproduceTheUnweightedEstimateExactly() {
    qt().forAll(lists().of(integers().between(0, 10)).ofSizeBetween(1, 300))
        .check(scores -> {
          WeightedNpsAccumulator w = WeightedNpsTally.accumulator();
          NpsAccumulator u = NpsTally.accumulator();
          scores.forEach(s -> {
            w.add(s, 1.0);
            u.add(s);
          });
          WeightedNpsTally wt = w.snapshot();
          NpsTally ut = u.snapshot();
          return wt.score() == ut.score() && wt.variance() == ut.variance()
              && wt.effectiveSampleSize() == ut.n()
              && wt.estimate().equals(ut.estimate())
              && wt.estimate(NpsPolicy.DEFAULT.withMethod(NpsInterval.WALD))
                  .equals(ut.estimate(NpsPolicy.DEFAULT.withMethod(NpsInterval.WALD)));
        });
  }

  @Test
  void effectiveSampleSizeIsBetweenOneAndN() {
    qt().forAll(lists().of(integers().between(0, 10)).ofSizeBetween(1, 100),
            lists().of(integers().between(1, 1000)).ofSize(100))
        .check((scores, weights) -> {
          WeightedNpsAccumulator a = WeightedNpsTally.accumulator();
          for (int i = 0; i < scores.size(); i++) {
            a.add(scores.get(i), weights.get(i) / 10.0);
          }
          double nEff = a.snapshot().effectiveSampleSize();
          return nEff >= 1 - 1e-12 && nEff <= scores.size() * (1 + 1e-12);
        });
  }

  @Test
  void badWeightsAndScoresAreRejectedByName() {
    WeightedNpsAccumulator a = WeightedNpsTally.accumulator();
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> a.add(9, 0));
    assertEquals("Invalid value for weight (valid values 1.0E-100 - 1.0E100): 0.0", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> a.add(9, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> a.add(9, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> a.add(11, 1));
    // Squares of these would underflow to 0 or overflow to infinity, and n_eff would be NaN.
    assertThrows(IllegalArgumentException.class, () -> a.add(9, 1e-170));
    assertThrows(IllegalArgumentException.class, () -> a.add(9, 1e170));
    assertEquals(0, a.n());
  }

  @Test
  void extremeAcceptedWeightsStayFinite() {
    for (double w : new double[] {1e-100, 1e100}) {
      WeightedNpsAccumulator a = WeightedNpsTally.accumulator();
      a.add(10, w);
      a.add(0, w);
      a.add(8, w);
      WeightedNpsTally t = a.snapshot();
      // Equal weights: n_eff = (3w)^2 / (3 w^2) = 3, and the score is that of 10, 0, 8: 0.
      assertEquals(3, t.effectiveSampleSize(), 1e-12);
      assertEquals(0, t.estimate().value(), 1e-12);
      assertTrue(Double.isFinite(t.estimate().lower()) && Double.isFinite(t.estimate().upper()));
    }
  }

  @Test
  void emptyWeightedTally() {
    assertTrue(WeightedNpsTally.empty().isEmpty());
    assertThrows(IllegalStateException.class, () -> WeightedNpsTally.empty().score());
    assertThrows(IllegalStateException.class, () -> WeightedNpsTally.empty().effectiveSampleSize());
    assertEquals(WeightedNpsTally.empty(), WeightedNpsTally.accumulator().snapshot());
  }

  @Test
  void collectorMatchesTheAccumulator() {
    record Answer(int score, double weight) {}
    List<Answer> answers = List.of(new Answer(10, 2), new Answer(9, 1), new Answer(7, 1), new Answer(3, 4));
    WeightedNpsTally t = answers.stream()
        .collect(WeightedNpsTally.toWeightedTally(Answer::score, Answer::weight));
    assertEquals(-12.5, t.score());
    assertEquals(22.0, t.sumOfSquaredWeights());
  }
}
