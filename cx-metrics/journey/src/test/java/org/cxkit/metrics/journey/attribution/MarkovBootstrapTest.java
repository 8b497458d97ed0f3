package org.cxkit.metrics.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.path.PathCounts;
import org.junit.jupiter.api.Test;

class MarkovBootstrapTest {

  /** 400 journeys over three channels, 120 conversions. */
  private static PathCounts paths() {
    return PathCounts.of(List.of(PathCount.parse("a > b", 40, 400, 60), PathCount.parse("b", 30, 150, 70),
        PathCount.parse("c > a > b", 20, 300, 30), PathCount.parse("c", 10, 20, 40),
        PathCount.parse("a > c", 20, 100, 80)));
  }

  @Test
  void intervalsAreReproducibleFromTheSeed() {
    MarkovBootstrap one = MarkovBootstrap.of(paths(), 1, 200, 42);
    MarkovBootstrap two = MarkovBootstrap.of(paths(), 1, 200, 42);
    assertEquals(one.conversionShares(), two.conversionShares());
    assertEquals(one.valueShares(), two.valueShares());
    assertNotEquals(one.conversionShares(), MarkovBootstrap.of(paths(), 1, 200, 43).conversionShares());
    assertEquals(200, one.replicates());
    assertEquals(200, one.usable());
    assertEquals(200, one.usableForValue());
    assertEquals(42, one.seed());
    assertEquals(Confidence.DEFAULT, one.confidence());
  }

  @Test
  void intervalsSurroundTheSharesOfAllTheJourneys() {
    for (int order = 1; order <= 2; order++) {
      MarkovBootstrap b = MarkovBootstrap.of(paths(), order, 300, 7);
      Attribution point = b.estimate().attribution();
      assertEquals(3, b.conversionShares().size());
      for (ShareInterval s : b.conversionShares()) {
        assertEquals(point.share(s.channel()), s.share(), 1e-15);
        assertTrue(s.contains(s.share()), s.toString());
        // 120 conversions: a share is known to within a few tens of percentage points, not to 1.
        assertTrue(s.upper() - s.lower() > 0.01 && s.upper() - s.lower() < 0.4, s.toString());
      }
      for (ShareInterval s : b.valueShares()) {
        assertEquals(point.valueShare(s.channel()), s.share(), 1e-15);
        assertTrue(s.contains(s.share()), s.toString());
      }
      assertTrue(b.conversionShare("a").isPresent());
      assertTrue(b.conversionShare("z").isEmpty());
    }
  }

  @Test
  void aHigherLevelGivesAWiderInterval() {
    ShareInterval at80 = MarkovBootstrap.of(paths(), 1, 400, 5, Confidence.ofLevel(0.8)).conversionShare("b")
        .orElseThrow();
    ShareInterval at99 = MarkovBootstrap.of(paths(), 1, 400, 5, Confidence.ofLevel(0.99)).conversionShare("b")
        .orElseThrow();
    assertTrue(at99.lower() <= at80.lower() && at99.upper() >= at80.upper());
  }

  @Test
  void replicatesWithoutConversionsAreLeftOut() {
    // One conversion in 40 journeys: a replicate misses it with probability (39/40)^40, about 0.36.
    MarkovBootstrap b = MarkovBootstrap.of(PathCounts.of(List.of(PathCount.parse("a > b", 1, 0, 9),
        PathCount.parse("b", 0, 0, 30))), 1, 500, 11);
    assertTrue(b.usable() > 250 && b.usable() < 400, "usable " + b.usable());
    assertEquals(List.of(), b.valueShares()); // no value to share
    assertEquals(2, b.conversionShares().size());
  }

  @Test
  void aSingleConvertingPathHasCertainShares() {
    MarkovBootstrap b = MarkovBootstrap.of(PathCounts.of(List.of(PathCount.parse("a", 5, 10, 5))), 2, 50, 1);
    assertEquals(List.of(new ShareInterval("a", 1, 1, 1)), b.conversionShares());
    assertEquals(List.of(new ShareInterval("a", 1, 1, 1)), b.valueShares());
  }

  @Test
  void noConversionsGiveNoIntervals() {
    MarkovBootstrap b = MarkovBootstrap.of(PathCounts.of(List.of(PathCount.parse("a > b", 0, 0, 9))), 1, 10, 1);
    assertEquals(List.of(), b.conversionShares());
    assertEquals(0, b.usable());
    MarkovBootstrap empty = MarkovBootstrap.of(PathCounts.empty(), 1, 10, 1);
    assertEquals(List.of(), empty.conversionShares());
  }

  @Test
  void parametersAreChecked() {
    assertThrows(InvalidValueException.class, () -> MarkovBootstrap.of(paths(), 1, 1, 1));
    assertThrows(InvalidValueException.class, () -> MarkovBootstrap.of(paths(), 5, 10, 1));
  }

  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    double[] x = {0.1, 0.2, 0.4, 0.8};
    // R: quantile(c(.1,.2,.4,.8), c(0, .025, .5, .975, 1)) = 0.1, 0.1075, 0.3, 0.77, 0.8
    assertEquals(0.1, MarkovBootstrap.quantile(x, 0), 1e-15);
    assertEquals(0.1075, MarkovBootstrap.quantile(x, 0.025), 1e-15);
    assertEquals(0.3, MarkovBootstrap.quantile(x, 0.5), 1e-15);
    assertEquals(0.77, MarkovBootstrap.quantile(x, 0.975), 1e-15);
    assertEquals(0.8, MarkovBootstrap.quantile(x, 1), 1e-15);
  }
}
