package org.cxkit.metrics.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;
import org.junit.jupiter.api.Test;

class CsatSampleSizeTest {

  @Test
  void forAMarginOfErrorByHand() {
    // n = z² p(1 - p) / E², rounded up (Cochran 1977, Sampling Techniques, ch. 4: n0 = t²PQ/d²).
    // p = 0.5, ±5 points at 95 %: 1.9599640² * 0.25 / 0.0025 = 3.8414588 * 100 = 384.1459 -> 385, the
    // textbook 385 (384.16 with z rounded to 1.96).
    assertEquals(384.14588206941, CsatSampleSize.exactForMarginOfError(0.5, 0.05, Confidence.DEFAULT), 1e-9);
    assertEquals(385, CsatSampleSize.forMarginOfError(0.5, 0.05));
    // ±3 points: 3.8414588 * 0.25 / 0.0009 = 1067.07 -> 1068.
    assertEquals(1068, CsatSampleSize.forMarginOfError(0.5, 0.03, Confidence.DEFAULT));
    // An observed share of 80 %, ±4 points at 90 %: z = 1.6448536, z² = 2.7055435;
    // 2.7055435 * 0.16 / 0.0016 = 270.554 -> 271.
    assertEquals(271, CsatSampleSize.forMarginOfError(0.8, 0.04, Confidence.ofLevel(0.9)));
  }

  @Test
  void perGroupReproducesRsPowerPropTest() {
    // n = (z(1 - α/2) √(2 p̄ q̄) + z(power) √(p1 q1 + p2 q2))² / (p1 - p2)² (Fleiss, Levin & Paik 2003,
    // ch. 4, without continuity correction), the equation R's power.prop.test solves. Its documented
    // examples (R, src/library/stats, power.prop.test examples):
    //   power.prop.test(p1 = .50, p2 = .75, power = .90)                   => n = 76.7
    //   power.prop.test(p1 = .90, p2 = 1.0, power = .80)                   => n = 73.37
    //   power.prop.test(p1 = .5, p2 = 0.501, sig.level = .001, power = .90) => n = 10451937
    // By hand for the first: z(0.975) = 1.9599640, z(0.9) = 1.2815516, p̄ = 0.625,
    // √(2 · 0.625 · 0.375) = 0.6846532, √(0.25 + 0.1875) = 0.6614378;
    // (1.3418937 + 0.8476683)² / 0.0625 = 2.1895620² / 0.0625 = 76.70693 -> 77 per group.
    assertEquals(76.7, CsatSampleSize.exactPerGroupToDetect(0.5, 0.75, 0.9, Confidence.DEFAULT), 0.05);
    assertEquals(76.70693, CsatSampleSize.exactPerGroupToDetect(0.5, 0.75, 0.9, Confidence.DEFAULT), 5e-5);
    assertEquals(77, CsatSampleSize.perGroupToDetect(0.5, 0.75, 0.9));
    assertEquals(77, CsatSampleSize.perGroupToDetect(0.75, 0.5, 0.9));
    assertEquals(73.37, CsatSampleSize.exactPerGroupToDetect(0.9, 1.0, 0.8, Confidence.DEFAULT), 0.005);
    assertEquals(74, CsatSampleSize.perGroupToDetect(0.9, 1.0, 0.8));
    assertEquals(10451937, CsatSampleSize.perGroupToDetect(0.5, 0.501, 0.9, Confidence.ofLevel(0.999)));
  }

  @Test
  void validation() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CsatSampleSize.forMarginOfError(0, 0.05));
    assertEquals("Invalid value for share (valid values strictly between 0 and 1): 0.0", e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> CsatSampleSize.forMarginOfError(0.5, 0));
    assertEquals("marginOfError", e.field());
    e = assertThrows(InvalidValueException.class, () -> CsatSampleSize.forMarginOfError(0.5, 1e-9));
    assertEquals(ReasonCode.TOO_LARGE, e.code());
    assertEquals("marginOfError", e.field());
    e = assertThrows(InvalidValueException.class, () -> CsatSampleSize.perGroupToDetect(0.5, 0.5, 0.8));
    assertEquals("Invalid value for share2 (must differ from share1 0.5): 0.5", e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> CsatSampleSize.perGroupToDetect(0.5, 1.5, 0.8));
    assertEquals("share2", e.field());
    e = assertThrows(InvalidValueException.class, () -> CsatSampleSize.perGroupToDetect(0.5, 0.6, 1));
    assertEquals("power", e.field());
  }

  @Test
  void theWilsonIntervalAtThePlannedSizeHasAboutTheTargetMargin() {
    // The formula inverts the Wald half-width; the library reports the Wilson interval. For shares from
    // 0.3 to 0.7 and margins of 1 to 5 points, the Wilson margin at the planned n is within 5 % of the
    // target (the class documentation says so).
    qt().forAll(integers().between(30, 70), integers().between(10, 50)).check((percent, tenthsOfPoint) -> {
      double p = percent / 100.0;
      double margin = tenthsOfPoint / 1000.0;
      long n = CsatSampleSize.forMarginOfError(p, margin);
      long satisfied = Math.round(p * n);
      Estimate share = Csat.accumulator(Scale.of(1, 2)).add(2, satisfied).add(1, n - satisfied).snapshot().satisfiedShare();
      double ratio = share.marginOfError() / margin;
      return ratio >= 0.99 && ratio <= 1.05;
    });
  }

  @Test
  void sizesMoveTheWayTheyShould() {
    qt().forAll(doubles().between(0.01, 0.99), doubles().between(0.01, 0.99), doubles().between(0.5, 0.99))
        .check((p1, p2, power) -> {
          if (Math.abs(p1 - p2) < 0.01) {
            return true;
          }
          long n = CsatSampleSize.perGroupToDetect(p1, p2, power);
          long wider = CsatSampleSize.forMarginOfError(p1, 0.05);
          // Symmetric in the two groups, growing with the power; for a margin, growing as the margin
          // narrows, largest at p = 0.5, and the same (to rounding) for p and 1 - p.
          return n == CsatSampleSize.perGroupToDetect(p2, p1, power)
              && n <= CsatSampleSize.perGroupToDetect(p1, p2, Math.min(0.999, power + 0.005))
              && wider <= CsatSampleSize.forMarginOfError(p1, 0.04)
              && wider <= CsatSampleSize.forMarginOfError(0.5, 0.05)
              && Math.abs(wider - CsatSampleSize.forMarginOfError(1 - p1, 0.05)) <= 1;
        });
  }
}
