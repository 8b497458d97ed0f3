package org.cxkit.metrics.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.Reason;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;
import org.junit.jupiter.api.Test;

/** Every expected value is worked out by hand in the comment beside it. */
class NpsTallyTest {

  @Test
  void scoreAndSharesFromCounts() {
    // 2 detractors, 3 passives, 5 promoters: n = 10, NPS = 100 * (5 - 2) / 10 = 30.
    NpsTally t = NpsTally.of(2, 3, 5);
    assertEquals(10, t.count());
    assertEquals(3, t.netCount());
    assertEquals(30.0, t.score());
    assertEquals(0.5, t.promoterShare());
    assertEquals(0.3, t.passiveShare());
    assertEquals(0.2, t.detractorShare());
    assertEquals(5, t.count(NpsCategory.PROMOTER));
    assertEquals(3, t.count(NpsCategory.PASSIVE));
    assertEquals(2, t.count(NpsCategory.DETRACTOR));
  }

  @Test
  void scoreIsComputedFromCountsNotFromRoundedPercentages() {
    // 2 promoters and 1 detractor of 3: 100 * (2 - 1) / 3 = 33.333...
    // Rounded percentages would give 67 % - 33 % = 34; the counts give 33.33 (rounded 33).
    NpsTally t = NpsTally.of(1, 0, 2);
    assertEquals(100.0 / 3, t.score());
    assertEquals(33, t.roundedScore());
  }

  @Test
  void extremesAndTheSmallestSamples() {
    assertEquals(100.0, NpsTally.of(0, 0, 1).score()); // one promoter
    assertEquals(-100.0, NpsTally.of(1, 0, 0).score()); // one detractor
    assertEquals(0.0, NpsTally.of(0, 1, 0).score()); // one passive
    assertEquals(0.0, NpsTally.of(0, 20, 0).score()); // all passives
    assertEquals(100.0, NpsTally.of(0, 0, 7).score()); // all promoters
    assertEquals(-100.0, NpsTally.of(7, 0, 0).score()); // all detractors
    // Answers 0 and 10 are the scale's ends: 0 a detractor, 10 a promoter.
    assertEquals(NpsTally.of(1, 0, 1), NpsTally.fromScores(0, 10).value());
  }

  @Test
  void roundingOfNegativeHalvesIsHalfAwayFromZero() {
    // 1 detractor and 7 passives: 100 * (0 - 1) / 8 = -12.5 exactly.
    NpsTally minusTwelveAndAHalf = NpsTally.of(1, 7, 0);
    assertEquals(-12.5, minusTwelveAndAHalf.score());
    assertEquals(-13, minusTwelveAndAHalf.roundedScore()); // half away from zero
    assertEquals(-12, Math.round(minusTwelveAndAHalf.score())); // what Math.round would have said
    assertEquals(-12, minusTwelveAndAHalf.roundedScore(RoundingMode.HALF_EVEN));
    assertEquals(-12, minusTwelveAndAHalf.roundedScore(RoundingMode.HALF_DOWN));
    assertEquals(-13, minusTwelveAndAHalf.roundedScore(RoundingMode.FLOOR));
    assertEquals(-12, minusTwelveAndAHalf.roundedScore(RoundingMode.CEILING));
    assertThrows(ArithmeticException.class, () -> minusTwelveAndAHalf.roundedScore(RoundingMode.UNNECESSARY));
    // Mirror image: 1 promoter and 7 passives, +12.5 rounds to +13.
    assertEquals(13, NpsTally.of(0, 7, 1).roundedScore());
    // 3 detractors, 35 passives, 2 promoters: 100 * (2 - 3) / 40 = -2.5 -> -3.
    assertEquals(-3, NpsTally.of(3, 35, 2).roundedScore());
    // Not a half: 1 detractor of 6: -16.67 -> -17; 1 promoter of 6: 16.67 -> 17.
    assertEquals(-17, NpsTally.of(1, 5, 0).roundedScore());
    assertEquals(17, NpsTally.of(0, 5, 1).roundedScore());
  }

  @Test
  void roundingIsExactWhereBinaryFloatingPointIsNot() {
    // 100 * 3 / 40 = 7.5 exactly; 100 * 1 / 200 = 0.5, and 100 * -1 / 200 = -0.5 -> -1.
    assertEquals(8, NpsTally.of(0, 37, 3).roundedScore());
    assertEquals(1, NpsTally.of(0, 199, 1).roundedScore());
    assertEquals(-1, NpsTally.of(1, 199, 0).roundedScore());
    // 100 * 1 / 3 = 33.33..., 100 * 2 / 3 = 66.67: no half, plain rounding.
    assertEquals(67, NpsTally.of(0, 1, 2).roundedScore());
  }

  @Test
  void varianceOfTheScoreAsADifferenceOfMultinomialShares() {
    // pP = 0.5, pD = 0.2: pP + pD - (pP - pD)^2 = 0.7 - 0.09 = 0.61; times 100^2 / 10 = 610.
    NpsTally t = NpsTally.of(2, 3, 5);
    assertEquals(610.0, t.variance(), 1e-12);
    assertEquals(Math.sqrt(610), t.standardError(), 1e-13);
    // One category only: no spread at all.
    assertEquals(0.0, NpsTally.of(0, 0, 9).variance());
    assertEquals(0.0, NpsTally.of(0, 9, 0).variance());
    assertEquals(0.0, NpsTally.of(9, 0, 0).variance());
    // Half promoters, half detractors: 1 - 0 = 1, the largest per-answer variance; / 4 -> 2500.
    assertEquals(2500.0, NpsTally.of(2, 0, 2).variance());
  }

  @Test
  void emptyTallyHasCountsButNoScore() {
    NpsTally empty = NpsTally.empty();
    assertTrue(empty.isEmpty());
    assertEquals(0, empty.count());
    assertEquals(empty, NpsTally.of(0, 0, 0));
    IllegalStateException e = assertThrows(IllegalStateException.class, empty::score);
    assertTrue(e.getMessage().contains("count = 0"), e.getMessage());
    assertThrows(IllegalStateException.class, empty::roundedScore);
    assertThrows(IllegalStateException.class, empty::promoterShare);
    assertThrows(IllegalStateException.class, empty::variance);
    assertThrows(IllegalStateException.class, empty::estimate);
    assertEquals("NpsTally{detractors=0, passives=0, promoters=0, count=0}", empty.toString());
  }

  @Test
  void negativeCountsAreRejectedByName() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NpsTally.of(0, -1, 0));
    assertEquals("Invalid value for passives (must not be negative): -1", e.getMessage());
    assertEquals(ReasonCode.OUT_OF_RANGE, e.code());
    assertEquals("passives", e.field());
  }

  @Test
  void countsThatOverflowAreAnIllegalArgumentNamingTheField() {
    // Long.MAX_VALUE = 9223372036854775807 detractors and 1 passive: the count would be
    // 9223372036854775807 + 1 = 9223372036854775808 = 2^63, one more than a long holds.
    InvalidValueException total = assertThrows(InvalidValueException.class, () -> NpsTally.of(Long.MAX_VALUE, 1, 0));
    assertEquals("Invalid value for count (must not exceed 9223372036854775807): 9223372036854775808",
        total.getMessage());
    assertEquals(ReasonCode.TOO_LARGE, total.code());
    // All three at the maximum: 3 * 9223372036854775807 = 27670116110564327421, shown exactly.
    assertEquals("Invalid value for count (must not exceed 9223372036854775807): 27670116110564327421",
        assertThrows(IllegalArgumentException.class,
            () -> NpsTally.of(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE)).getMessage());
    // plus: 2^62 promoters twice is 2^63 = 9223372036854775808 promoters, named as promoters.
    NpsTally half = NpsTally.of(0, 0, 1L << 62);
    InvalidValueException plus = assertThrows(InvalidValueException.class, () -> half.plus(half));
    assertEquals("promoters", plus.field());
    assertEquals("Invalid value for promoters (must not exceed 9223372036854775807): 9223372036854775808",
        plus.getMessage());
    // Each category fits but the total does not: 2^62 detractors + 2^62 promoters = 2^63 answers.
    NpsTally d = NpsTally.of(1L << 62, 0, 0);
    assertEquals("count", assertThrows(InvalidValueException.class, () -> d.plus(half)).field());
  }

  @Test
  void bulkScoresSetAsideAnswersOffTheScale() {
    BulkResult<Integer, NpsTally> r = NpsTally.fromScores(10, 11, 3, -1, 7, 9, 0);
    // Used: 10, 3, 7, 9, 0 -> detractors {3, 0}, passive {7}, promoters {10, 9}.
    assertEquals(NpsTally.of(2, 1, 2), r.value());
    assertEquals(5, r.usedCount());
    assertEquals(7, r.givenCount());
    assertEquals(List.of(
            SetAside.of(1, 11, Reason.of(ReasonCode.OUT_OF_RANGE, "score",
                "Invalid value for score (valid values 0 - 10): 11")),
            SetAside.of(3, -1, Reason.of(ReasonCode.OUT_OF_RANGE, "score",
                "Invalid value for score (valid values 0 - 10): -1"))),
        r.setAside());
    // 11 and -1 are two values but one reason: the counts group by code.
    assertEquals(Map.of(ReasonCode.OUT_OF_RANGE, 2L), r.reasonCounts());
  }

  @Test
  void aSetAsideScoreCarriesTheReasonTheAccumulatorThrows() {
    // The bulk path builds its reasons without an exception; they must be the ones a single add gives.
    for (int bad : new int[] {11, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> NpsTally.accumulator().add(bad));
      assertEquals(e.reason(), NpsTally.fromScores(5, bad).setAside().get(0).reason());
    }
  }

  @Test
  void bulkRawAnswersSetAsideMissingFractionalAndOffScaleByReason() {
    BulkResult<Double, NpsTally> r = NpsTally.fromAnswers(
        9.0, Double.NaN, 7.5, 11.0, 6.0, Double.POSITIVE_INFINITY, -0.0, 10.0, -3.0, 8.0, 0.25);
    // Used: 9, 6, -0 (= 0), 10, 8 -> detractors {6, 0}, passive {8}, promoters {9, 10}.
    assertEquals(NpsTally.of(2, 1, 2), r.value());
    assertEquals(11, r.givenCount());
    // Set aside: NaN (missing), 7.5 and 0.25 (not whole), 11 and -3 (off the scale), +infinity (not finite).
    assertEquals(Map.of(ReasonCode.MISSING, 1L, NpsCategory.NOT_A_WHOLE_NUMBER, 2L,
        ReasonCode.OUT_OF_RANGE, 2L, ReasonCode.NOT_FINITE, 1L), r.reasonCounts());
    assertEquals(SetAside.of(1, Double.NaN, Reason.of(ReasonCode.MISSING, "score",
        "Invalid value for score (missing answer): NaN")), r.setAside().get(0));
    assertEquals(SetAside.of(2, 7.5, Reason.of(NpsCategory.NOT_A_WHOLE_NUMBER, "score",
        "Invalid value for score (must be a whole number from 0 to 10): 7.5")), r.setAside().get(1));
    assertEquals(SetAside.of(3, 11.0, Reason.of(ReasonCode.OUT_OF_RANGE, "score",
        "Invalid value for score (valid values 0 - 10): 11.0")), r.setAside().get(2));
    assertEquals(SetAside.of(5, Double.POSITIVE_INFINITY, Reason.of(ReasonCode.NOT_FINITE, "score",
        "Invalid value for score (must be finite): Infinity")), r.setAside().get(3));
    assertTrue(r.setAside().stream().allMatch(s -> s.reason().field().equals("score")));
  }

  @Test
  void bulkTallyOfMoreAnswersThanOneBlock() {
    // 2^24 + 11 answers, cycling 0..10: 2^24 + 11 = 11 * 1525202 + 5, so 1525203 each of 0..4 and
    // 1525202 each of 5..10. Detractors (0..6): 5 * 1525203 + 2 * 1525202 = 10676419;
    // passives 2 * 1525202 = 3050404; promoters 3050404.
    int[] scores = new int[(1 << 24) + 11];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = i % 11;
    }
    assertEquals(NpsTally.of(10_676_419, 3_050_404, 3_050_404), NpsTally.fromScores(scores).value());
    scores[scores.length - 1] = 11;
    BulkResult<Integer, NpsTally> r = NpsTally.fromScores(scores);
    assertEquals(1, r.setAside().size());
    assertEquals(scores.length - 1, r.setAside().get(0).position());
  }

  @Test
  void emptyBulkInputGivesTheEmptyTally() {
    assertEquals(NpsTally.empty(), NpsTally.fromScores().value());
    assertEquals(NpsTally.empty(), NpsTally.fromAnswers(Double.NaN).value());
    assertEquals(1, NpsTally.fromAnswers(Double.NaN).givenCount());
  }

  @Test
  void responsesAreTalliedByTheirScores() {
    // Scores 10, 9, 8, 0: promoters {10, 9}, passive {8}, detractor {0}.
    List<NpsResponse> responses = List.of(Responses.at(10, "2026-11-24T10:00:00Z"),
        Responses.at(9, "2026-11-24T10:00:00Z"), Responses.at(8, "2026-11-24T10:00:00Z"),
        Responses.at(0, "2026-11-24T10:00:00Z"));
    assertEquals(NpsTally.of(1, 1, 2), NpsTally.ofResponses(responses));
    assertEquals(NpsTally.of(1, 1, 2), responses.parallelStream().collect(NpsTally.toTally()));
    assertEquals(NpsTally.empty(), NpsTally.ofResponses(List.of()));
  }

  @Test
  void plusAddsCounts() {
    assertEquals(NpsTally.of(3, 3, 6), NpsTally.of(2, 3, 5).plus(NpsTally.of(1, 0, 1)));
    assertEquals(NpsTally.of(2, 3, 5), NpsTally.of(2, 3, 5).plus(NpsTally.empty()));
  }

  @Test
  void valueSemantics() {
    assertEquals(NpsTally.of(2, 3, 5), NpsTally.of(2, 3, 5));
    assertEquals(NpsTally.of(2, 3, 5).hashCode(), NpsTally.of(2, 3, 5).hashCode());
    assertNotEquals(NpsTally.of(5, 3, 2), NpsTally.of(2, 3, 5));
    assertEquals("NpsTally{detractors=2, passives=3, promoters=5, count=10, score=30.0}", NpsTally.of(2, 3, 5).toString());
  }
}
