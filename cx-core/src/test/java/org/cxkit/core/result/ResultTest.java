package org.cxkit.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import org.cxkit.core.scale.Scale;
import org.junit.jupiter.api.Test;

class ResultTest {

  private static final Confidence C95 = Confidence.DEFAULT;

  @Test
  void anEstimateCarriesItsUncertainty() {
    Estimate e = Estimate.of(42.5, 120, 30.0, 52.5, IntervalMethod.WILSON, C95);
    assertEquals(12.5, e.marginOfError());
    assertTrue(e.contains(30.0) && e.contains(52.5));
    assertEquals(0.95, e.level());
    assertEquals(120.0, e.effectiveN());
    assertTrue(e.standardError().isEmpty());
    assertEquals("42.5 (95% Wilson CI 30.0 to 52.5, n=120)", e.toString());
    assertEquals("1.0 (99.5% Student t CI 0.0 to 2.0, n=1) below minimum 30",
        Estimate.of(1, 1, 0, 2, IntervalMethod.STUDENT_T, Confidence.ofLevel(0.995)).toString());
    assertEquals("20.0 (95% adjusted Wald CI 8.0 to 31.0, n=120, effective n=96.5)",
        Estimate.of(20, 120, 8, 31, IntervalMethod.ADJUSTED_WALD, C95).withEffectiveN(96.5).toString());
  }

  @Test
  void belowMinimumFollowsTheEffectiveSampleSizeAndThePolicy() {
    Estimate e = Estimate.of(0.5, 30, 0.3, 0.7, IntervalMethod.WILSON, C95);
    assertTrue(!e.isBelowMinimum()); // 30 is not below 30
    assertTrue(e.withEffectiveN(29.9).isBelowMinimum());
    assertTrue(Estimate.of(0.5, 30, 0.3, 0.7, IntervalMethod.WILSON, C95.withMinimumN(31)).isBelowMinimum());
  }

  @Test
  void anEstimateHasOneJsonShape() {
    Estimate e = Estimate.of(0.25, 8, 0.125, 0.5, IntervalMethod.WILSON, C95);
    assertEquals("{\"value\":0.25,\"n\":8,\"lower\":0.125,\"upper\":0.5,\"level\":0.95,\"method\":\"wilson\","
        + "\"marginOfError\":0.25,\"standardError\":null,\"effectiveN\":8.0,\"minimumN\":30,\"belowMinimum\":true}",
        e.toJson());
    assertTrue(e.withStandardError(0.0625).toJson().contains("\"standardError\":0.0625,"));
    assertEquals("adjusted-wald", IntervalMethod.ADJUSTED_WALD.key());
  }

  @Test
  void mappingAnEstimateMapsItsBoundsAndDropsTheStandardError() {
    // A 5 % monthly churn with a 3 % to 8 % interval, compounded to a year: 1 - 0.95^12 = 0.4596399,
    // 1 - 0.97^12 = 0.3061576, 1 - 0.92^12 = 0.6323336 (to 7 digits, from the powers by hand and by Python).
    Estimate monthly = Estimate.of(0.05, 400, 0.03, 0.08, IntervalMethod.WILSON, C95).withStandardError(0.01);
    Estimate annual = monthly.map(c -> 1 - Math.pow(1 - c, 12));
    assertEquals(0.4596399, annual.value(), 1e-7);
    assertEquals(0.3061576, annual.lower(), 1e-7);
    assertEquals(0.6323336, annual.upper(), 1e-7);
    assertEquals(IntervalMethod.WILSON, annual.method());
    assertTrue(annual.standardError().isEmpty());
    assertEquals(400, annual.n());
    assertThrows(IllegalArgumentException.class, () -> monthly.map(c -> -c)); // decreasing: bounds swap
  }

  @Test
  void anEstimateRejectsImpossibleParts() {
    assertEquals("Invalid value for n (must be at least 1): 0",
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(1, 0, 0, 2, IntervalMethod.WALD, C95)).getMessage());
    assertEquals("Invalid value for lower (must be finite and at most the value 1.0): 1.5",
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(1, 5, 1.5, 2, IntervalMethod.WALD, C95)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Estimate.of(1, 5, 0, 0.5, IntervalMethod.WALD, C95));
    assertThrows(IllegalArgumentException.class, () -> Estimate.of(Double.NaN, 5, 0, 0.5, IntervalMethod.WALD, C95));
    assertThrows(IllegalArgumentException.class, () -> Estimate.of(1, 5, 0, Double.POSITIVE_INFINITY, IntervalMethod.WALD, C95));
    assertThrows(IllegalArgumentException.class, () -> Estimate.of(1, 5, 0, 2, IntervalMethod.WALD, C95).withStandardError(-1));
    assertThrows(IllegalArgumentException.class, () -> Estimate.of(1, 5, 0, 2, IntervalMethod.WALD, C95).withEffectiveN(0));
    assertEquals("Invalid value for level (valid values strictly between 0 and 1): 95.0",
        assertThrows(IllegalArgumentException.class, () -> Confidence.ofLevel(95)).getMessage());
    assertEquals("Invalid value for minimumN (must be at least 1): 0",
        assertThrows(IllegalArgumentException.class, () -> C95.withMinimumN(0)).getMessage());
    assertEquals("95% (minimum n 30)", C95.toString());
  }

  @Test
  void convertKeepsWhatParsesAndSetsAsideTheRestWithReasonCodes() {
    BulkResult<String, List<Integer>> r = BulkResult.convert(List.of("3", "11", "-1", "10"),
        s -> Scale.ZERO_TO_TEN.check("score", Integer.parseInt(s)));
    assertEquals(List.of(3, 10), r.value());
    assertEquals(4, r.givenCount());
    assertEquals(List.of(
        SetAside.of(1, "11", Reason.of(ReasonCode.OUT_OF_RANGE, "score", "Invalid value for score (valid values 0 - 10): 11")),
        SetAside.of(2, "-1", Reason.of(ReasonCode.OUT_OF_RANGE, "score", "Invalid value for score (valid values 0 - 10): -1"))),
        r.setAside());
    // Two values out of range are one reason, whatever the values.
    assertEquals(Map.of(ReasonCode.OUT_OF_RANGE, 2L), r.reasonCounts());
  }

  @Test
  void aFailureThatIsNoVerdictOnTheItemIsNotSwallowed() {
    // Integer.parseInt's NumberFormatException names no field: it propagates instead of becoming a reason.
    assertThrows(NumberFormatException.class,
        () -> BulkResult.convert(List.of("3", "x"), s -> Scale.ZERO_TO_TEN.check("score", Integer.parseInt(s))));
  }

  @Test
  void reasonCodesAreAnOpenVocabularyOfKeys() {
    assertEquals(ReasonCode.of("out-of-range"), ReasonCode.OUT_OF_RANGE);
    assertEquals("ticket-merged", ReasonCode.of("ticket-merged").toString());
    for (String bad : new String[] {"", "Out", "out--range", "-out", "out-", "out of range"}) {
      assertThrows(IllegalArgumentException.class, () -> ReasonCode.of(bad), bad);
    }
    InvalidValueException e = new InvalidValueException(ReasonCode.MISSING, "email", "Invalid value for email (must not be blank): \"\"");
    assertEquals("email", e.field());
    assertEquals(ReasonCode.MISSING, e.code());
    assertEquals("[missing] Invalid value for email (must not be blank): \"\"", e.reason().toString());
    assertThrows(IllegalArgumentException.class, () -> Reason.of(ReasonCode.MISSING, " ", "m"));
  }

  @Test
  void usedPlusSetAsideEqualsGiven() {
    qt().forAll(lists().of(integers().between(-5, 15)).ofSizeBetween(0, 100)).checkAssert(scores -> {
      BulkResult<Integer, List<Integer>> r = BulkResult.convert(scores, s -> Scale.ZERO_TO_TEN.check("score", s));
      assertEquals(scores.size(), r.givenCount());
      assertEquals(r.value().size(), r.usedCount());
      assertEquals(scores.stream().filter(s -> s >= 0 && s <= 10).toList(), r.value());
      r.setAside().forEach(s -> assertEquals(scores.get((int) s.position()), s.item()));
    });
  }

  @Test
  void scales() {
    assertEquals(5, Scale.ONE_TO_FIVE.points());
    assertEquals(4.0, Scale.ONE_TO_SEVEN.midpoint());
    assertEquals("0-10", Scale.ZERO_TO_TEN.toString());
    assertEquals("Invalid value for max (must be greater than min 5): 5",
        assertThrows(IllegalArgumentException.class, () -> Scale.of(5, 5)).getMessage());
    assertTrue(Scale.of(-3, 3).contains(-3));
    assertTrue(!Scale.ONE_TO_FIVE.contains(Double.NaN));
  }
}
