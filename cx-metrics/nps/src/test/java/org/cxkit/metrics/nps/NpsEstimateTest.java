package org.cxkit.metrics.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxkit.core.result.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Interval values worked by hand from the formulas of Rocks (2016) (Wald on the multinomial
 * variance; adjusted Wald with 3/4 pseudo-answer added to promoters and to detractors and 3/2 to
 * passives, the defaults of Rocks's R package NPS and the form Lewis and Sauro 2021 describe), with
 * {@code z = 1.9599639845400538556}. The
 * 17-digit figures were evaluated from those formulas in mpmath at 30 digits; the arithmetic is
 * shown in each comment.
 */
class NpsEstimateTest {
  private static final NpsPolicy WALD = NpsPolicy.DEFAULT.withMethod(NpsInterval.WALD);
  private static final NpsPolicy ADJUSTED = NpsPolicy.DEFAULT;

  @Test
  void waldIntervalByHand() {
    // D=2, passives=3, P=5: NPS 30, SE = 100 sqrt(0.61 / 10) = 24.698178070456938;
    // 30 ± 1.95996 * 24.69818 = 30 ± 48.407539501852559.
    NpsEstimate e = NpsTally.of(2, 3, 5).estimate(WALD);
    assertEquals(30.0, e.value());
    assertEquals(10, e.n());
    assertEquals(24.698178070456938, e.standardError(), 1e-12);
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
    NpsEstimate e = NpsTally.of(2, 3, 5).estimate(ADJUSTED);
    assertEquals(30.0, e.value());
    assertEquals(21.494037025977718, e.standardError(), 1e-12);
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
    NpsEstimate w = t.estimate(WALD);
    assertEquals(36.852161891351278, w.lower(), 1e-12);
    assertEquals(63.147838108648722, w.upper(), 1e-12);
    NpsEstimate a = t.estimate(ADJUSTED);
    assertEquals(35.466591938667479, a.lower(), 1e-12);
    assertEquals(61.62078670210922, a.upper(), 1e-12);
    assertFalse(a.isBelowMinimum());
  }

  @Test
  void onePromoterAlone() {
    // Wald: SE 0, the interval is the point [100, 100] - it claims certainty from one answer.
    NpsEstimate w = NpsTally.of(0, 0, 1).estimate(WALD);
    assertEquals(100.0, w.lower());
    assertEquals(100.0, w.upper());
    // Adjusted: n'=4, pP'=0.4375, pD'=0.1875, centre 0.25, variance (0.625 - 0.0625)/4 = 0.140625,
    // SE 0.375; 0.25 ± 0.73498649 = [-48.49864942025202, 98.49864942025202], widened up to the
    // observed 100 so that the interval contains its point.
    NpsEstimate a = NpsTally.of(0, 0, 1).estimate(ADJUSTED);
    assertEquals(100.0, a.value());
    assertEquals(37.5, a.standardError(), 1e-12);
    assertEquals(-48.49864942025202, a.lower(), 1e-12);
    assertEquals(100.0, a.upper());
    assertEquals(1, a.n());
  }

  @Test
  void allPassives() {
    // Wald collapses to [0, 0]. Adjusted: n'=23, pP'=pD'=0.75/23, centre 0, variance (1.5/23)/23,
    // SE 5.3249777017025611; 0 ± 10.43676451381589.
    NpsTally t = NpsTally.of(0, 20, 0);
    assertEquals(0.0, t.estimate(WALD).marginOfError());
    NpsEstimate a = t.estimate(ADJUSTED);
    assertEquals(-10.43676451381589, a.lower(), 1e-12);
    assertEquals(10.43676451381589, a.upper(), 1e-12);
  }

  @Test
  void allDetractorsIsClampedAtMinusOneHundred() {
    // Adjusted: n'=8, pP'=0.09375, pD'=0.71875, centre -0.625, variance (0.8125 - 0.390625)/8,
    // SE 22.963966338592295; lower -62.5 - 45.0 < -100, clamped; upper -17.491453034168975.
    NpsEstimate a = NpsTally.of(5, 0, 0).estimate(ADJUSTED);
    assertEquals(-100.0, a.value());
    assertEquals(-100.0, a.lower());
    assertEquals(-17.491453034168975, a.upper(), 1e-12);
  }

  @Test
  void policyMinimumAndLevel() {
    NpsTally t = NpsTally.of(2, 3, 5);
    assertTrue(t.estimate().isBelowMinimum());
    assertFalse(t.estimate(NpsPolicy.DEFAULT.withMinimumSampleSize(10)).isBelowMinimum());
    assertTrue(t.estimate(NpsPolicy.DEFAULT.withMinimumSampleSize(11)).isBelowMinimum());
    // A higher level widens the interval: z(0.99) = 2.5758 > z(0.95) = 1.9600.
    assertTrue(t.estimate(WALD.withLevel(0.99)).marginOfError() > t.estimate(WALD).marginOfError());
    // 99 %: 30 ± 2.5758293035489004 * 24.698178070456938 = 30 ± 63.61829...
    assertEquals(2.5758293035489004 * 24.698178070456938, t.estimate(WALD.withLevel(0.99)).marginOfError(), 1e-11);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NpsPolicy.DEFAULT.withLevel(1.0));
    assertEquals("Invalid value for level (valid values strictly between 0 and 1): 1.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NpsPolicy.DEFAULT.withMinimumSampleSize(0));
  }

  @Test
  void convertsToTheCoreEstimate() {
    NpsEstimate e = NpsTally.of(2, 3, 5).estimate(WALD);
    Estimate core = e.toEstimate();
    assertEquals(30.0, core.value());
    assertEquals(10, core.n());
    assertEquals(e.lower(), core.lower());
    assertEquals(e.upper(), core.upper());
    assertEquals(0.95, core.level());
    assertEquals(e.marginOfError(), core.marginOfError());
  }

  @Test
  void readableForm() {
    assertEquals("NPS 30.0 ±48.4 (95% CI -18.4 to 78.4, Wald, n=10) below minimum 30",
        NpsTally.of(2, 3, 5).estimate(WALD).toString());
    assertEquals("NPS 50.0 ±14.5 (95% CI 35.5 to 61.6, adjusted Wald, n=100)",
        NpsTally.of(10, 30, 60).estimate().toString());
  }

  @Test
  void valueSemantics() {
    assertEquals(NpsTally.of(2, 3, 5).estimate(), NpsTally.of(2, 3, 5).estimate());
    assertEquals(NpsTally.of(2, 3, 5).estimate().hashCode(), NpsTally.of(2, 3, 5).estimate().hashCode());
    assertFalse(NpsTally.of(2, 3, 5).estimate().equals(NpsTally.of(2, 3, 5).estimate(WALD)));
  }
}
