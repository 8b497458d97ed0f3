package org.cxkit.metrics.gap.ipa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.cxkit.core.scale.Scale;
import org.junit.jupiter.api.Test;

class ImportancePerformanceTest {

  /**
   * Four attributes on 1–5 scales. Data means: importance (4.5 + 4 + 2 + 1.5)/4 = 3, performance
   * (2 + 4 + 2.5 + 4.5)/4 = 3.25. So "speed" (4.5, 2) is important and under-performing: concentrate
   * here; "staff" (4, 4) keep up the good work; "parking" (2, 2.5) low priority; "decor" (1.5, 4.5)
   * possible overkill. At the scale midpoints (3, 3) the same four fall the same way.
   */
  @Test
  void placesAttributesByHand() {
    List<IpaAttribute> attributes = List.of(IpaAttribute.of("speed", 4.5, 2), IpaAttribute.of("staff", 4, 4),
        IpaAttribute.of("parking", 2, 2.5), IpaAttribute.of("decor", 1.5, 4.5));
    ImportancePerformance means = ImportancePerformance.atDataMeans(attributes);
    assertEquals(IpaCrosshair.of(3, 3.25), means.crosshair());
    assertEquals(IpaQuadrant.CONCENTRATE_HERE, means.quadrant("speed"));
    assertEquals(IpaQuadrant.KEEP_UP_THE_GOOD_WORK, means.quadrant("staff"));
    assertEquals(IpaQuadrant.LOW_PRIORITY, means.quadrant("parking"));
    assertEquals(IpaQuadrant.POSSIBLE_OVERKILL, means.quadrant("decor"));
    ImportancePerformance mid = ImportancePerformance.atScaleMidpoints(attributes, Scale.ONE_TO_FIVE, Scale.ONE_TO_FIVE);
    assertEquals(IpaCrosshair.of(3, 3), mid.crosshair());
    assertEquals(means.quadrants(), mid.quadrants());
  }

  /** The crosshair choice matters: at data means "ok" (3.5, 3.5) is high; at midpoint 4 of 1–7 it is low. */
  @Test
  void crosshairChoiceIsExplicitAndChangesThePlacement() {
    List<IpaAttribute> attributes = List.of(IpaAttribute.of("ok", 3.5, 3.5), IpaAttribute.of("poor", 2.5, 2.5));
    assertEquals(IpaQuadrant.KEEP_UP_THE_GOOD_WORK, ImportancePerformance.atDataMeans(attributes).quadrant("ok"));
    assertEquals(IpaQuadrant.LOW_PRIORITY,
        ImportancePerformance.atScaleMidpoints(attributes, Scale.ONE_TO_SEVEN, Scale.ONE_TO_SEVEN).quadrant("ok"));
  }

  @Test
  void aPointOnTheCrosshairCountsAsHigh() {
    IpaCrosshair c = IpaCrosshair.of(3, 3);
    assertEquals(IpaQuadrant.KEEP_UP_THE_GOOD_WORK, IpaQuadrant.of(3, 3, c));
    assertEquals(IpaQuadrant.CONCENTRATE_HERE, IpaQuadrant.of(3, 2.999, c));
    assertEquals(IpaQuadrant.POSSIBLE_OVERKILL, IpaQuadrant.of(2.999, 3, c));
  }

  @Test
  void quadrantsAreMonotone() {
    IpaCrosshair c = IpaCrosshair.of(4, 4);
    qt().forAll(doubles().between(1, 7), doubles().between(1, 7), doubles().between(0, 3)).check((i, p, up) -> {
      IpaQuadrant before = IpaQuadrant.of(i, p, c);
      IpaQuadrant better = IpaQuadrant.of(i, p + up, c);
      // Raising performance never moves a point from a high-performance quadrant to a low one.
      boolean highBefore = before == IpaQuadrant.KEEP_UP_THE_GOOD_WORK || before == IpaQuadrant.POSSIBLE_OVERKILL;
      boolean highAfter = better == IpaQuadrant.KEEP_UP_THE_GOOD_WORK || better == IpaQuadrant.POSSIBLE_OVERKILL;
      return !highBefore || highAfter;
    });
  }

  @Test
  void rejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> ImportancePerformance.atDataMeans(List.of()));
    assertThrows(IllegalArgumentException.class, () -> ImportancePerformance.atDataMeans(
        List.of(IpaAttribute.of("a", 1, 1), IpaAttribute.of("a", 2, 2))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpaAttribute.of("a", Double.NaN, 1));
    assertEquals("Invalid value for importance of a (must be finite): NaN", e.getMessage());
  }

  @Test
  void theDataMeanIsExactSoAPointOnItCountsAsHigh() {
    // 3.1 + 3.3 + 3.2 summed in doubles is 9.600000000000001, and / 3 gives 3.2000000000000006: the
    // attribute at exactly 3.2 would fall below a crosshair it sits on. The exact mean is 3.2.
    ImportancePerformance ipa = ImportancePerformance.atDataMeans(List.of(
        IpaAttribute.of("a", 1.0, 3.1), IpaAttribute.of("b", 2.0, 3.3), IpaAttribute.of("c", 3.0, 3.2)));
    assertEquals(3.2, ipa.crosshair().performance());
    assertEquals(IpaQuadrant.KEEP_UP_THE_GOOD_WORK, ipa.quadrant("c"));
  }
}
