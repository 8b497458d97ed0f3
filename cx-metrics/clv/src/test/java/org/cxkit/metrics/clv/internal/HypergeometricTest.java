package org.cxkit.metrics.clv.internal;

import static org.cxkit.metrics.clv.internal.Hypergeometric.f21;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/** 2F1 against its elementary closed forms (Abramowitz and Stegun 15.1.3 to 15.1.8). */
class HypergeometricTest {

  private static boolean close(double expected, double actual, double relative) {
    return Math.abs(expected - actual) <= relative * Math.max(1e-300, Math.abs(expected));
  }

  @Test
  void logarithmForm() {
    // A&S 15.1.3: 2F1(1, 1; 2; z) = −ln(1 − z) / z, on both sides of 0 (z < 0 goes through Pfaff).
    qt().forAll(doubles().between(-50, 0.99)).check(z ->
        z == 0 || close(-Math.log1p(-z) / z, f21(1, 1, 2, z), 2e-14));
    assertEquals(-Math.log(0.5) / 0.5, f21(1, 1, 2, 0.5), 1e-15);
  }

  @Test
  void binomialForm() {
    // A&S 15.1.8: 2F1(a, b; b; z) = (1 − z)^(−a).
    qt().forAll(doubles().between(-3, 3), doubles().between(0.1, 10), doubles().between(-20, 0.95))
        .check((a, b, z) -> Math.abs(Math.pow(1 - z, -a) - f21(a, b, b, z))
            <= 1e-13 * Math.max(1, Math.pow(1 - z, -a)));
  }

  @Test
  void arcsineAndArctangentForms() {
    // A&S 15.1.6: 2F1(½, ½; 3/2; z²) = arcsin(z) / z; 15.1.5: 2F1(½, 1; 3/2; −z²) = arctan(z) / z.
    qt().forAll(doubles().between(0.01, 0.99)).check(z ->
        close(Math.asin(z) / z, f21(0.5, 0.5, 1.5, z * z), 2e-14));
    qt().forAll(doubles().between(0.01, 30)).check(z ->
        close(Math.atan(z) / z, f21(0.5, 1, 1.5, -z * z), 2e-14));
  }

  @Test
  void polynomialWhenANumeratorParameterIsANonPositiveInteger() {
    // 2F1(−2, b; c; z) = 1 − 2bz/c + b(b + 1)z²/(c(c + 1)).
    double b = 1.5;
    double c = 2.5;
    double z = 0.7;
    assertEquals(1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1)), f21(-2, b, c, z), 1e-15);
  }

  @Test
  void rejectsPolesAndArgumentsAtOrBeyondOne() {
    assertEquals("Invalid value for c (must be finite, not 0, -1, -2, ...): -1.0",
        assertThrows(IllegalArgumentException.class, () -> f21(1, 1, -1, 0.5)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> f21(1, 1, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> f21(1, 1, 2, Double.NaN));
  }
}
