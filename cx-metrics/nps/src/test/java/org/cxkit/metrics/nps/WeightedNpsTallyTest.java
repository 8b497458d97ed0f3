package org.cxkit.metrics.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
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
    assertEquals(4, t.count());
    assertEquals(4, t.countWithWeight());
    assertEquals(8.0, t.totalWeight());
    assertEquals(-12.5, t.score());
    assertEquals(64.0 / 22, t.effectiveSampleSize(), 1e-15);
    assertEquals(2954.1015625, t.variance(), 1e-9);
    Estimate e = t.estimate(Confidence.DEFAULT, NpsInterval.WALD);
    assertEquals(4, e.n());
    assertEquals(64.0 / 22, e.effectiveN(), 1e-15);
    assertEquals(Math.sqrt(2954.1015625), e.standardError().orElseThrow(), 1e-11);
    assertTrue(e.isBelowMinimum()); // n_eff 2.9 < 30
    // Wald: -12.5 ± 1.959963984540054 * 54.3516472... = -12.5 ± 106.527..., clamped at -100 below;
    // 54.35164723 = sqrt(2954.1015625) and 1.959964 * 54.351647 = 106.52727, so the upper bound is 94.02727.
    assertEquals(-100.0, e.lower());
    assertEquals(-12.5 + 1.959963984540054 * Math.sqrt(2954.1015625), e.upper(), 1e-11);
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
              && wt.effectiveSampleSize() == ut.count()
              && wt.estimate().equals(ut.estimate())
              && wt.estimate(Confidence.DEFAULT, NpsInterval.WALD)
                  .equals(ut.estimate(Confidence.DEFAULT, NpsInterval.WALD));
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
  void aRespondentOfWeightZeroIsValidAndContributesNothing() {
    // The answers of weightedScoreAndKishEffectiveSampleSizeByHand, (10, 2), (9, 1), (7, 1), (3, 4),
    // plus (0, w=0) and (10, w=0). The zero weights add 0 to W_D, W_P, W and Σw², so by hand:
    // W = 8, W_P = 3, W_D = 4, score 100 (3 - 4) / 8 = -12.5, n_eff = 8² / 22 = 2.909...; the answers
    // are counted (count 6) but the estimate rests on the 4 with weight, as if the others were absent.
    WeightedNpsTally four = tally(new int[] {10, 9, 7, 3}, new double[] {2, 1, 1, 4});
    WeightedNpsTally six = tally(new int[] {10, 9, 0, 7, 3, 10}, new double[] {2, 1, 0, 1, 4, -0.0});
    assertEquals(6, six.count());
    assertEquals(4, six.countWithWeight());
    assertEquals(8.0, six.totalWeight());
    assertEquals(22.0, six.sumOfSquaredWeights());
    assertEquals(-12.5, six.score());
    assertEquals(64.0 / 22, six.effectiveSampleSize(), 1e-15);
    assertEquals(four.estimate(), six.estimate());
    assertEquals(four.estimate(Confidence.DEFAULT, NpsInterval.WALD), six.estimate(Confidence.DEFAULT, NpsInterval.WALD));
    assertEquals(4, six.estimate().n());
    assertEquals(0.0, WeightedAnswer.of(10, -0.0).weight()); // -0.0 is 0, not a negative weight
  }

  @Test
  void weightsThatAreAllZeroGiveNoScoreAndSaySo() {
    // Two answers of weight 0: W = 0, so 100 (W_P - W_D) / W would be 0 / 0. The tally is not empty
    // (count 2) but has no weight, and every figure throws a clear IllegalStateException.
    WeightedNpsTally t = tally(new int[] {9, 3}, new double[] {0, 0});
    assertEquals(2, t.count());
    assertEquals(0, t.countWithWeight());
    assertTrue(!t.isEmpty() && !t.hasWeight());
    IllegalStateException e = assertThrows(IllegalStateException.class, t::score);
    assertEquals("Every answer has weight 0 (count = 2, total weight 0): a weighted tally without weight "
        + "has no score, shares or interval", e.getMessage());
    assertThrows(IllegalStateException.class, t::estimate);
    assertThrows(IllegalStateException.class, t::effectiveSampleSize);
    assertThrows(IllegalStateException.class, () -> NpsComparison.of(t, t));
    // Adding weight later gives a score: (10, 1) alone is 100.
    assertEquals(100.0, t.plus(tally(new int[] {10}, new double[] {1})).score());
  }

  @Test
  void badWeightsAndScoresAreRejectedByNameAndCode() {
    WeightedNpsAccumulator a = WeightedNpsTally.accumulator();
    InvalidValueException negative = assertThrows(InvalidValueException.class, () -> a.add(9, -1));
    assertEquals("Invalid value for weight (valid values 0 or 1.0E-100 - 1.0E100): -1.0", negative.getMessage());
    assertEquals(ReasonCode.OUT_OF_RANGE, negative.code());
    assertEquals("weight", negative.field());
    InvalidValueException nan = assertThrows(InvalidValueException.class, () -> a.add(9, Double.NaN));
    assertEquals("Invalid value for weight (must be finite): NaN", nan.getMessage());
    assertEquals(ReasonCode.NOT_FINITE, nan.code());
    assertEquals(ReasonCode.NOT_FINITE,
        assertThrows(InvalidValueException.class, () -> a.add(9, Double.POSITIVE_INFINITY)).code());
    assertEquals("score", assertThrows(InvalidValueException.class, () -> a.add(11, 1)).field());
    // Squares of these would underflow to 0 or overflow to infinity, and n_eff would be NaN.
    assertThrows(IllegalArgumentException.class, () -> a.add(9, 1e-170));
    assertThrows(IllegalArgumentException.class, () -> a.add(9, 1e170));
    assertThrows(IllegalArgumentException.class, () -> WeightedAnswer.of(9, -1e-300));
    assertEquals(0, a.count());
    assertEquals(WeightedNpsTally.empty(), a.snapshot());
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
    assertEquals(0, WeightedNpsTally.empty().count());
    assertEquals("WeightedNpsTally{count=0, countWithWeight=0, detractors=0.0, passives=0.0, promoters=0.0}",
        WeightedNpsTally.empty().toString());
  }

  @Test
  void collectorMatchesTheAccumulator() {
    record Answer(int score, double weight) {}
    List<Answer> answers = List.of(new Answer(10, 2), new Answer(9, 1), new Answer(7, 1), new Answer(3, 4));
    WeightedNpsTally t = answers.stream()
        .collect(WeightedNpsTally.toWeightedTally(Answer::score, Answer::weight));
    assertEquals(-12.5, t.score());
    assertEquals(22.0, t.sumOfSquaredWeights());
    List<WeightedAnswer> same = answers.stream().map(x -> WeightedAnswer.of(x.score(), x.weight())).toList();
    assertEquals(t, same.parallelStream().collect(WeightedNpsTally.toWeightedTally()));
  }

  @Test
  void weightedTalliesCompareWithTheirEffectiveSampleSizes() {
    // Weights of 1 compare exactly as the unweighted tallies do (n_eff = n).
    WeightedNpsTally a = tally(new int[] {0, 0, 7, 7, 7, 9, 9, 9, 9, 9}, new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    WeightedNpsTally b = tally(new int[] {10, 10, 10}, new double[] {1, 1, 1});
    assertEquals(NpsComparison.of(NpsTally.of(2, 3, 5), NpsTally.of(0, 0, 3)), NpsComparison.of(a, b));
  }
}
