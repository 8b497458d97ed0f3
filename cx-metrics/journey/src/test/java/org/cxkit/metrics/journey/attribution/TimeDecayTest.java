package org.cxkit.metrics.journey.attribution;

import static org.cxkit.metrics.journey.Touchpoints.day;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.Path;
import org.junit.jupiter.api.Test;

class TimeDecayTest {
  private static final double EPS = 1e-12;
  private static final TimeDecay WEEK = TimeDecay.ofHalfLife(Duration.ofDays(7));

  @Test
  void weightsHalveEveryHalfLifeBackFromTheConversion() {
    // Steps 14, 7 and 0 days before the conversion weigh 1/4, 1/2 and 1; scaled by 7/4: 1/7, 2/7, 4/7.
    JourneyPath p = JourneyPath.converted(Path.parse("email > ad > web"), List.of(day(0), day(7), day(14)), 70);
    assertArrayEquals(new double[] {1.0 / 7, 2.0 / 7, 4.0 / 7}, WEEK.weights(p), EPS);
    // Half a half-life back: 2^(-1/2).
    JourneyPath q = JourneyPath.converted(Path.parse("ad > web"), List.of(day(3.5), day(7)), 1);
    double w = Math.sqrt(0.5);
    assertArrayEquals(new double[] {w / (1 + w), 1 / (1 + w)}, WEEK.weights(q), EPS);
    // Steps at the same instant weigh the same.
    JourneyPath same = JourneyPath.converted(Path.parse("web > web"), List.of(day(1), day(1)), 1);
    assertArrayEquals(new double[] {0.5, 0.5}, WEEK.weights(same));
  }

  @Test
  void attributesConversionsAndValue() {
    // email > ad > web (value 70): email 1/7 (10), ad 2/7 (20), web 4/7 (40); web alone: 1 (value 5);
    // ad > email did not convert: counted, not credited.
    Attribution a = WEEK.attribute(List.of(
        JourneyPath.converted(Path.parse("email > ad > web"), List.of(day(0), day(7), day(14)), 70),
        JourneyPath.converted(Path.parse("web"), List.of(day(3)), 5),
        JourneyPath.notConverted(Path.parse("ad > email"), List.of(day(0), day(1)))));
    assertEquals(3, a.count());
    assertEquals(2, a.conversions());
    assertEquals(75, a.value());
    assertEquals(1.0 / 7, a.credit("email").orElseThrow().conversions(), EPS);
    assertEquals(10, a.credit("email").orElseThrow().value(), EPS);
    assertEquals(2.0 / 7, a.credit("ad").orElseThrow().conversions(), EPS);
    assertEquals(20, a.credit("ad").orElseThrow().value(), EPS);
    assertEquals(1 + 4.0 / 7, a.credit("web").orElseThrow().conversions(), EPS);
    assertEquals(45, a.credit("web").orElseThrow().value(), EPS);
    assertEquals("time-decay (half-life PT168H)", a.model());
  }

  @Test
  void onlyConvertedJourneysHaveWeightsAndTheHalfLifeIsPositive() {
    assertThrows(InvalidValueException.class,
        () -> WEEK.weights(JourneyPath.notConverted(Path.of("a"), List.of(day(0)))));
    assertEquals("Invalid value for halfLife (must be positive): PT0S",
        assertThrows(InvalidValueException.class, () -> TimeDecay.ofHalfLife(Duration.ZERO)).getMessage());
    assertThrows(InvalidValueException.class, () -> TimeDecay.ofHalfLife(Duration.ofDays(-1)));
    assertEquals(WEEK, TimeDecay.ofHalfLife(Duration.ofHours(168)));
  }

  @Test
  void farStepsUnderflowToZeroWithoutNaN() {
    JourneyPath p = JourneyPath.converted(Path.parse("old > new"), List.of(day(0), day(100_000)), 1);
    double[] w = TimeDecay.ofHalfLife(Duration.ofMinutes(1)).weights(p);
    assertArrayEquals(new double[] {0, 1}, w);
  }
}
