package org.cxkit.metrics.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.path.PathCounts;
import org.junit.jupiter.api.Test;

class PathRuleTest {
  private static final double EPS = 1e-12;

  /**
   * Five conversions worth 66: a > b > c twice (30, and one null), b once (6), c > a once (10),
   * a > b > b > c > a once (20); d three times, never converting.
   */
  private static PathCounts paths() {
    return PathCounts.of(List.of(PathCount.parse("a > b > c", 2, 30, 1), PathCount.parse("b", 1, 6, 0),
        PathCount.parse("c > a", 1, 10, 0), PathCount.parse("a > b > b > c > a", 1, 20, 0),
        PathCount.parse("d", 0, 0, 3)));
  }

  private static void assertCredit(Attribution a, String channel, double conversions, double value) {
    Credit c = a.credit(channel).orElseThrow();
    assertEquals(conversions, c.conversions(), EPS, channel + " conversions");
    assertEquals(value, c.value(), EPS, channel + " value");
  }

  @Test
  void firstTouchCreditsTheFirstStep() {
    // a starts a > b > c (2 conversions, 30) and a > b > b > c > a (1, 20); b starts b; c starts c > a.
    Attribution a = PathRule.FIRST_TOUCH.attribute(paths());
    assertCredit(a, "a", 3, 50);
    assertCredit(a, "b", 1, 6);
    assertCredit(a, "c", 1, 10);
    assertCredit(a, "d", 0, 0);
    assertEquals("first-touch", a.model());
    assertEquals(5, a.conversions());
    assertEquals(66, a.value());
    assertEquals(9, a.count()); // 3 + 1 + 1 + 1 + 3 journeys
  }

  @Test
  void lastTouchCreditsTheLastStep() {
    // c ends a > b > c (2, 30); b ends b; a ends c > a (10) and a > b > b > c > a (20).
    Attribution a = PathRule.LAST_TOUCH.attribute(paths());
    assertCredit(a, "a", 2, 30);
    assertCredit(a, "b", 1, 6);
    assertCredit(a, "c", 2, 30);
    assertCredit(a, "d", 0, 0);
  }

  @Test
  void linearCreditsEveryStepRepeatsIncluded() {
    // a > b > c: 2/3 of a conversion (value 10) to each; b: 1 (6); c > a: 1/2 (5) each;
    // a > b > b > c > a: 1/5 per step, so a 2/5 (8), b 2/5 (8), c 1/5 (4).
    // a: 2/3 + 1/2 + 2/5 = 47/30, value 10 + 5 + 8 = 23; b: 2/3 + 1 + 2/5 = 62/30, 24;
    // c: 2/3 + 1/2 + 1/5 = 41/30, 19. Sum 150/30 = 5, value 66.
    Attribution a = PathRule.LINEAR.attribute(paths());
    assertCredit(a, "a", 47.0 / 30, 23);
    assertCredit(a, "b", 62.0 / 30, 24);
    assertCredit(a, "c", 41.0 / 30, 19);
    assertCredit(a, "d", 0, 0);
  }

  @Test
  void positionBasedGivesFortyTwentyFortyAndHalvesTwoStepPaths() {
    // a > b > c (×2, 30): a 0.8 (12), b 0.4 (6), c 0.8 (12); b: 1 (6); c > a: 0.5 (5) each;
    // a > b > b > c > a (20): a 0.4 + 0.4 = 0.8 (16), each middle step 0.2/3: b 2/15 (8/3), c 1/15 (4/3).
    // a: 0.8 + 0.5 + 0.8 = 2.1 (33); b: 0.4 + 1 + 2/15 = 23/15 (44/3); c: 0.8 + 0.5 + 1/15 = 41/30 (55/3).
    Attribution a = PathRule.POSITION_BASED.attribute(paths());
    assertCredit(a, "a", 2.1, 33);
    assertCredit(a, "b", 23.0 / 15, 44.0 / 3);
    assertCredit(a, "c", 41.0 / 30, 55.0 / 3);
    assertEquals("position-based 40/20/40", a.model());
  }

  @Test
  void weightsByLength() {
    assertArrayEquals(new double[] {1}, PathRule.POSITION_BASED.weights(1));
    assertArrayEquals(new double[] {0.5, 0.5}, PathRule.POSITION_BASED.weights(2));
    assertArrayEquals(new double[] {0.4, 0.2, 0.4}, PathRule.POSITION_BASED.weights(3), EPS);
    assertArrayEquals(new double[] {0.4, 0.1, 0.1, 0.4}, PathRule.POSITION_BASED.weights(4), EPS);
    // other weights: two steps share in proportion first : last = 3 : 5
    PathRule custom = PathRule.positionBased(0.3, 0.5);
    assertArrayEquals(new double[] {0.375, 0.625}, custom.weights(2), EPS);
    assertArrayEquals(new double[] {0.3, 0.1, 0.1, 0.5}, custom.weights(4), EPS);
    assertEquals("position-based 30/20/50", custom.name());
    assertArrayEquals(new double[] {0.5, 0.5}, PathRule.positionBased(0, 0).weights(2));
    assertArrayEquals(new double[] {0, 1, 0}, PathRule.positionBased(0, 0).weights(3));
    assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, PathRule.LINEAR.weights(4));
    assertArrayEquals(new double[] {1, 0, 0}, PathRule.FIRST_TOUCH.weights(3));
    assertArrayEquals(new double[] {0, 0, 1}, PathRule.LAST_TOUCH.weights(3));
    assertThrows(InvalidValueException.class, () -> PathRule.LINEAR.weights(0));
  }

  @Test
  void positionWeightsAreChecked() {
    assertEquals("Invalid value for last (first + last at most 1, first = 0.6): 0.5",
        assertThrows(InvalidValueException.class, () -> PathRule.positionBased(0.6, 0.5)).getMessage());
    assertThrows(InvalidValueException.class, () -> PathRule.positionBased(-0.1, 0.5));
    assertEquals(PathRule.POSITION_BASED, PathRule.positionBased(0.4, 0.4));
  }

  @Test
  void sharesAndRanking() {
    Attribution a = PathRule.FIRST_TOUCH.attribute(paths());
    assertEquals(0.6, a.share("a"), EPS);
    assertEquals(50.0 / 66, a.valueShare("a"), EPS);
    assertEquals(0, a.share("zzz"));
    assertEquals(List.of("a", "b", "c", "d"), a.ranked().stream().map(Credit::channel).toList());
  }

  @Test
  void noConversionsGiveZeroCreditsAndNoShares() {
    Attribution a = PathRule.LINEAR.attribute(PathCounts.of(List.of(PathCount.parse("a > b", 0, 0, 4))));
    assertEquals(List.of(new Credit("a", 0, 0), new Credit("b", 0, 0)), a.credits());
    assertThrows(IllegalStateException.class, () -> a.share("a"));
    assertThrows(IllegalStateException.class, () -> a.valueShare("a"));
    Attribution empty = PathRule.LINEAR.attribute(PathCounts.empty());
    assertEquals(List.of(), empty.credits());
    assertEquals(0, empty.count());
  }
}
