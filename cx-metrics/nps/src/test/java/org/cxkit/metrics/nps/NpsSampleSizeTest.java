package org.cxkit.metrics.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Sample sizes worked by hand from {@code n = z² · v / E²} (margin of error) and
 * {@code n = (z_{1-α/2} + z_power)² · (v1 + v2) / Δ²} (two groups), with {@code v = pP + pD - (pP - pD)²};
 * three fewer for the adjusted Wald method (Lewis and Sauro, MeasuringU 2021: {@code n = s²Z²/d² − 3}).
 * Critical values: z(0.975) = 1.959963984540054 (z² = 3.841458820694126), z(0.95) = 1.644853626951473,
 * z(0.8) = 0.8416212335729142, z(0.9) = 1.2815515655446004; products evaluated in mpmath at 30 digits.
 */
class NpsSampleSizeTest {
  private static final Confidence C95 = Confidence.DEFAULT;
  private static final NpsInterval WALD = NpsInterval.WALD;
  private static final NpsInterval ADJUSTED = NpsInterval.ADJUSTED_WALD;

  @Test
  void marginOfErrorFromAnAssumedDistributionByHand() {
    // pP = 0.5, pD = 0.2 (NPS 30): v = 0.7 - 0.3² = 0.61. E = 5 points = 0.05:
    // n = 3.841458820694126 * 0.61 / 0.0025 = 937.3159522... -> 938 (Wald), 938 - 3 = 935 (adjusted).
    NpsSampleSize plan = NpsSampleSize.assuming(0.5, 0.2);
    assertEquals(0.61, plan.perAnswerVariance(), 1e-15);
    assertEquals(30.0, plan.score(), 1e-12);
    assertEquals(938, plan.forMarginOfError(5, C95, WALD));
    assertEquals(935, plan.forMarginOfError(5, C95, ADJUSTED));
    assertEquals(935, plan.forMarginOfError(5)); // the default: 95 %, adjusted Wald
    assertEquals(935, plan.forMarginOfError(5, C95));
    // At 90 %: 1.644853626951473² * 0.61 / 0.0025 = 660.1526028 -> 661 (Wald).
    assertEquals(661, plan.forMarginOfError(5, Confidence.ofLevel(0.9), WALD));
  }

  @Test
  void theWorstCaseNeedsTheMostAnswers() {
    // Half promoters, half detractors: v = 1 - 0² = 1, the largest. E = 10: 3.841458820694126 / 0.01
    // = 384.1458820694126 -> 385 (Wald), 382 (adjusted); E = 5: 1536.583528277650 -> 1537, 1534.
    assertEquals(1.0, NpsSampleSize.MOST_VARIABLE.perAnswerVariance());
    assertEquals(385, NpsSampleSize.MOST_VARIABLE.forMarginOfError(10, C95, WALD));
    assertEquals(382, NpsSampleSize.MOST_VARIABLE.forMarginOfError(10));
    assertEquals(1537, NpsSampleSize.MOST_VARIABLE.forMarginOfError(5, C95, WALD));
    assertEquals(1534, NpsSampleSize.MOST_VARIABLE.forMarginOfError(5));
  }

  @Test
  void aPublishedMarginOfErrorReadBackwards() {
    // Market Strategies (Research Access, "NPS Requires Much Larger Sample Sizes Than Alternatives"):
    // 40 % promoters, 40 % passives, 20 % detractors, n = 500 give an NPS of 20 "+/- 6.6" at 95 %.
    // By hand: v = 0.6 - 0.2² = 0.56, 100 * 1.959964 * sqrt(0.56 / 500) = 6.5592940772 -> 6.6.
    NpsSampleSize plan = NpsSampleSize.assuming(0.4, 0.2);
    assertEquals(6.5592940772444569, plan.marginOfError(500, C95, WALD), 1e-12);
    assertEquals(6.6, Math.round(plan.marginOfError(500, C95, WALD) * 10) / 10.0);
    assertEquals(plan.marginOfError(500, C95, WALD),
        NpsTally.of(100, 200, 200).estimate(C95, WALD).marginOfError(), 1e-12); // the reported interval agrees
    // Backwards: a margin of 6.6 needs 3.841458820694126 * 0.56 / 0.066² = 493.8514553693 -> 494 answers,
    // no more than the 500 of the study.
    assertEquals(494, plan.forMarginOfError(6.6, C95, WALD));
    // The adjusted Wald margin rests on n + 3: 100 * 1.959964 * sqrt(1 / 103) = 19.3120989811 for the worst case.
    assertEquals(19.312098981148635, NpsSampleSize.MOST_VARIABLE.marginOfError(100), 1e-12);
    assertEquals(NpsSampleSize.MOST_VARIABLE.marginOfError(100), NpsSampleSize.MOST_VARIABLE.marginOfError(100, C95));
  }

  @Test
  void anObservedTallyIsAPlan() {
    // 2 detractors, 3 passives, 5 promoters: the shares 0.5 and 0.2 of the first test.
    assertEquals(NpsSampleSize.assuming(0.5, 0.2), NpsSampleSize.from(NpsTally.of(2, 3, 5)));
    assertEquals(938, NpsSampleSize.from(NpsTally.of(2, 3, 5)).forMarginOfError(5, C95, WALD));
    assertThrows(IllegalStateException.class, () -> NpsSampleSize.from(NpsTally.empty()));
  }

  @Test
  void perGroupToDetectADifferenceByHand() {
    // Group 1: pP 0.4, pD 0.2 (NPS 20, v1 = 0.56); group 2: pP 0.5, pD 0.2 (NPS 30, v2 = 0.61); Δ = 0.1.
    // α = 0.05, power 0.8: (1.959963984540054 + 0.8416212335729142)² = 2.801585218112968² = 7.848879734349089;
    // n = 7.848879734349089 * 1.17 / 0.01 = 918.3189289188434 -> 919 per group (Wald), 916 (adjusted).
    NpsSampleSize before = NpsSampleSize.assuming(0.4, 0.2);
    NpsSampleSize after = NpsSampleSize.assuming(0.5, 0.2);
    assertEquals(919, before.perGroupToDetect(after, 0.8, C95, WALD));
    assertEquals(916, before.perGroupToDetect(after, 0.8, C95, ADJUSTED));
    assertEquals(916, before.perGroupToDetect(after, 0.8));
    assertEquals(916, before.perGroupToDetect(after, 0.8, C95));
    assertEquals(919, after.perGroupToDetect(before, 0.8, C95, WALD)); // symmetric
    // α = 0.10, power 0.9: pP 0.6, pD 0.4 (NPS 20, v = 1 - 0.04 = 0.96) against the worst case (NPS 0, v = 1):
    // (1.644853626951473 + 1.2815515655446004)² = 8.563847350667979; * 1.96 / 0.04 = 419.6285201827 -> 420.
    assertEquals(420, NpsSampleSize.assuming(0.6, 0.4)
        .perGroupToDetect(NpsSampleSize.MOST_VARIABLE, 0.9, Confidence.ofLevel(0.9), WALD));
  }

  @Test
  void degeneratePlansNeedOneAnswer() {
    // All promoters assumed: v = 1 - 1² = 0, so n = 0, reported as the one answer any interval needs.
    assertEquals(1, NpsSampleSize.assuming(1, 0).forMarginOfError(1, C95, WALD));
    assertEquals(1, NpsSampleSize.assuming(1, 0).forMarginOfError(1));
    // All promoters against all detractors: v1 + v2 = 0, Δ = 2.
    assertEquals(1, NpsSampleSize.assuming(1, 0).perGroupToDetect(NpsSampleSize.assuming(0, 1), 0.99));
  }

  @Test
  void invalidPlansAreRejectedByName() {
    InvalidValueException sum = assertThrows(InvalidValueException.class, () -> NpsSampleSize.assuming(0.7, 0.4));
    assertEquals("detractorShare", sum.field());
    assertEquals("promoterShare", assertThrows(InvalidValueException.class,
        () -> NpsSampleSize.assuming(1.5, 0)).field());
    assertEquals(ReasonCode.NOT_FINITE, assertThrows(InvalidValueException.class,
        () -> NpsSampleSize.assuming(Double.NaN, 0)).code());
    NpsSampleSize plan = NpsSampleSize.assuming(0.5, 0.2);
    InvalidValueException zero = assertThrows(InvalidValueException.class, () -> plan.forMarginOfError(0));
    assertEquals("Invalid value for marginOfError (valid values greater than 0 up to 200): 0.0", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> plan.forMarginOfError(-1));
    assertThrows(IllegalArgumentException.class, () -> plan.forMarginOfError(200.5));
    assertEquals(ReasonCode.NOT_FINITE,
        assertThrows(InvalidValueException.class, () -> plan.forMarginOfError(Double.NaN)).code());
    // 1e-9 points: n = 3.84 * 0.61 / 1e-22 = 2.3e22, more than 2^62.
    assertEquals(ReasonCode.TOO_LARGE,
        assertThrows(InvalidValueException.class, () -> plan.forMarginOfError(1e-9)).code());
    InvalidValueException power = assertThrows(InvalidValueException.class,
        () -> plan.perGroupToDetect(NpsSampleSize.MOST_VARIABLE, 1.0));
    assertEquals("Invalid value for power (valid values from 0.5 to less than 1): 1.0", power.getMessage());
    assertThrows(IllegalArgumentException.class, () -> plan.perGroupToDetect(NpsSampleSize.MOST_VARIABLE, 0.4));
    // No difference to detect: 0.6 - 0.3 = 0.5 - 0.2.
    assertEquals("other", assertThrows(InvalidValueException.class,
        () -> plan.perGroupToDetect(NpsSampleSize.assuming(0.6, 0.3), 0.8)).field());
    // 0.03 - 0.02 = 0.009999999999999998 in doubles, against 0.01 - 0: the same score, not a difference
    // of 2e-18 needing 10^36 answers.
    assertEquals(ReasonCode.INVALID, assertThrows(InvalidValueException.class,
        () -> NpsSampleSize.assuming(0.01, 0).perGroupToDetect(NpsSampleSize.assuming(0.03, 0.02), 0.8)).code());
    assertThrows(IllegalArgumentException.class, () -> plan.marginOfError(0));
  }

  private static Gen<NpsSampleSize> plans() {
    return integers().between(0, 100).zip(integers().between(0, 100), (p, d) -> NpsSampleSize.assuming(
        p / 100.0, Math.min(d, 100 - p) / 100.0));
  }

  private static Gen<Double> margins() {
    return doubles().between(0.01, 200);
  }

  @Test
  void theSampleSizeNeverGrowsWithTheMargin() {
    qt().forAll(plans(), margins(), margins(), integers().between(0, 1)).check((plan, a, b, m) -> {
      NpsInterval method = NpsInterval.values()[m];
      long atSmaller = plan.forMarginOfError(Math.min(a, b), C95, method);
      long atLarger = plan.forMarginOfError(Math.max(a, b), C95, method);
      return atSmaller >= atLarger && atLarger >= 1;
    });
  }

  @Test
  void theSampleSizeNeverShrinksWithThePowerOrTheLevel() {
    qt().forAll(plans(), plans(), doubles().between(0.5, 0.999), doubles().between(0.5, 0.999))
        .assuming((x, y, p, q) -> Math.abs(x.score() - y.score()) > 0.5) // on a grid of 1 point
        .check((x, y, p, q) -> {
          long lower = x.perGroupToDetect(y, Math.min(p, q), C95, NpsInterval.WALD);
          long higher = x.perGroupToDetect(y, Math.max(p, q), C95, NpsInterval.WALD);
          long atNinetyNine = x.perGroupToDetect(y, Math.min(p, q), Confidence.ofLevel(0.99), NpsInterval.WALD);
          return 1 <= lower && lower <= higher && lower <= atNinetyNine;
        });
  }

  @Test
  void thePlannedSampleIsTheSmallestThatMeetsTheMargin() {
    // n meets the margin, and n - 1 does not (unless n is 1): the plan is the inverse of marginOfError.
    qt().forAll(plans(), doubles().between(0.5, 50), integers().between(0, 1)).check((plan, e, m) -> {
      NpsInterval method = NpsInterval.values()[m];
      long n = plan.forMarginOfError(e, C95, method);
      boolean meets = plan.marginOfError(n, C95, method) <= e * (1 + 1e-12);
      boolean smallest = n == 1 || plan.marginOfError(n - 1, C95, method) > e * (1 - 1e-12);
      return meets && smallest;
    });
  }

  @Test
  void theAdjustedWaldNeedsThreeAnswersFewerExceptAtTheFloor() {
    qt().forAll(plans(), margins()).check((plan, e) -> {
      long wald = plan.forMarginOfError(e, C95, WALD);
      long adjusted = plan.forMarginOfError(e, C95, ADJUSTED);
      return adjusted == Math.max(1, wald - 3);
    });
  }

  @Test
  void readableForm() {
    assertTrue(NpsSampleSize.assuming(0.5, 0.25).toString().equals("NpsSampleSize{promoters=0.5, detractors=0.25, score=25.0}"));
  }
}
