package org.cxkit.metrics.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
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
      assertEquals(List.of("a", "b", "c"), List.copyOf(b.conversionShares().keySet()));
      for (Map.Entry<String, Estimate> e : b.conversionShares().entrySet()) {
        Estimate s = e.getValue();
        assertEquals(point.share(e.getKey()), s.value(), 1e-15);
        assertTrue(s.contains(s.value()), s.toString());
        // 120 conversions: a share is known to within a few tens of percentage points, not to 1.
        assertTrue(s.upper() - s.lower() > 0.01 && s.upper() - s.lower() < 0.4, s.toString());
        assertEquals(400, s.n()); // the journeys
        assertEquals(IntervalMethod.BOOTSTRAP_PERCENTILE, s.method());
        assertEquals(Confidence.DEFAULT, s.confidence());
        assertTrue(s.standardError().orElseThrow() > 0 && s.standardError().orElseThrow() < s.upper() - s.lower(),
            s.toString());
      }
      for (Map.Entry<String, Estimate> e : b.valueShares().entrySet()) {
        Estimate s = e.getValue();
        assertEquals(point.valueShare(e.getKey()), s.value(), 1e-15);
        assertTrue(s.contains(s.value()), s.toString());
      }
      assertTrue(b.conversionShare("a").isPresent());
      assertTrue(b.conversionShare("z").isEmpty());
    }
  }

  @Test
  void aHigherLevelGivesAWiderInterval() {
    Estimate at80 = MarkovBootstrap.of(paths(), 1, 400, 5, Confidence.ofLevel(0.8)).conversionShare("b")
        .orElseThrow();
    Estimate at99 = MarkovBootstrap.of(paths(), 1, 400, 5, Confidence.ofLevel(0.99)).conversionShare("b")
        .orElseThrow();
    assertTrue(at99.lower() <= at80.lower() && at99.upper() >= at80.upper());
    assertEquals(0.8, at80.level());
    assertEquals(Confidence.ofLevel(0.99), at99.confidence());
  }

  @Test
  void replicatesWithoutConversionsAreLeftOut() {
    // One conversion in 40 journeys: a replicate misses it with probability (39/40)^40, about 0.36.
    MarkovBootstrap b = MarkovBootstrap.of(PathCounts.of(List.of(PathCount.parse("a > b", 1, 0, 9),
        PathCount.parse("b", 0, 0, 30))), 1, 500, 11);
    assertTrue(b.usable() > 250 && b.usable() < 400, "usable " + b.usable());
    assertEquals(Map.of(), b.valueShares()); // no value to share
    assertEquals(2, b.conversionShares().size());
  }

  @Test
  void aSingleConvertingPathHasCertainShares() {
    MarkovBootstrap b = MarkovBootstrap.of(PathCounts.of(List.of(PathCount.parse("a", 5, 10, 5))), 2, 50, 1);
    Estimate certain = Estimate.of(1, 10, 1, 1, IntervalMethod.BOOTSTRAP_PERCENTILE, Confidence.DEFAULT)
        .withStandardError(0);
    assertEquals(Map.of("a", certain), b.conversionShares());
    assertEquals(Map.of("a", certain), b.valueShares());
  }

  @Test
  void noConversionsGiveNoIntervals() {
    MarkovBootstrap b = MarkovBootstrap.of(PathCounts.of(List.of(PathCount.parse("a > b", 0, 0, 9))), 1, 10, 1);
    assertEquals(Map.of(), b.conversionShares());
    assertEquals(0, b.usable());
    MarkovBootstrap empty = MarkovBootstrap.of(PathCounts.empty(), 1, 10, 1);
    assertEquals(Map.of(), empty.conversionShares());
  }

  @Test
  void parametersAreChecked() {
    assertThrows(InvalidValueException.class, () -> MarkovBootstrap.of(paths(), 1, 1, 1));
    assertThrows(InvalidValueException.class, () -> MarkovBootstrap.of(paths(), 5, 10, 1));
  }

  @Test
  void theIntervalIsWidenedToHoldTheShareAndTheStandardErrorIsTheReplicatesDeviation() {
    // R: quantile(c(.1,.2,.4,.8), c(.025, .975)) = 0.1075, 0.77; sd(c(.1,.2,.4,.8)) = sqrt(0.2875 / 3)
    Estimate inside = MarkovBootstrap.share(0.3, new double[] {0.8, 0.1, 0.4, 0.2}, 50, Confidence.DEFAULT);
    assertEquals(0.1075, inside.lower(), 1e-15);
    assertEquals(0.77, inside.upper(), 1e-15);
    assertEquals(Math.sqrt(0.2875 / 3), inside.standardError().orElseThrow(), 1e-15);
    assertEquals(50, inside.n());
    assertEquals(IntervalMethod.BOOTSTRAP_PERCENTILE, inside.method());
    // A share below every replicate's: the percentile interval would miss it, so its lower bound is the share.
    Estimate below = MarkovBootstrap.share(0.05, new double[] {0.1, 0.2, 0.4, 0.8}, 50, Confidence.DEFAULT);
    assertEquals(0.05, below.lower(), 1e-15);
    assertEquals(0.77, below.upper(), 1e-15);
    Estimate above = MarkovBootstrap.share(0.9, new double[] {0.1, 0.2, 0.4, 0.8}, 50, Confidence.DEFAULT);
    assertEquals(0.1075, above.lower(), 1e-15);
    assertEquals(0.9, above.upper(), 1e-15);
    // One usable replicate has no standard deviation.
    assertTrue(MarkovBootstrap.share(0.5, new double[] {0.4}, 50, Confidence.DEFAULT).standardError().isEmpty());
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
