package org.cxkit.metrics.gap.zone;

import static org.cxkit.core.experience.QualityDimension.EMPATHY;
import static org.cxkit.core.experience.QualityDimension.RELIABILITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.experience.Episode;
import org.cxkit.core.experience.Expectation;
import org.cxkit.core.experience.Perception;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.metrics.gap.Episodes;
import org.junit.jupiter.api.Test;

class ZoneOfToleranceTest {

  /**
   * By hand, zone 5 to 6 on reliability: P = 4 → MSA −1, MSS −2, below; P = 5 → 0, −1, within (the
   * bound is in the zone); P = 6 → 1, 0, within; P = 7 → 2, 1, above.
   */
  @Test
  void classifiesReadingsByHand() {
    ToleranceZone low = ToleranceZone.of(RELIABILITY, 5, 6, 4);
    assertEquals(-1, low.adequacyGap());
    assertEquals(-2, low.superiorityGap());
    assertEquals(ZonePosition.BELOW, low.position());
    assertEquals(ZonePosition.WITHIN, ToleranceZone.of(RELIABILITY, 5, 6, 5).position());
    assertEquals(ZonePosition.WITHIN, ToleranceZone.of(RELIABILITY, 5, 6, 6).position());
    ToleranceZone high = ToleranceZone.of(RELIABILITY, 5, 6, 7);
    assertEquals(2, high.adequacyGap());
    assertEquals(1, high.superiorityGap());
    assertEquals(ZonePosition.ABOVE, high.position());
    assertEquals(1, high.width());
  }

  @Test
  void desiredBelowAdequateIsInvalid() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ToleranceZone.of(RELIABILITY, 6, 5, 5));
    assertEquals("Invalid value for desired (must be at least the adequate level 6.0): 5.0", e.getMessage());
  }

  /**
   * Four reliability readings by hand: MSA = −1, 0, 1, 2 → mean 0.5, s² = (2.25 + 0.25 + 0.25 +
   * 2.25)/3 = 5/3, s/√4 = 0.645497, t(0.975; 3) = 3.182446 (NIST table), half 2.054260. Mean MSS
   * = −0.5; counts below 1, within 2, above 1; the dimension is within (mean MSA ≥ 0, mean MSS ≤ 0).
   */
  @Test
  void summarisesEpisodesByHandAndSetsAsideIncompleteOnes() {
    List<Episode> episodes = new ArrayList<>();
    for (double p : new double[] {4, 5, 6, 7}) {
      episodes.add(Episodes.zone("t-" + p, RELIABILITY, 5, 6, p));
    }
    episodes.add(Episodes.at("no-zone", 1).addPerceptions(Perception.of(RELIABILITY, Episodes.S, 3)).build());
    episodes.add(Episodes.at("inverted", 2).addExpectations(Expectation.adequate(EMPATHY, Episodes.S, 6),
        Expectation.desired(EMPATHY, Episodes.S, 4)).addPerceptions(Perception.of(EMPATHY, Episodes.S, 5)).build());
    BulkResult<Episode, ZoneSummary> result = ZoneSummary.from(episodes);
    assertEquals(6, result.givenCount());
    assertEquals(4, result.usedCount());
    assertEquals(2, result.setAside().size());
    assertEquals("Invalid value for desired (must be at least the adequate level 6.0): 4.0",
        result.setAside().get(1).reason().message());
    assertEquals(ReasonCode.MISSING, result.setAside().get(0).code());
    assertEquals(ReasonCode.OUT_OF_RANGE, result.setAside().get(1).code());
    ZoneSummary s = result.value();
    Estimate msa = s.adequacyGap(RELIABILITY);
    assertEquals(0.5, msa.value(), 1e-15);
    assertEquals(2.054260, msa.marginOfError(), 1e-6);
    assertEquals(0.645497, msa.standardError().getAsDouble(), 1e-6);
    assertEquals(IntervalMethod.STUDENT_T, msa.method());
    assertEquals(4, s.count());
    assertEquals(4, s.count(RELIABILITY));
    assertEquals(0, s.count(EMPATHY));
    // t(0.995; 3) = 5.840909 (NIST table): half-width 5.840909 · 0.645497 = 3.770291.
    assertEquals(3.770291, s.adequacyGap(RELIABILITY, Confidence.ofLevel(0.99)).marginOfError(), 1e-6);
    assertEquals(-0.5, s.superiorityGap(RELIABILITY).value(), 1e-15);
    assertEquals(1, s.count(RELIABILITY, ZonePosition.BELOW));
    assertEquals(2, s.count(RELIABILITY, ZonePosition.WITHIN));
    assertEquals(1, s.count(RELIABILITY, ZonePosition.ABOVE));
    assertEquals(ZonePosition.WITHIN, s.position(RELIABILITY));
    assertThrows(IllegalArgumentException.class, () -> s.position(EMPATHY));
  }

  /** The position always agrees with the signs of the two gaps. */
  @Test
  void positionIsConsistentWithTheGaps() {
    qt().forAll(doubles().between(1, 7), doubles().between(0, 6), doubles().between(1, 7)).check((a, w, p) -> {
      double d = Math.min(7, a + w);
      ToleranceZone z = ToleranceZone.of(RELIABILITY, a, d, p);
      ZonePosition pos = z.position();
      return (pos == ZonePosition.BELOW) == (z.adequacyGap() < 0)
          && (pos == ZonePosition.ABOVE) == (z.superiorityGap() > 0)
          && z.adequacyGap() >= z.superiorityGap();
    });
  }

  @Test
  void mergingPartsEqualsTheWhole() {
    qt().withExamples(100).forAll(longs().all()).check(seed -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      List<ToleranceZone> all = new ArrayList<>();
      int n = rnd.nextInt(40);
      for (int i = 0; i < n; i++) {
        double a = 1 + rnd.nextInt(7);
        double d = a + rnd.nextInt(8 - (int) a);
        all.add(ToleranceZone.of(rnd.nextBoolean() ? RELIABILITY : EMPATHY, a, d, 1 + rnd.nextInt(7)));
      }
      int cut = n == 0 ? 0 : rnd.nextInt(n + 1);
      ZoneSummary merged = ZoneSummary.accumulator().addAll(ZoneSummary.of(all.subList(0, cut)))
          .addAll(ZoneSummary.of(all.subList(cut, n))).snapshot();
      ZoneSummary whole = all.parallelStream().collect(ZoneSummary.toZoneSummary());
      // Whole-number scores: the floating-point sums are exact here, so equality is exact.
      return merged.equals(whole) && merged.equals(ZoneSummary.of(all));
    });
  }
}
