package org.cxkit.metrics.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.cxkit.core.result.Confidence;
import org.junit.jupiter.api.Test;

/**
 * Expected values worked by hand from {@code SE = sqrt(SE1² + SE2²)}, {@code z = Δ / SE},
 * {@code p = 2 Q(|z|)}; the 17-digit figures were evaluated from those formulas in mpmath at 30
 * digits (p-values with {@code 2 * (1 - ncdf(z))}).
 */
class NpsComparisonTest {
  private static final Confidence DEFAULT = Confidence.DEFAULT;
  private static final NpsInterval WALD = NpsInterval.WALD;

  @Test
  void waldComparisonByHand() {
    // First: D=2, passives=3, P=5, NPS 30, variance 610. Second: D=10, passives=30, P=60, NPS 50,
    // variance 100^2 (0.7 - 0.25) / 100 = 45. Δ = 50 - 30 = +20 (second minus first),
    // SE = sqrt(655) = 25.592967784139455, z = 0.78146466516456351, p = 0.43452925109995727.
    NpsComparison c = NpsComparison.of(NpsTally.of(2, 3, 5), NpsTally.of(10, 30, 60), DEFAULT, WALD);
    assertEquals(20.0, c.difference());
    assertEquals(25.592967784139455, c.standardError(), 1e-12);
    assertEquals(0.78146466516456351, c.z(), 1e-14);
    assertEquals(0.43452925109995727, c.pValue(), 1e-14);
    assertEquals(-30.161295114407199, c.lower(), 1e-12);
    assertEquals(70.161295114407199, c.upper(), 1e-12);
    assertFalse(c.isSignificant());
  }

  @Test
  void adjustedWaldComparisonByHand() {
    // Adjusted centres 300/13 = 23.076923076923077 and 5000/103 = 48.54368932038835,
    // SE = sqrt(21.494037^2 + 6.672111^2) = 22.505792447575257, z = 1.131564965010109,
    // p = 0.25781737644446148; interval 25.4668 ± 44.1107 = [-18.64377639731578, 69.577308884246325].
    NpsComparison c = NpsComparison.of(NpsTally.of(2, 3, 5), NpsTally.of(10, 30, 60));
    assertEquals(20.0, c.difference());
    assertEquals(22.505792447575257, c.standardError(), 1e-12);
    assertEquals(1.131564965010109, c.z(), 1e-13);
    assertEquals(0.25781737644446148, c.pValue(), 1e-13);
    assertEquals(-18.64377639731578, c.lower(), 1e-12);
    assertEquals(69.577308884246325, c.upper(), 1e-12);
  }

  @Test
  void signConventionIsSecondMinusFirst() {
    NpsTally low = NpsTally.of(60, 30, 10); // -50
    NpsTally high = NpsTally.of(10, 30, 60); // +50
    NpsComparison rise = NpsComparison.of(low, high, DEFAULT, WALD);
    assertEquals(100.0, rise.difference());
    assertTrue(rise.z() > 0);
    assertTrue(rise.isSignificant());
    NpsComparison fall = NpsComparison.of(high, low, DEFAULT, WALD);
    assertEquals(-100.0, fall.difference());
    assertTrue(fall.z() < 0);
  }

  @Test
  void swappingTheSamplesNegatesTheDifferenceAndKeepsThePValue() {
    qt().forAll(NpsGens.nonEmptyTallies(40), NpsGens.nonEmptyTallies(40))
        .check((a, b) -> {
          NpsComparison ab = NpsComparison.of(a, b);
          NpsComparison ba = NpsComparison.of(b, a);
          return ab.difference() == -ba.difference() && ab.z() == -ba.z() && ab.pValue() == ba.pValue()
              && ab.lower() <= ab.difference() && ab.difference() <= ab.upper()
              && ab.pValue() >= 0 && ab.pValue() <= 1 && Double.isFinite(ab.z());
        });
  }

  @Test
  void degenerateWaldComparisons() {
    // Both all promoters: Δ = 0, SE = 0: z = 0, p = 1.
    NpsComparison same = NpsComparison.of(NpsTally.of(0, 0, 3), NpsTally.of(0, 0, 5), DEFAULT, WALD);
    assertEquals(0.0, same.z());
    assertEquals(1.0, same.pValue());
    // All promoters against all detractors: Δ = -200 with SE = 0 has no finite z under Wald.
    assertThrows(IllegalStateException.class,
        () -> NpsComparison.of(NpsTally.of(0, 0, 3), NpsTally.of(5, 0, 0), DEFAULT, WALD));
    // The adjusted Wald method answers: Δ = -200, a finite z, a small p.
    NpsComparison adjusted = NpsComparison.of(NpsTally.of(0, 0, 3), NpsTally.of(5, 0, 0));
    assertEquals(-200.0, adjusted.difference());
    assertTrue(Double.isFinite(adjusted.z()) && adjusted.z() < 0);
    assertTrue(adjusted.pValue() < 0.05);
  }

  @Test
  void bothScoresAreReportedWithTheOneConfidenceAndMethod() {
    NpsComparison c = NpsComparison.of(NpsTally.of(2, 3, 5), NpsTally.of(10, 30, 60), Confidence.ofLevel(0.9), WALD);
    assertEquals(NpsTally.of(2, 3, 5).estimate(Confidence.ofLevel(0.9), WALD), c.first());
    assertEquals(NpsTally.of(10, 30, 60).estimate(Confidence.ofLevel(0.9), WALD), c.second());
    assertEquals(Confidence.ofLevel(0.9), c.confidence());
    assertEquals(WALD, c.method());
    // At 90 % the interval is 20 ± 1.6448536269514729 * 25.592967784139455 = 20 ± 42.09627...
    assertEquals(20 - 1.6448536269514729 * 25.592967784139455, c.lower(), 1e-11);
    // The default is 95 % adjusted Wald, and (Confidence) alone picks the adjusted Wald method.
    assertEquals(NpsComparison.of(NpsTally.of(2, 3, 5), NpsTally.of(10, 30, 60), DEFAULT, NpsInterval.ADJUSTED_WALD),
        NpsComparison.of(NpsTally.of(2, 3, 5), NpsTally.of(10, 30, 60)));
    assertEquals(NpsComparison.of(NpsTally.of(2, 3, 5), NpsTally.of(10, 30, 60)),
        NpsComparison.of(NpsTally.of(2, 3, 5), NpsTally.of(10, 30, 60), DEFAULT));
  }

  @Test
  void readableForm() {
    assertEquals("Δ +20.0 (95% CI -30.2 to 70.2), z = 0.78, p = 0.435",
        NpsComparison.of(NpsTally.of(2, 3, 5), NpsTally.of(10, 30, 60), DEFAULT, WALD).toString());
  }
}
