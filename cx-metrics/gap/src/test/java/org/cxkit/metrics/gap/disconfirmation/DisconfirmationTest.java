package org.cxkit.metrics.gap.disconfirmation;

import static org.cxkit.core.experience.QualityDimension.RELIABILITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.experience.Episode;
import org.cxkit.core.experience.ExpectationLevel;
import org.cxkit.core.result.Breakdown;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.metrics.gap.Episodes;
import org.junit.jupiter.api.Test;

class DisconfirmationTest {

  @Test
  void classifiesWithAnExplicitToleranceBoundsIncluded() {
    assertEquals(Disconfirmation.NEGATIVE, Disconfirmation.of(-0.51, 0.5));
    assertEquals(Disconfirmation.CONFIRMED, Disconfirmation.of(-0.5, 0.5));
    assertEquals(Disconfirmation.CONFIRMED, Disconfirmation.of(0.5, 0.5));
    assertEquals(Disconfirmation.POSITIVE, Disconfirmation.of(0.51, 0.5));
    assertEquals(Disconfirmation.CONFIRMED, Disconfirmation.of(0, 0));
    assertEquals(Disconfirmation.POSITIVE, Disconfirmation.of(Double.MIN_VALUE, 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Disconfirmation.of(1, -0.1));
    assertEquals("Invalid value for tolerance (must not be negative): -0.1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Disconfirmation.of(Double.NaN, 0));
  }

  /** The class agrees with the gap: negative exactly when below −τ, positive exactly when above τ. */
  @Test
  void classIsConsistentWithTheGap() {
    qt().forAll(doubles().between(-6, 6), doubles().between(0, 2)).check((gap, tol) -> {
      Disconfirmation c = Disconfirmation.of(gap, tol);
      return (c == Disconfirmation.NEGATIVE) == (gap < -tol) && (c == Disconfirmation.POSITIVE) == (gap > tol)
          && (c == Disconfirmation.CONFIRMED) == (Math.abs(gap) <= tol);
    });
  }

  /** Antisymmetric: swapping perception and expectation swaps negative and positive. */
  @Test
  void swappingSidesSwapsTheClass() {
    qt().forAll(doubles().between(-6, 6), doubles().between(0, 2)).check((gap, tol) -> {
      Disconfirmation a = Disconfirmation.of(gap, tol);
      Disconfirmation b = Disconfirmation.of(-gap, tol);
      return a == Disconfirmation.CONFIRMED ? b == a
          : (a == Disconfirmation.POSITIVE) == (b == Disconfirmation.NEGATIVE);
    });
  }

  /**
   * By hand, tolerance 0.5, predicted expectations: web/purchase gaps 5−4 = 1 (positive) and 4−4 = 0
   * (confirmed); phone/post-purchase 3−5 = −2 (negative); an episode with only a desired expectation
   * is set aside.
   */
  @Test
  void talliesPerChannelStageAndTouchpoint() {
    List<Episode> episodes = List.of(
        Episodes.predicted("w1", Channel.WEB, JourneyStage.PURCHASE, RELIABILITY, 4, 5),
        Episodes.predicted("w2", Channel.WEB, JourneyStage.PURCHASE, RELIABILITY, 4, 4),
        Episodes.predicted("p1", Channel.PHONE, JourneyStage.POST_PURCHASE, RELIABILITY, 5, 3),
        Episodes.zone("z1", RELIABILITY, 3, 5, 4));
    DisconfirmationAnalysis analysis = DisconfirmationAnalysis.of(0.5);
    BulkResult<Episode, Breakdown<Channel, DisconfirmationTally>> byChannel = analysis.byChannel(episodes);
    assertEquals(3, byChannel.usedCount());
    assertEquals(1, byChannel.setAside().size());
    assertEquals("Invalid value for episode z1 (needs a perception and a PREDICTED expectation on one dimension): none",
        byChannel.setAside().get(0).reason().message());
    assertEquals(ReasonCode.MISSING, byChannel.setAside().get(0).code());
    DisconfirmationTally web = byChannel.value().segments().get(Channel.WEB);
    assertEquals(1, web.count(Disconfirmation.POSITIVE));
    assertEquals(1, web.count(Disconfirmation.CONFIRMED));
    assertEquals(0, web.count(Disconfirmation.NEGATIVE));
    assertEquals(0.5, web.share(Disconfirmation.POSITIVE));
    // Gaps 1 and 0: mean 0.5, s = √0.5, half-width t(0.975; 1)·s/√2 = 12.706205·0.5 = 6.353102.
    assertEquals(0.5, web.meanGap().value(), 1e-15);
    assertEquals(6.353102, web.meanGap().marginOfError(), 1e-6);
    assertEquals(1, byChannel.value().segments().get(Channel.PHONE).count(Disconfirmation.NEGATIVE));
    assertEquals(2, analysis.byStage(episodes).value().segments().get(JourneyStage.PURCHASE).count());
    assertEquals(1, analysis.byTouchpoint(episodes).value().segments().get("p1").count());
    DisconfirmationTally overall = analysis.overall(episodes).value();
    assertEquals(3, overall.count());
    assertEquals(overall, byChannel.value().total());
    // Against the desired level, only z1 counts: 4 − 5 = −1, negative.
    DisconfirmationTally desired = new DisconfirmationAnalysis(0.5, ExpectationLevel.DESIRED).overall(episodes).value();
    assertEquals(1, desired.count(Disconfirmation.NEGATIVE));
    assertEquals(1, desired.count());
  }

  /**
   * Gaps far from zero keep their spread (the defect of a sum of squares less a squared sum, which
   * gave 0 here): gaps 1e9 + 1, 1e9 + 2, 1e9 + 3 have mean 1e9 + 2 and sample variance 1, so the
   * standard error is √(1/3) = 0.577350 and the half-width t(0.975; 2) · 0.577350 = 4.302653 ·
   * 0.577350 = 2.484138 (NIST table).
   */
  @Test
  void theMeanGapOfGapsFarFromZeroKeepsItsSpread() {
    DisconfirmationTally t = java.util.stream.Stream.of(1e9 + 1, 1e9 + 2, 1e9 + 3)
        .collect(DisconfirmationTally.toDisconfirmationTally(0));
    assertEquals(3, t.count(Disconfirmation.POSITIVE));
    assertEquals(1e9 + 2, t.meanGap().value());
    assertEquals(0.577350, t.meanGap().standardError().getAsDouble(), 1e-6);
    assertEquals(2.484138, t.meanGap().marginOfError(), 1e-6);
  }

  @Test
  void emptyTallyHasNoShareAndNoMean() {
    DisconfirmationTally empty = DisconfirmationTally.accumulator(0).snapshot();
    assertEquals(0, empty.count());
    assertThrows(IllegalStateException.class, () -> empty.share(Disconfirmation.POSITIVE));
    assertThrows(IllegalStateException.class, empty::meanGap);
  }

  @Test
  void mergingPartsEqualsTheWholeAndTolerancesMustMatch() {
    qt().withExamples(100).forAll(longs().all()).check(seed -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      List<Double> gaps = new ArrayList<>();
      int n = rnd.nextInt(50);
      for (int i = 0; i < n; i++) {
        gaps.add((double) (rnd.nextInt(13) - 6));
      }
      int cut = rnd.nextInt(n + 1);
      DisconfirmationAccumulator left = DisconfirmationTally.accumulator(1);
      gaps.subList(0, cut).forEach(left::add);
      DisconfirmationTally right = gaps.subList(cut, n).stream().collect(DisconfirmationTally.toDisconfirmationTally(1));
      DisconfirmationTally whole = gaps.parallelStream().collect(DisconfirmationTally.toDisconfirmationTally(1));
      return left.addAll(right).snapshot().equals(whole)
          && whole.count(Disconfirmation.NEGATIVE) == gaps.stream().filter(g -> g < -1).count();
    });
    assertThrows(IllegalArgumentException.class,
        () -> DisconfirmationTally.accumulator(1).merge(DisconfirmationTally.accumulator(0.5)));
  }
}
