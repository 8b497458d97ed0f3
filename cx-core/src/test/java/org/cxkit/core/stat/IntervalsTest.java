package org.cxkit.core.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.junit.jupiter.api.Test;

/** From the satisfaction and churn modules' tests of their copies. */
class IntervalsTest {

  @Test
  void wilsonMatchesNewcombe1998() {
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
    // methods", Statistics in Medicine 17:857-872, Table II, method 3 (score, no continuity correction),
    // 95 %: 81/263 -> 0.2553-0.3662; 15/148 -> 0.0624-0.1605; 0/20 -> 0-0.1611; 1/29 -> 0.0061-0.1718.
    assertInterval(0.2553, 0.3662, Intervals.wilson(81, 263, level(0.95)));
    assertInterval(0.0624, 0.1605, Intervals.wilson(15, 148, level(0.95)));
    assertInterval(0.0000, 0.1611, Intervals.wilson(0, 20, level(0.95)));
    assertInterval(0.0061, 0.1718, Intervals.wilson(1, 29, level(0.95)));
  }

  @Test
  void wilsonByHand() {
    // 8 of 10, 95 %: z = 1.959964, z² = 3.841459, z²/n = 0.3841459, 1 + z²/n = 1.3841459.
    // centre = (0.8 + 0.1920729) / 1.3841459 = 0.9920729 / 1.3841459 = 0.7167402
    // half = (1.959964 / 1.3841459) * sqrt(0.8 * 0.2 / 10 + 3.841459 / 400)
    //      = 1.4160097 * sqrt(0.0256036) = 1.4160097 * 0.1600114 = 0.2265777
    // -> 0.7167402 - 0.2265777 = 0.4901625 and 0.7167402 + 0.2265777 = 0.9433179 (±1 in the last place).
    Estimate e = Intervals.wilson(8, 10, level(0.95));
    assertEquals(0.8, e.value());
    assertEquals(0.4901625, e.lower(), 5e-7);
    assertEquals(0.9433178, e.upper(), 5e-7);
    // At 0 of n the lower bound is exactly 0 and the upper is z²/(n + z²): 3.841459/23.841459 = 0.1611252.
    assertEquals(0, Intervals.wilson(0, 20, level(0.95)).lower());
    assertEquals(3.8414588206941254 / 23.841458820694125, Intervals.wilson(0, 20, level(0.95)).upper(), 1e-15);
    assertEquals(1, Intervals.wilson(20, 20, level(0.95)).upper());
  }

  @Test
  void studentTByHand() {
    // Answers 1, 2, 3, 4, 5: mean 3, s² = (4+1+0+1+4)/4 = 2.5, s/√n = √0.5 = 0.7071068;
    // t(0.975, 4) = 2.776445 (Fisher & Yates) -> 3 ± 1.963243 = 1.036757 to 4.963243.
    Estimate e = Intervals.studentT(3, 2.5, 5, level(0.95));
    assertEquals(1.036757, e.lower(), 1e-6);
    assertEquals(4.963243, e.upper(), 1e-6);
    assertEquals(Estimate.of(4, 2, 4, 4, IntervalMethod.STUDENT_T, Confidence.DEFAULT).withStandardError(0),
        Intervals.studentT(4, 0, 2, level(0.95)));
    assertEquals(Math.sqrt(0.5), e.standardError().getAsDouble(), 1e-15);
    assertEquals(IntervalMethod.STUDENT_T, e.method());
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> Intervals.studentT(4, 0, 1, level(0.95)));
    assertEquals("Invalid value for n (must be at least 2): 1", x.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Intervals.studentT(4, -1, 3, level(0.95)));
    assertThrows(IllegalArgumentException.class, () -> Intervals.studentT(4, 1, 3, level(1.0)));
  }

  @Test
  void badArgumentsNameTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(5, 4, level(0.95)));
    assertEquals("Invalid value for successes (valid values 0 - 4): 5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(0, 0, level(0.95)));
    assertEquals("Invalid value for n (must be at least 1): 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(1, 2, level(1.5)));
    assertEquals("Invalid value for level (valid values strictly between 0 and 1): 1.5", e.getMessage());
    assertEquals(IntervalMethod.WILSON, Intervals.wilson(1, 2, Confidence.DEFAULT).method());
  }

  @Test
  void wilsonContainsTheShareAndStaysInTheUnitInterval() {
    qt().forAll(integers().between(1, 1_000_000), integers().between(0, 1_000_000)).check((n, k) -> {
      int successes = k % (n + 1);
      Estimate e = Intervals.wilson(successes, n, level(0.95));
      return e.lower() >= 0 && e.upper() <= 1 && e.lower() <= e.value() && e.value() <= e.upper()
          && e.upper() > e.lower();
    });
  }

  @Test
  void wilsonWidensWithTheLevel() {
    qt().forAll(integers().between(1, 10_000), integers().between(0, 10_000)).check((n, k) -> {
      int successes = k % (n + 1);
      Estimate narrow = Intervals.wilson(successes, n, level(0.9));
      Estimate wide = Intervals.wilson(successes, n, level(0.99));
      return wide.lower() <= narrow.lower() + 1e-15 && wide.upper() >= narrow.upper() - 1e-15;
    });
  }

  /** From the churn module: the interval holds the proportion, lies in [0, 1], and narrows as n grows tenfold. */
  @Test
  void wilsonNarrowsAsTheSampleGrows() {
    qt().forAll(integers().between(1, 1_000_000), integers().between(0, 1000)).check((n, k) -> {
      long successes = Math.min(k, n);
      Estimate e = Intervals.wilson(successes, n, level(0.95));
      Estimate ten = Intervals.wilson(successes * 10L, n * 10L, level(0.95));
      return e.lower() >= 0 && e.upper() <= 1 && e.contains(e.value())
          && ten.upper() - ten.lower() <= e.upper() - e.lower() + 1e-15;
    });
    assertTrue(Intervals.wilson(0, Long.MAX_VALUE / 2, level(0.999)).upper() >= 0);
  }

  private static void assertInterval(double lower, double upper, Estimate e) {
    assertEquals(lower, e.lower(), 5e-5, "lower of " + e);
    assertEquals(upper, e.upper(), 5e-5, "upper of " + e);
  }

  private static Confidence level(double level) {
    return Confidence.ofLevel(level);
  }
}
