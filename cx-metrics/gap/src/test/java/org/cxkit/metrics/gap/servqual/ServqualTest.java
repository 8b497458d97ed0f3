package org.cxkit.metrics.gap.servqual;

import static org.cxkit.core.experience.QualityDimension.ASSURANCE;
import static org.cxkit.core.experience.QualityDimension.EMPATHY;
import static org.cxkit.core.experience.QualityDimension.RELIABILITY;
import static org.cxkit.core.experience.QualityDimension.RESPONSIVENESS;
import static org.cxkit.core.experience.QualityDimension.TANGIBLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;
import org.junit.jupiter.api.Test;

/** Worked examples and input checks for SERVQUAL; the invariants are in {@link ServqualProperties}. */
class ServqualTest {
  static final QualityDimension A = QualityDimension.of("a");
  static final QualityDimension B = QualityDimension.of("b");

  /** Two dimensions on 1–5: a = items 1, 2; b = items 3, 4, 5, item 5 negatively worded. */
  static final ServqualInstrument SMALL = ServqualInstrument.of("small", Scale.ONE_TO_FIVE, List.of(
      ServqualItem.of(1, A, "one"), ServqualItem.of(2, A, "two"), ServqualItem.of(3, B, "three"),
      ServqualItem.of(4, B, "four"), ServqualItem.reversed(5, B, "five")));

  static final ImportanceWeights A30_B70 = ImportanceWeights.of(Map.of(A, 30, B, 70));

  static ServqualResponse r1() {
    return ServqualResponse.of(SMALL, new int[] {4, 5, 3, 4, 2}, new int[] {3, 5, 4, 2, 4}, A30_B70);
  }

  static ServqualResponse r2() {
    return ServqualResponse.of(SMALL, new int[] {3, 3, 3, 3, 3}, new int[] {4, 4, 3, 3, 1});
  }

  static ServqualResponse r3() {
    return ServqualResponse.of(SMALL, new int[] {5, 5, 5, 5, 5}, new int[] {5, 5, 5, 5, 5});
  }

  @Test
  void servqual1988HasTheInstrumentsShape() {
    // Parasuraman, Zeithaml and Berry (1988), appendix: 22 items, 7-point scale; the negatively
    // worded, reverse-scored statements are 10-13 (responsiveness) and 18-22 (empathy), as the
    // item-by-item reproductions of the 1988 appendix mark them.
    ServqualInstrument s = ServqualInstrument.SERVQUAL_1988;
    assertEquals(22, s.itemCount());
    assertEquals(Scale.ONE_TO_SEVEN, s.scale());
    assertEquals(QualityDimension.SERVQUAL, s.dimensions());
    assertEquals(List.of(1, 2, 3, 4), numbers(s.items(TANGIBLES)));
    assertEquals(List.of(5, 6, 7, 8, 9), numbers(s.items(RELIABILITY)));
    assertEquals(List.of(10, 11, 12, 13), numbers(s.items(RESPONSIVENESS)));
    assertEquals(List.of(14, 15, 16, 17), numbers(s.items(ASSURANCE)));
    assertEquals(List.of(18, 19, 20, 21, 22), numbers(s.items(EMPATHY)));
    Set<Integer> reversed = new TreeSet<>();
    s.items().stream().filter(ServqualItem::reverseScored).forEach(i -> reversed.add(i.number()));
    assertEquals(Set.of(10, 11, 12, 13, 18, 19, 20, 21, 22), reversed);
    assertEquals(7, s.scored(10, 1));
    assertEquals(1, s.scored(1, 1));
  }

  /**
   * Respondent 1 by hand. Item 5 is reversed with x' = 1 + 5 − x: E5 = 2 → 4, P5 = 4 → 2.
   * Gaps: 3−4 = −1, 5−5 = 0, 4−3 = 1, 2−4 = −2, 2−4 = −2. a = (−1 + 0)/2 = −0.5;
   * b = (1 − 2 − 2)/3 = −1; overall = (−0.5 − 1)/2 = −0.75; weighted 30/70 = 0.3·(−0.5) + 0.7·(−1)
   * = −0.85. SERVPERF: a = (3 + 5)/2 = 4, b = (4 + 2 + 2)/3 = 8/3; overall as Cronin and Taylor
   * (1992) define it, the mean of the five item perceptions, (3 + 5 + 4 + 2 + 2)/5 = 16/5; as the
   * unweighted mean of the dimension means, (4 + 8/3)/2 = 10/3. Item-mean gap: (−1 + 0 + 1 − 2 − 2)/5.
   */
  @Test
  void scoresOneRespondentByHand() {
    ServqualScore s = r1().score();
    assertEquals(-1, s.itemGap(1));
    assertEquals(0, s.itemGap(2));
    assertEquals(1, s.itemGap(3));
    assertEquals(-2, s.itemGap(4));
    assertEquals(-2, s.itemGap(5));
    assertEquals(-0.5, s.dimensionGap(A), 1e-15);
    assertEquals(-1.0, s.dimensionGap(B), 1e-15);
    assertEquals(-0.75, s.overallGap(), 1e-15);
    assertEquals(-0.85, s.weightedGap(A30_B70), 1e-15);
    assertEquals(-0.85, s.respondentWeightedGap().getAsDouble(), 1e-15);
    assertEquals(4.0, s.dimensionPerception(A), 1e-15);
    assertEquals(8.0 / 3, s.dimensionPerception(B), 1e-15);
    assertEquals(16.0 / 5, s.overallPerception(), 1e-15);
    assertEquals(16.0 / 5, s.overallPerception(OverallMean.OF_ITEMS), 1e-15);
    assertEquals(10.0 / 3, s.overallPerception(OverallMean.OF_DIMENSIONS), 1e-15);
    assertEquals(-0.75, s.overallGap(OverallMean.OF_DIMENSIONS), 1e-15);
    assertEquals(-4.0 / 5, s.overallGap(OverallMean.OF_ITEMS), 1e-15);
    assertEquals(4.5, s.dimensionExpectation(A), 1e-15);
    assertFalse(r2().score().respondentWeightedGap().isPresent());
  }

  /**
   * Three respondents by hand. Overall gaps: r1 −0.75; r2: gaps 1, 1, 0, 0, 2 (item 5: 6−1 − (6−3))
   * so a = 1, b = 2/3, overall 5/6; r3: 0. Mean = (−0.75 + 0.8333… + 0)/3 = 0.0277…; deviations
   * −0.7778, 0.8056, −0.0278, squares sum 1.254630, s² = 0.627315, s = 0.792032, s/√3 = 0.457280,
   * t(0.975; 2) = 4.302653 (NIST table), half-width 1.967517.
   * Item 4: gaps −2, 0, 0: mean −2/3, s² = (16/9 + 4/9 + 4/9)/2 = 4/3, s/√3 = 2/3, half 2.868435.
   */
  @Test
  void aggregatesThreeRespondentsByHand() {
    ServqualSummary summary = ServqualSummary.of(SMALL, List.of(r1(), r2(), r3()));
    assertEquals(3, summary.count());
    Estimate overall = summary.overallGap();
    assertEquals(1.0 / 36, overall.value(), 1e-15);
    assertEquals(1.967517, overall.marginOfError(), 2e-6);
    assertEquals(0.95, overall.level());
    assertEquals(IntervalMethod.STUDENT_T, overall.method());
    assertEquals(0.457280, overall.standardError().getAsDouble(), 1e-6);
    assertEquals(3, overall.n());
    assertTrue(overall.isBelowMinimum());
    Estimate item4 = summary.itemGap(4);
    assertEquals(-2.0 / 3, item4.value(), 1e-15);
    assertEquals(4.302653 * 2 / 3, item4.marginOfError(), 1e-6);
    // b gaps: −1, 2/3, 0 → mean −1/9.
    assertEquals(-1.0 / 9, summary.dimensionGap(B).value(), 1e-15);
    // Fixed 30/70 weights: −0.85, 0.3 + 0.7·2/3 = 0.766667, 0 → mean −0.0277…
    assertEquals((-0.85 + 0.3 + 0.7 * 2 / 3) / 3, summary.weightedGap(A30_B70).value(), 1e-15);
    // Only r1 gave points: one respondent is too few for an interval.
    assertEquals(1, summary.weightedRespondents());
    assertThrows(IllegalStateException.class, summary::respondentWeightedGap);
    // SERVPERF overall as the unweighted mean of the dimension means, item 5 reversed (6 − x):
    // r1 10/3; r2 (4 + (3 + 3 + 5)/3)/2 = 23/6; r3 (5 + (5 + 5 + 1)/3)/2 = 13/3; mean (20/6 + 23/6 + 26/6)/3 = 69/18.
    assertEquals(69.0 / 18, summary.overallPerception(OverallMean.OF_DIMENSIONS, Confidence.DEFAULT).value(), 1e-14);
    // SERVPERF overall as Cronin and Taylor define it, the mean of the item perceptions (the default):
    // r1 (3 + 5 + 4 + 2 + 2)/5 = 16/5; r2 (4 + 4 + 3 + 3 + 5)/5 = 19/5; r3 (5 + 5 + 5 + 5 + 1)/5 = 21/5;
    // mean 56/15; deviations −8/15, 1/15, 7/15, s² = (64 + 1 + 49)/225/2 = 19/75, s/√3 = 0.290593,
    // half-width 4.302653 · 0.290593 = 1.250322.
    Estimate servperf = summary.overallPerception();
    assertEquals(56.0 / 15, servperf.value(), 1e-14);
    assertEquals(0.290593, servperf.standardError().getAsDouble(), 1e-6);
    assertEquals(1.250322, servperf.marginOfError(), 2e-6);
    assertEquals(servperf, summary.overallPerception(OverallMean.OF_ITEMS, Confidence.DEFAULT));
  }

  @Test
  void rejectsBadAnswersNamingFieldRangeAndValue() {
    IllegalArgumentException offScale = assertThrows(IllegalArgumentException.class,
        () -> ServqualResponse.of(SMALL, new int[] {4, 5, 3, 4, 2}, new int[] {3, 5, 9, 2, 4}));
    assertEquals("Invalid value for perception of item 3 (valid values 1 - 5): 9", offScale.getMessage());
    IllegalArgumentException shortArray = assertThrows(IllegalArgumentException.class,
        () -> ServqualResponse.of(SMALL, new int[] {4, 5, 3, 4}, new int[] {3, 5, 4, 2, 4}));
    assertEquals("Invalid value for expectations (must answer all 5 items of small): 4 answers", shortArray.getMessage());
    Map<Integer, Integer> missing = Map.of(1, 3, 2, 3, 3, 3, 5, 3);
    IllegalArgumentException gap = assertThrows(IllegalArgumentException.class,
        () -> ServqualResponse.from(SMALL, ServqualAnswers.of(missing, full(3))));
    assertEquals("Invalid value for expectation of item 4 (missing; b needs items 3, 4, 5 answered): none",
        gap.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ServqualResponse.from(SMALL, ServqualAnswers.of(with(full(3), 6, 3), full(3))));
    assertEquals("Invalid value for item number (not an item of small, items 1 - 5): 6", unknown.getMessage());
    IllegalArgumentException weights = assertThrows(IllegalArgumentException.class,
        () -> ImportanceWeights.of(Map.of(A, 30, B, 60)));
    assertEquals("Invalid value for importance points total (must be 100): 90", weights.getMessage());
    IllegalArgumentException unknownDimension = assertThrows(IllegalArgumentException.class,
        () -> ServqualResponse.of(SMALL, new int[] {3, 3, 3, 3, 3}, new int[] {3, 3, 3, 3, 3},
            ImportanceWeights.of(Map.of(A, 50, QualityDimension.of("c"), 50))));
    assertEquals("Invalid value for importance dimensions (must be exactly [a, b] of small): unknown [c], missing [b]",
        unknownDimension.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ImportanceWeights.of(Map.of(A, -1, B, 101)));
    assertThrows(IllegalArgumentException.class, () -> ServqualInstrument.of("dup", Scale.ONE_TO_FIVE,
        List.of(ServqualItem.of(1, A, "x"), ServqualItem.of(1, B, "y"))));
  }

  @Test
  void setsAsideBadAnswersInBulkAndCountsThem() {
    List<ServqualAnswers> given = List.of(
        ServqualAnswers.of(full(3), full(4)),
        ServqualAnswers.of(full(3), with(full(4), 2, 0)),
        new ServqualAnswers(full(3), full(5), Map.of(A, 50, B, 40)),
        ServqualAnswers.of(full(2), full(4)),
        new ServqualAnswers(full(2), full(2), Map.of(A, 50, QualityDimension.of("c"), 50)));
    BulkResult<ServqualAnswers, ServqualSummary> result = ServqualSummary.from(SMALL, given);
    assertEquals(5, result.givenCount());
    assertEquals(2, result.usedCount());
    assertEquals(3, result.setAside().size());
    assertEquals(List.of(1L, 2L, 4L), result.setAside().stream().map(s -> s.position()).toList());
    assertTrue(result.setAside().get(0).reason().message().contains("perception of item 2 (valid values 1 - 5): 0"));
    assertEquals("perception of item 2", result.setAside().get(0).reason().field());
    // Off the scale; importance points summing to 90; importance naming a dimension "c" the instrument lacks.
    assertEquals(Map.of(ReasonCode.OUT_OF_RANGE, 1L, ReasonCode.INVALID, 2L), result.reasonCounts());
    assertEquals(2, result.value().count());
  }

  @Test
  void emptyAndSingleRespondentSummariesSayWhyThereIsNoInterval() {
    ServqualSummary empty = ServqualSummary.accumulator(SMALL).snapshot();
    assertEquals(0, empty.count());
    IllegalStateException e = assertThrows(IllegalStateException.class, empty::overallGap);
    assertEquals("Cannot estimate overall gap with an interval from 0 observations (at least 2 needed)", e.getMessage());
    assertThrows(IllegalStateException.class, () -> ServqualSummary.of(SMALL, List.of(r1())).itemGap(1));
    assertTrue(empty.toString().contains("n=0"));
  }

  /** Identical respondents: zero variance gives a zero-width interval, never NaN. */
  @Test
  void identicalRespondentsGiveAZeroWidthInterval() {
    ServqualSummary s = ServqualSummary.of(SMALL, List.of(r1(), r1(), r1()));
    assertEquals(-0.75, s.overallGap().value(), 1e-15);
    assertEquals(0.0, s.overallGap().marginOfError());
    assertEquals(0.0, s.weightedGap(A30_B70).marginOfError());
    assertEquals(-0.85, s.respondentWeightedGap().value(), 1e-15);
    assertEquals(0.0, s.respondentWeightedGap().marginOfError(), 1e-15);
    // Extreme but valid: every answer at the scale's ends.
    ServqualResponse low = ServqualResponse.of(SMALL, new int[] {5, 5, 5, 5, 5}, new int[] {1, 1, 1, 1, 1});
    ServqualResponse high = ServqualResponse.of(SMALL, new int[] {1, 1, 1, 1, 1}, new int[] {5, 5, 5, 5, 5});
    Estimate e = ServqualSummary.of(SMALL, List.of(low, high)).overallGap(Confidence.ofLevel(0.999999));
    assertTrue(Double.isFinite(e.lower()) && Double.isFinite(e.upper()));
    assertEquals(0.0, e.value(), 1e-15);
  }

  /**
   * SERVPERF's overall perception two ways, on SERVQUAL 1988 itself, whose dimensions have 4, 5, 4, 4
   * and 5 items. Respondent 1 perceives (as scored, reversed items answered 8 − x) 1 on every
   * tangibles, responsiveness and assurance item and 7 on every reliability and empathy item;
   * respondent 2 perceives 4 everywhere; both expect 4 everywhere.
   * Mean of the 22 items (Cronin and Taylor 1992): respondent 1 (4·1 + 5·7 + 4·1 + 4·1 + 5·7)/22 =
   * 82/22 = 41/11, respondent 2 4; mean (41/11 + 4)/2 = 85/22; the difference 3/11 gives
   * s² = (3/11)²/2 = 9/242 and a standard error √(9/242/2) = 3/22, half-width t(0.975; 1) · 3/22 =
   * 12.706205 · 3/22 = 1.732664.
   * Mean of the five dimension means (Parasuraman, Zeithaml and Berry's unweighted average):
   * respondent 1 (1 + 7 + 1 + 1 + 7)/5 = 17/5, respondent 2 4; mean 37/10; s² = 0.6²/2 = 0.18,
   * standard error 0.3, half-width 12.706205 · 0.3 = 3.811861.
   * The gaps are the perceptions less 4: overall gap −3/22 by items, −3/10 by dimensions.
   */
  @Test
  void servperfOverallPerceptionIsTheItemMeanAndTheDimensionMeanIsAnotherFigure() {
    ServqualInstrument sq = ServqualInstrument.SERVQUAL_1988;
    int[] perceived = new int[22];
    int[] fours = new int[22];
    for (int number = 1; number <= 22; number++) {
      QualityDimension d = sq.item(number).dimension();
      int scored = d.equals(RELIABILITY) || d.equals(EMPATHY) ? 7 : 1;
      perceived[number - 1] = sq.scored(number, scored); // reversing is its own inverse
      fours[number - 1] = 4;
    }
    ServqualResponse r1 = ServqualResponse.of(sq, fours, perceived);
    ServqualResponse r2 = ServqualResponse.of(sq, fours, fours);
    assertEquals(41.0 / 11, r1.score().overallPerception(), 1e-15);
    assertEquals(17.0 / 5, r1.score().overallPerception(OverallMean.OF_DIMENSIONS), 1e-15);
    ServqualSummary summary = ServqualSummary.of(sq, List.of(r1, r2));
    Estimate byItems = summary.overallPerception();
    assertEquals(85.0 / 22, byItems.value(), 1e-15);
    assertEquals(3.0 / 22, byItems.standardError().getAsDouble(), 1e-15);
    assertEquals(1.732664, byItems.marginOfError(), 1e-6);
    Estimate byDimensions = summary.overallPerception(OverallMean.OF_DIMENSIONS, Confidence.DEFAULT);
    assertEquals(3.7, byDimensions.value(), 1e-15);
    assertEquals(0.3, byDimensions.standardError().getAsDouble(), 1e-15);
    assertEquals(3.811861, byDimensions.marginOfError(), 1e-6);
    assertEquals(-3.0 / 22, summary.overallGap(OverallMean.OF_ITEMS, Confidence.DEFAULT).value(), 1e-15);
    assertEquals(-0.3, summary.overallGap().value(), 1e-15);
  }

  @Test
  void refusesResponsesToAnotherInstrument() {
    ServqualAccumulator acc = ServqualSummary.accumulator(ServqualInstrument.SERVQUAL_1988);
    assertThrows(IllegalArgumentException.class, () -> acc.add(r1()));
    assertThrows(IllegalArgumentException.class, () -> acc.merge(ServqualSummary.accumulator(SMALL)));
  }

  static Map<Integer, Integer> full(int answer) {
    Map<Integer, Integer> m = new HashMap<>();
    for (int i = 1; i <= 5; i++) {
      m.put(i, answer);
    }
    return m;
  }

  static Map<Integer, Integer> with(Map<Integer, Integer> m, int item, int answer) {
    Map<Integer, Integer> copy = new HashMap<>(m);
    copy.put(item, answer);
    return copy;
  }

  private static List<Integer> numbers(List<ServqualItem> items) {
    return items.stream().map(ServqualItem::number).toList();
  }
}
