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

  @Test
  void anEstimateCarriesItsUncertainty() {
    Estimate e = Estimate.of(42.5, 120, 30.0, 52.5, 0.95);
    assertEquals(12.5, e.marginOfError());
    assertTrue(e.contains(30.0) && e.contains(52.5));
    assertEquals("42.5 (95% CI 30.0 to 52.5, n=120)", e.toString());
    assertEquals("1.0 (99.5% CI 0.0 to 2.0, n=1)", Estimate.of(1, 1, 0, 2, 0.995).toString());
  }

  @Test
  void anEstimateRejectsImpossibleParts() {
    assertEquals("Invalid value for n (must be at least 1): 0",
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(1, 0, 0, 2, 0.95)).getMessage());
    assertEquals("Invalid value for lower (must be finite and at most the value 1.0): 1.5",
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(1, 5, 1.5, 2, 0.95)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Estimate.of(1, 5, 0, 0.5, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Estimate.of(Double.NaN, 5, 0, 0.5, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Estimate.of(1, 5, 0, Double.POSITIVE_INFINITY, 0.95));
    assertEquals("Invalid value for level (valid values strictly between 0 and 1): 95.0",
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(1, 5, 0, 2, 95)).getMessage());
  }

  @Test
  void convertKeepsWhatParsesAndSetsAsideTheRestWithReasons() {
    BulkResult<String, List<Integer>> r = BulkResult.convert(List.of("3", "11", "x", "10"),
        s -> Scale.ZERO_TO_TEN.check("score", Integer.parseInt(s)));
    assertEquals(List.of(3, 10), r.value());
    assertEquals(4, r.givenCount());
    assertEquals(List.of(new SetAside<>(1, "11", "Invalid value for score (valid values 0 - 10): 11"),
        new SetAside<>(2, "x", "For input string: \"x\"")), r.setAside());
    assertEquals(Map.of("Invalid value for score (valid values 0 - 10): 11", 1L, "For input string: \"x\"", 1L),
        r.reasonCounts());
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
