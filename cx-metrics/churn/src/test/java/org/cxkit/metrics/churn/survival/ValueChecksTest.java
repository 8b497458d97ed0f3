package org.cxkit.metrics.churn.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.junit.jupiter.api.Test;

/** The public records of the survival package refuse what they cannot hold, naming the field. */
class ValueChecksTest {

  /** {@code -0.0} is read as {@code 0.0}: equal tenures, equal hash codes, one key in a curve. */
  @Test
  void negativeZeroIsZero() {
    Tenure negative = Tenure.churned(-0.0);
    assertEquals(Tenure.churned(0.0), negative);
    assertEquals(Tenure.churned(0.0).hashCode(), negative.hashCode());
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(negative.length()));
    assertEquals(Tenure.censored(0.0), new Tenure(-0.0, false));
    SurvivalCurve curve = SurvivalCurve.of(List.of(Tenure.churned(-0.0), Tenure.churned(0.0), Tenure.censored(1)));
    assertEquals(1, curve.steps().size());
    assertEquals(2, curve.churnedAt(0.0));
    assertEquals(SurvivalCurve.accumulator().add(0.0, true).snapshot(),
        SurvivalCurve.accumulator().add(-0.0, true).snapshot());
    assertNotEquals(Tenure.churned(0.0), Tenure.censored(0.0));
    // Asked at -0.0, the curve answers as at 0.0 (two of three churned at 0: S = 1/3).
    assertEquals(1.0 / 3, curve.survivalAt(-0.0).value(), 1e-15);
    assertEquals(curve.survivalAt(0.0), curve.survivalAt(-0.0));
    assertEquals(2, curve.churnedAt(-0.0));
    assertEquals(3, curve.atRiskAt(-0.0));
    assertThrows(IllegalArgumentException.class, () -> curve.atRiskAt(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> curve.churnedAt(Double.NaN));
  }

  @Test
  void nanIsRefusedByName() {
    InvalidValueException length = assertThrows(InvalidValueException.class, () -> Tenure.churned(Double.NaN));
    assertEquals("Invalid value for length (must be finite): NaN", length.getMessage());
    assertEquals(ReasonCode.NOT_FINITE, length.code());
    assertThrows(IllegalArgumentException.class, () -> SurvivalCurve.accumulator().add(Double.NaN, false));
    assertThrows(IllegalArgumentException.class, () -> Tenure.censored(Double.POSITIVE_INFINITY));
    assertEquals("Invalid value for length (must not be negative): -1.0",
        assertThrows(IllegalArgumentException.class, () -> Tenure.churned(-1)).getMessage());

    assertEquals("Invalid value for survival (must be finite): NaN", assertThrows(IllegalArgumentException.class,
        () -> new SurvivalCurve.Step(1, 3, 1, Double.NaN, 0.1, 0.5, 0.9)).getMessage());
    assertEquals("Invalid value for time (must be finite): NaN", assertThrows(IllegalArgumentException.class,
        () -> new SurvivalCurve.Step(Double.NaN, 3, 1, 0.6, 0.1, 0.5, 0.9)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SurvivalCurve.Step(1, 3, 1, 0.6, Double.NaN, 0.5, 0.9));
    assertThrows(IllegalArgumentException.class, () -> new SurvivalCurve.Step(1, 3, 1, 0.6, 0.1, Double.NaN, 0.9));
    assertThrows(IllegalArgumentException.class, () -> new SurvivalCurve.Step(1, 3, 1, 0.6, 0.1, 0.5, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new SurvivalCurve.Step(1, 3, 4, 0.6, 0.1, 0.5, 0.9));
    assertThrows(IllegalArgumentException.class, () -> new SurvivalCurve.Step(1, 3, 1, 0.6, 0.1, 0.7, 0.5));

    assertEquals("Invalid value for estimate (must be finite): NaN", assertThrows(IllegalArgumentException.class,
        () -> new LifetimeQuantile(0.5, OptionalDouble.of(Double.NaN), OptionalDouble.empty(), OptionalDouble.empty(),
            IntervalMethod.GREENWOOD_LOG, Confidence.DEFAULT)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new LifetimeQuantile(0.5, OptionalDouble.empty(),
        OptionalDouble.of(Double.NaN), OptionalDouble.empty(), IntervalMethod.GREENWOOD_LOG, Confidence.DEFAULT));
    assertThrows(IllegalArgumentException.class, () -> new LifetimeQuantile(Double.NaN, OptionalDouble.empty(),
        OptionalDouble.empty(), OptionalDouble.empty(), IntervalMethod.GREENWOOD_LOG, Confidence.DEFAULT));

    assertEquals("Invalid value for expectedA (must be finite): NaN", assertThrows(IllegalArgumentException.class,
        () -> new LogRankTest(1, Double.NaN, 1, 1, 1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new LogRankTest(1, 1, 1, Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> new LogRankTest(1, 1, 1, 1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new LogRankTest(-1, 1, 1, 1, 1));

    SurvivalCurve curve = SurvivalCurve.of(List.of(Tenure.churned(1), Tenure.censored(2)));
    assertThrows(IllegalArgumentException.class, () -> curve.survivalAt(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> curve.quantileLifetime(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> curve.restrictedMeanLifetime(Double.NaN));
  }

  @Test
  void eachIntervalTypeNamesItsMethod() {
    assertEquals(IntervalMethod.GREENWOOD_PLAIN, IntervalType.PLAIN.method());
    assertEquals(IntervalMethod.GREENWOOD_LOG, IntervalType.LOG.method());
    assertEquals(IntervalMethod.GREENWOOD_LOG_LOG, IntervalType.LOG_LOG.method());
    SurvivalCurve curve = SurvivalCurve.of(List.of(Tenure.churned(1), Tenure.churned(2), Tenure.censored(3)));
    for (IntervalType type : IntervalType.values()) {
      assertEquals(type.method(), curve.survivalAt(1.5, Confidence.ofLevel(0.9), type).method());
      assertEquals(0.9, curve.survivalAt(1.5, Confidence.ofLevel(0.9), type).level(), 0);
    }
    // Before the first churn S is 1 with a zero-width interval and no uncertainty.
    assertEquals(0, curve.survivalAt(0.5).standardError().getAsDouble(), 0);
    assertEquals(IntervalMethod.GREENWOOD_LOG_LOG, curve.survivalAt(0.5).method());
  }
}
