package org.cxkit.metrics.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.junit.jupiter.api.Test;

/**
 * Interval values worked by hand from the formulas of Rocks (2016) (Wald on the multinomial
 * variance; adjusted Wald with 3/4 pseudo-answer added to promoters and to detractors and 3/2 to
 * passives, the defaults of Rocks's R package NPS and the form Lewis and Sauro 2021 describe), with
 * {@code z = 1.9599639845400538556}. The
 * 17-digit figures were evaluated from those formulas in mpmath at 30 digits; the arithmetic is
 * shown in each comment.
 */
class NpsTallyEstimateTest {
  private static final NpsInterval WALD = NpsInterval.WALD;
  private static final NpsInterval ADJUSTED = NpsInterval.ADJUSTED_WALD;
  private static final Confidence DEFAULT = Confidence.DEFAULT;

  private static double se(Estimate e) {
    return e.standardError().orElseThrow();
  }

  @Test
  void waldIntervalByHand() {
    // D=2, passives=3, P=5: NPS 30, SE = 100 sqrt(0.61 / 10) = 24.698178070456938;
    // 30 ± 1.95996 * 24.69818 = 30 ± 48.407539501852559.
    Estimate e = NpsTally.of(2, 3, 5).estimate(DEFAULT, WALD);
    assertEquals(30.0, e.value());
    assertEquals(10, e.n());
    assertEquals(10.0, e.effectiveN());
    assertEquals(IntervalMethod.WALD, e.method());
    assertEquals(24.698178070456938, se(e), 1e-12);
    assertEquals(-18.407539501852559, e.lower(), 1e-12);
    assertEquals(78.407539501852559, e.upper(), 1e-12);
    assertEquals(48.407539501852559, e.marginOfError(), 1e-12);
    assertTrue(e.isBelowMinimum());
  }

  @Test
  void adjustedWaldIntervalByHand() {
    // Adjusted: n' = 13, P' = 5.75, D' = 2.75: pP' = 0.4423077, pD' = 0.2115385, centre = 3/13;
    // variance 0.6005917 / 13, SE = 21.494037025977718 points; 23.0769 ± 42.1275 =
    // [-19.05061537636366, 65.204461530209813]. The point estimate stays the observed 30.
    Estimate e = NpsTally.of(2, 3, 5).estimate(DEFAULT, ADJUSTED);
    assertEquals(e, NpsTally.of(2, 3, 5).estimate()); // the default: 95 %, adjusted Wald
    assertEquals(IntervalMethod.ADJUSTED_WALD, e.method());
    assertEquals(30.0, e.value());
    assertEquals(21.494037025977718, se(e), 1e-12);
    assertEquals(-19.05061537636366, e.lower(), 1e-12);
    assertEquals(65.204461530209813, e.upper(), 1e-12);
    assertEquals(30.0 + 19.05061537636366, e.marginOfError(), 1e-12);
  }

  @Test
  void largerSampleByHand() {
    // D=10, passives=30, P=60 (n=100): NPS 50; Wald SE = 100 sqrt((0.7 - 0.25) / 100) = 6.7082039;
    // 50 ± 13.147838108648722. Adjusted: n'=103, centre 50/103 = 48.5437 points,
    // SE 6.672111061668147, [35.466591938667479, 61.62078670210922].
    NpsTally t = NpsTally.of(10, 30, 60);
    Estimate w = t.estimate(DEFAULT, WALD);
    assertEquals(36.852161891351278, w.lower(), 1e-12);
    assertEquals(63.147838108648722, w.upper(), 1e-12);
    Estimate a = t.estimate(DEFAULT, ADJUSTED);
    assertEquals(35.466591938667479, a.lower(), 1e-12);
    assertEquals(61.62078670210922, a.upper(), 1e-12);
    assertFalse(a.isBelowMinimum());
  }

  @Test
  void onePromoterAlone() {
    // Wald: SE 0, the interval is the point [100, 100] - it claims certainty from one answer.
    Estimate w = NpsTally.of(0, 0, 1).estimate(DEFAULT, WALD);
    assertEquals(100.0, w.lower());
    assertEquals(100.0, w.upper());
    // Adjusted: n'=4, pP'=0.4375, pD'=0.1875, centre 0.25, variance (0.625 - 0.0625)/4 = 0.140625,
    // SE 0.375; 0.25 ± 0.73498649 = [-48.49864942025202, 98.49864942025202], widened up to the
    // observed 100 so that the interval contains its point.
    Estimate a = NpsTally.of(0, 0, 1).estimate(DEFAULT, ADJUSTED);
    assertEquals(100.0, a.value());
    assertEquals(37.5, se(a), 1e-12);
    assertEquals(-48.49864942025202, a.lower(), 1e-12);
    assertEquals(100.0, a.upper());
    assertEquals(1, a.n());
  }

  @Test
  void allPassives() {
    // Wald collapses to [0, 0]. Adjusted: n'=23, pP'=pD'=0.75/23, centre 0, variance (1.5/23)/23,
    // SE 5.3249777017025611; 0 ± 10.43676451381589.
    NpsTally t = NpsTally.of(0, 20, 0);
    assertEquals(0.0, t.estimate(DEFAULT, WALD).marginOfError());
    Estimate a = t.estimate(DEFAULT, ADJUSTED);
    assertEquals(-10.43676451381589, a.lower(), 1e-12);
    assertEquals(10.43676451381589, a.upper(), 1e-12);
  }

  @Test
  void allDetractorsIsClampedAtMinusOneHundred() {
    // Adjusted: n'=8, pP'=0.09375, pD'=0.71875, centre -0.625, variance (0.8125 - 0.390625)/8,
    // SE 22.963966338592295; lower -62.5 - 45.0 < -100, clamped; upper -17.491453034168975.
    Estimate a = NpsTally.of(5, 0, 0).estimate(DEFAULT, ADJUSTED);
    assertEquals(-100.0, a.value());
    assertEquals(-100.0, a.lower());
    assertEquals(-17.491453034168975, a.upper(), 1e-12);
  }

  @Test
  void confidenceMinimumAndLevel() {
    NpsTally t = NpsTally.of(2, 3, 5);
    assertTrue(t.estimate().isBelowMinimum()); // 10 answers < 30
    assertFalse(t.estimate(DEFAULT.withMinimumN(10)).isBelowMinimum());
    assertTrue(t.estimate(DEFAULT.withMinimumN(11)).isBelowMinimum());
    assertEquals(t.estimate(DEFAULT.withMinimumN(10)), t.estimate(DEFAULT.withMinimumN(10), ADJUSTED));
    // A higher level widens the interval: z(0.99) = 2.5758 > z(0.95) = 1.9600.
    Confidence ninetyNine = Confidence.ofLevel(0.99);
    assertTrue(t.estimate(ninetyNine, WALD).marginOfError() > t.estimate(DEFAULT, WALD).marginOfError());
    // 99 %: 30 ± 2.5758293035489004 * 24.698178070456938 = 30 ± 63.61829...
    assertEquals(2.5758293035489004 * 24.698178070456938, t.estimate(ninetyNine, WALD).marginOfError(), 1e-11);
    assertEquals(0.99, t.estimate(ninetyNine, WALD).level());
  }

  @Test
  void theMethodMapsToTheCoreIntervalMethod() {
    assertEquals(IntervalMethod.WALD, NpsInterval.WALD.toIntervalMethod());
    assertEquals(IntervalMethod.ADJUSTED_WALD, NpsInterval.ADJUSTED_WALD.toIntervalMethod());
  }

  @Test
  void theOneJsonShapeAndReadableFormOfTheCoreEstimate() {
    // D=2, passives=3, P=5 with Wald (see waldIntervalByHand): 30 ± 48.407539501852559.
    Estimate e = NpsTally.of(2, 3, 5).estimate(DEFAULT, WALD);
    assertEquals("{\"value\":30.0,\"n\":10,\"lower\":" + e.lower() + ",\"upper\":" + e.upper()
        + ",\"level\":0.95,\"method\":\"wald\",\"marginOfError\":" + e.marginOfError()
        + ",\"standardError\":" + se(e) + ",\"effectiveN\":10.0,\"minimumN\":30,\"belowMinimum\":true}",
        e.toJson());
    assertTrue(e.toString().startsWith("30.0 (95% Wald CI -18.4075395018"), e.toString());
    assertTrue(e.toString().endsWith(", n=10) below minimum 30"), e.toString());
    assertTrue(NpsTally.of(10, 30, 60).estimate().toString().startsWith("50.0 (95% adjusted Wald CI 35.46659"));
  }

  @Test
  void valueSemantics() {
    assertEquals(NpsTally.of(2, 3, 5).estimate(), NpsTally.of(2, 3, 5).estimate());
    assertEquals(NpsTally.of(2, 3, 5).estimate().hashCode(), NpsTally.of(2, 3, 5).estimate().hashCode());
    assertFalse(NpsTally.of(2, 3, 5).estimate().equals(NpsTally.of(2, 3, 5).estimate(DEFAULT, WALD)));
  }
}
