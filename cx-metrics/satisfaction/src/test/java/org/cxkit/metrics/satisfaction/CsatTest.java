package org.cxkit.metrics.satisfaction;

import static org.cxkit.metrics.satisfaction.Fixtures.T0;
import static org.cxkit.metrics.satisfaction.Fixtures.csat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.touchpoint.Channel;
import org.junit.jupiter.api.Test;

class CsatTest {
  // 20 answers on 1-5: two 1s, one 2, three 3s, six 4s, eight 5s.
  private static final int[] ANSWERS = {1, 1, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5};

  @Test
  void workedExampleOnOneToFive() {
    Csat csat = Csat.ofScores(Scale.ONE_TO_FIVE, ANSWERS);
    assertEquals(20, csat.count());
    assertEquals(Map.of(1, 2L, 2, 1L, 3, 3L, 4, 6L, 5, 8L), csat.distribution());
    // Top-2 box: (6 + 8) / 20 = 0.7. Wilson 95 % by hand: z²/n = 3.841459/20 = 0.1920729,
    // centre = (0.7 + 0.0960365) / 1.1920729 = 0.6677750,
    // half = 1.959964 / 1.1920729 * sqrt(0.7 * 0.3 / 20 + 3.841459 / 1600) = 1.6441686 * 0.1135802 = 0.1867478
    // -> 0.4810272 to 0.8545228.
    Estimate share = csat.satisfiedShare();
    assertEquals(0.7, share.value(), 1e-15);
    assertEquals(20, share.n());
    assertEquals(0.4810272, share.lower(), 5e-7);
    assertEquals(0.8545228, share.upper(), 5e-7);
    // Mean: (2 + 2 + 9 + 24 + 40) / 20 = 77 / 20 = 3.85. Squared deviations:
    // 2(2.85²) + 1.85² + 3(0.85²) + 6(0.15²) + 8(1.15²) = 16.245 + 3.4225 + 2.1675 + 0.135 + 10.58 = 32.55,
    // s² = 32.55 / 19 = 1.7131579, s/√n = 0.2926737; t(0.975, 19) = 2.093024 (Fisher & Yates table III)
    // -> 3.85 ± 0.6125731 = 3.2374269 to 4.4625731.
    Estimate mean = csat.mean();
    assertEquals(3.85, mean.value(), 1e-15);
    assertEquals(3.2374269, mean.lower(), 5e-7);
    assertEquals(4.4625731, mean.upper(), 5e-7);
  }

  @Test
  void satisfiedBoxesAreAParameter() {
    Csat csat = Csat.ofScores(Scale.ONE_TO_FIVE, ANSWERS);
    assertEquals(8, csat.satisfiedCount(SatisfiedBoxes.top(1)));
    assertEquals(17, csat.satisfiedCount(SatisfiedBoxes.top(3)));
    Estimate atNinety = csat.satisfiedShare(SatisfiedBoxes.atLeast(3, Scale.ONE_TO_FIVE), Confidence.ofLevel(0.9));
    assertEquals(0.85, atNinety.value(), 1e-15);
    assertEquals(0.9, atNinety.level());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> csat.satisfiedShare(SatisfiedBoxes.top(5), Confidence.DEFAULT));
    assertEquals("Invalid value for top (must be less than the 5 answers of the scale 1-5): 5", e.getMessage());
  }

  @Test
  void anyDeclaredScale() {
    // 1-10 with the default top-3 box (8, 9, 10): answers 10, 9, 8, 7, 2 -> 3 of 5 satisfied.
    Csat ten = Csat.ofScores(Scale.ONE_TO_TEN, 10, 9, 8, 7, 2);
    assertEquals(0.6, ten.satisfiedShare().value(), 1e-15);
    assertEquals(7.2, ten.mean().value(), 1e-15);
    // A user's own scale, -2 to 2, default top-2 (1 and 2).
    Csat own = Csat.ofScores(Scale.of(-2, 2), -2, 0, 1, 2);
    assertEquals(0.5, own.satisfiedShare().value(), 1e-15);
    assertEquals(0.25, own.mean().value(), 1e-15);
  }

  @Test
  void answersOffTheScaleAreRejectedSinglyAndSetAsideInBulk() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Csat.accumulator(Scale.ONE_TO_FIVE).add(6));
    assertEquals("Invalid value for csat score (valid values 1 - 5): 6", e.getMessage());
    CsatAccumulator accumulator = Csat.accumulator(Scale.ONE_TO_FIVE).add(5);
    assertThrows(IllegalArgumentException.class, () -> accumulator.addAll(4, 0, 5));
    assertEquals(1, accumulator.count(), "a rejected batch adds nothing");

    BulkResult<Integer, Csat> bulk = Csat.fromScores(Scale.ONE_TO_FIVE, Arrays.asList(5, 0, 4, 6, 3));
    assertEquals(5, bulk.givenCount());
    assertEquals(3, bulk.usedCount());
    assertEquals(List.of(1L, 3L), bulk.setAside().stream().map(s -> s.position()).toList());
    assertEquals("Invalid value for csat score (valid values 1 - 5): 0", bulk.setAside().get(0).reason().message());
    assertEquals("csat score", bulk.setAside().get(0).reason().field());
    assertEquals(Map.of(ReasonCode.OUT_OF_RANGE, 2L), bulk.reasonCounts());
    assertEquals(Csat.ofScores(Scale.ONE_TO_FIVE, 5, 4, 3), bulk.value());
  }

  @Test
  void responsesOnAnotherScaleAreNotMixedIn() {
    CsatResponse onFive = csat(4, Scale.ONE_TO_FIVE, Channel.EMAIL, T0);
    CsatResponse onSeven = csat(6, Scale.ONE_TO_SEVEN, Channel.EMAIL, T0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Csat.accumulator(Scale.ONE_TO_FIVE).add(onSeven));
    assertEquals("Invalid value for scale (this tally is on 1-5; answers on another scale are not comparable): 1-7",
        e.getMessage());
    BulkResult<CsatResponse, Csat> bulk = Csat.fromResponses(Scale.ONE_TO_FIVE, List.of(onFive, onSeven));
    assertEquals(1, bulk.usedCount());
    assertEquals(1, bulk.setAside().size());
    assertEquals(ReasonCode.of("scale-mismatch"), bulk.setAside().get(0).code());
    assertThrows(IllegalArgumentException.class,
        () -> Csat.empty(Scale.ONE_TO_FIVE).plus(Csat.empty(Scale.ONE_TO_SEVEN)));
    assertEquals(Csat.ofScores(Scale.ONE_TO_FIVE, 4), List.of(onFive).stream().collect(Csat.toCsat(Scale.ONE_TO_FIVE)));
  }

  @Test
  void rolledUpCountsEqualSingleAnswers() {
    // A tally from GROUP BY counts equals the tally of the answers themselves.
    Csat fromCounts = Csat.accumulator(Scale.ONE_TO_FIVE).add(1, 2).add(2, 1).add(3, 3).add(4, 6).add(5, 8).snapshot();
    assertEquals(Csat.ofScores(Scale.ONE_TO_FIVE, ANSWERS), fromCounts);
    assertThrows(IllegalArgumentException.class, () -> Csat.accumulator(Scale.ONE_TO_FIVE).add(3, -1L));
  }

  @Test
  void hugeScalesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Csat.empty(Scale.of(Integer.MIN_VALUE, Integer.MAX_VALUE)));
    assertTrue(e.getMessage().startsWith("Invalid value for scale (must have at most 10001 answers)"), e.getMessage());
  }

  @Test
  void figuresStayWithinTheirBounds() {
    qt().forAll(lists().of(integers().between(1, 7)).ofSizeBetween(1, 300)).check(scores -> {
      Csat csat = Csat.ofScores(Scale.ONE_TO_SEVEN, scores.stream().mapToInt(Integer::intValue).toArray());
      Estimate share = csat.satisfiedShare();
      Estimate mean = csat.mean();
      return share.lower() >= 0 && share.upper() <= 1 && mean.lower() >= 1 && mean.upper() <= 7
          && Double.isFinite(mean.value()) && mean.contains(mean.value())
          && csat.distribution().values().stream().mapToLong(Long::longValue).sum() == csat.count();
    });
  }

  @Test
  void moreSatisfiedBoxesNeverLowerTheShare() {
    qt().forAll(lists().of(integers().between(1, 10)).ofSizeBetween(1, 100), integers().between(1, 8)).check((scores, k) -> {
      Csat csat = Csat.ofScores(Scale.ONE_TO_TEN, scores.stream().mapToInt(Integer::intValue).toArray());
      return csat.satisfiedShare(SatisfiedBoxes.top(k + 1), Confidence.DEFAULT).value()
          >= csat.satisfiedShare(SatisfiedBoxes.top(k), Confidence.DEFAULT).value();
    });
  }

  @Test
  void hugeCountsGiveFiniteFigures() {
    // Rolled-up counts near Long.MAX_VALUE / 10 per answer: the sum of answers exceeds a long, the
    // figures must still be finite and right: half 1s and half 10s on 1-10 have mean 5.5.
    qt().forAll(integers().between(1, 10), integers().between(1, 10)).check((a, b) -> {
      long big = Long.MAX_VALUE / 10;
      Csat csat = Csat.accumulator(Scale.ONE_TO_TEN).add(a, big).add(b, big).snapshot();
      Estimate mean = csat.mean();
      Estimate share = csat.satisfiedShare();
      return Math.abs(mean.value() - (a + b) / 2.0) < 1e-12 && Double.isFinite(mean.lower())
          && Double.isFinite(share.lower()) && share.upper() <= 1;
    });
  }

  @Test
  void theDefaultBoxesOfShortScales() {
    // Defect fixed in issue 11. The source definition (DOMAIN.md §3, "CSAT"; Zendesk's satisfaction
    // ratings: on 1-3 only 3 is good and 1-2 are bad, on 1-2 only 2 is good, and the score is
    // good / (good + bad)): on a 3-point scale only the top answer is satisfied, the middle one is
    // neutral; on a 2-point scale CSAT is good / (good + bad).
    // 1-3: six 3s, three 2s, one 1 -> satisfied 6 / 10 = 0.6 (the old top-2 default gave 9 / 10).
    // Wilson 95 %: z²/n = 3.8414588/10 = 0.3841459, centre = (0.6 + 0.1920729) / 1.3841459 = 0.5722467,
    // half = 1.9599640 / 1.3841459 * sqrt(0.024 + 0.0096036) = 1.4160126 * 0.1833129 = 0.2595730
    // -> 0.3126738 to 0.8318197.
    Csat three = Csat.ofScores(Scale.of(1, 3), 3, 3, 3, 3, 3, 3, 2, 2, 2, 1);
    Estimate share = three.satisfiedShare();
    assertEquals(0.6, share.value(), 1e-15);
    assertEquals(0.3126738, share.lower(), 5e-7);
    assertEquals(0.8318197, share.upper(), 5e-7);
    assertEquals(6, three.satisfiedCount(SatisfiedBoxes.defaultFor(Scale.of(1, 3))));
    // 1-2 (bad, good): eight good of ten -> 8 / (8 + 2) = 0.8 (the old default, top-2 of 2, threw).
    // Wilson 95 % 0.4901625 to 0.9433178 (worked in cx-core's IntervalsTest).
    Csat two = Csat.ofScores(Scale.of(1, 2), 2, 2, 2, 2, 2, 2, 2, 2, 1, 1);
    Estimate good = two.satisfiedShare();
    assertEquals(0.8, good.value(), 1e-15);
    assertEquals(0.4901625, good.lower(), 5e-7);
    assertEquals(0.9433178, good.upper(), 5e-7);
    // Net satisfaction on good/bad is good minus bad: (8 - 2) / 10.
    assertEquals(0.6, two.netSatisfaction().value(), 1e-15);
  }

  @Test
  void netSatisfactionByHand() {
    // Net satisfaction = % top boxes - % bottom boxes; on 1-5, (4, 5) minus (1, 2) (issue 11, item 7).
    // ANSWERS: 14 of 20 in 4-5, 3 of 20 in 1-2: pT = 0.7, pB = 0.15, net = 0.55.
    // Wald interval with the variance of a difference of two multinomial shares, as for NPS:
    // [pT + pB - (pT - pB)²] / n = (0.85 - 0.3025) / 20 = 0.027375, SE = 0.1654539;
    // z · SE = 1.9599640 * 0.1654539 = 0.3242837 -> 0.2257163 to 0.8742837.
    Csat csat = Csat.ofScores(Scale.ONE_TO_FIVE, ANSWERS);
    Estimate net = csat.netSatisfaction();
    assertEquals(0.55, net.value(), 1e-15);
    assertEquals(20, net.n());
    assertEquals(IntervalMethod.WALD, net.method());
    assertEquals(0.1654539, net.standardError().orElseThrow(), 5e-7);
    assertEquals(0.2257163, net.lower(), 5e-7);
    assertEquals(0.8742837, net.upper(), 5e-7);
    assertEquals(3, csat.dissatisfiedCount(DissatisfiedBoxes.defaultFor(Scale.ONE_TO_FIVE)));
    // Top box against the bottom box: (8 - 2) / 20 = 0.3; boxes that overlap are refused.
    assertEquals(0.3, csat.netSatisfaction(SatisfiedBoxes.top(1), DissatisfiedBoxes.bottom(1), Confidence.DEFAULT)
        .value(), 1e-15);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> csat.netSatisfaction(SatisfiedBoxes.top(3), DissatisfiedBoxes.bottom(3), Confidence.DEFAULT));
    assertEquals("Invalid value for bottom (at most 2 so that no answer of the scale 1-5 is also in the top-3 "
        + "satisfied boxes): 3", e.getMessage());
  }

  @Test
  void netSatisfactionIsTheDifferenceOfTheTwoShares() {
    qt().forAll(lists().of(integers().between(1, 7)).ofSizeBetween(1, 300), integers().between(1, 3),
        integers().between(1, 3)).check((scores, top, bottom) -> {
          int[] answers = scores.stream().mapToInt(Integer::intValue).toArray();
          Csat csat = Csat.ofScores(Scale.ONE_TO_SEVEN, answers);
          Csat reversed = Csat.ofScores(Scale.ONE_TO_SEVEN, scores.stream().mapToInt(s -> 8 - s).toArray());
          Estimate net = csat.netSatisfaction(SatisfiedBoxes.top(top), DissatisfiedBoxes.bottom(bottom), Confidence.DEFAULT);
          Estimate mirrored = reversed.netSatisfaction(SatisfiedBoxes.top(bottom), DissatisfiedBoxes.bottom(top),
              Confidence.DEFAULT);
          double difference = (csat.satisfiedCount(SatisfiedBoxes.top(top))
              - csat.dissatisfiedCount(DissatisfiedBoxes.bottom(bottom))) / (double) csat.count();
          return net.value() == difference && net.lower() >= -1 && net.upper() <= 1 && net.contains(net.value())
              && mirrored.value() == -net.value() && mirrored.standardError().equals(net.standardError());
        });
  }

  @Test
  void intervalsSayHowTheyWereComputed() {
    Csat csat = Csat.ofScores(Scale.ONE_TO_FIVE, ANSWERS);
    assertEquals(IntervalMethod.WILSON, csat.satisfiedShare().method());
    assertEquals(IntervalMethod.STUDENT_T, csat.mean().method());
    // s/√n = 0.2926737 (worked in workedExampleOnOneToFive).
    assertEquals(0.2926737, csat.mean().standardError().orElseThrow(), 5e-7);
    assertTrue(csat.mean().isBelowMinimum(), "20 answers, below the default minimum of 30");
    Estimate single = Csat.ofScores(Scale.ONE_TO_FIVE, 4).mean();
    assertEquals(IntervalMethod.WHOLE_RANGE, single.method());
    assertEquals(1, single.lower());
    assertEquals(5, single.upper());
  }

  @Test
  void countsThatWouldOverflowAreRefusedNamingTheField() {
    // Defect fixed in issue 11: these threw ArithmeticException; now an IllegalArgumentException (with
    // code too-large) names the count, and the tally is unchanged.
    CsatAccumulator full = Csat.accumulator(Scale.ONE_TO_FIVE).add(5, Long.MAX_VALUE);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> full.add(4, 1));
    assertEquals("Invalid value for count (must not exceed 9223372036854775807): 9223372036854775808", e.getMessage());
    assertEquals(ReasonCode.TOO_LARGE, e.code());
    assertEquals("count", e.field());
    assertThrows(InvalidValueException.class, () -> full.add(3));
    assertThrows(InvalidValueException.class, () -> full.addAll(1, 2));
    assertThrows(InvalidValueException.class, () -> full.merge(Csat.accumulator(Scale.ONE_TO_FIVE).add(1)));
    assertThrows(InvalidValueException.class, () -> full.snapshot().plus(Csat.ofScores(Scale.ONE_TO_FIVE, 1)));
    assertEquals(Long.MAX_VALUE, full.count());
    assertEquals(Long.MAX_VALUE, full.snapshot().count(5));
    assertEquals(0, full.snapshot().count(1));
  }

  @Test
  void readsWell() {
    assertEquals("Csat{scale=1-5, n=3, counts={4=2, 5=1}}", Csat.ofScores(Scale.ONE_TO_FIVE, 4, 5, 4).toString());
  }
}
