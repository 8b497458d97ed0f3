package org.cxkit.metrics.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cxkit.core.scale.Scale;
import org.junit.jupiter.api.Test;

class SatisfiedBoxesTest {

  @Test
  void defaultsPerScale() {
    // The documented rule: top-2 up to 7 answers, top-3 above.
    assertEquals(4, SatisfiedBoxes.defaultFor(Scale.ONE_TO_FIVE).lowestOn(Scale.ONE_TO_FIVE));
    assertEquals(6, SatisfiedBoxes.defaultFor(Scale.ONE_TO_SEVEN).lowestOn(Scale.ONE_TO_SEVEN));
    assertEquals(8, SatisfiedBoxes.defaultFor(Scale.ONE_TO_TEN).lowestOn(Scale.ONE_TO_TEN));
    assertEquals(8, SatisfiedBoxes.defaultFor(Scale.ZERO_TO_TEN).lowestOn(Scale.ZERO_TO_TEN));
    assertEquals(2, SatisfiedBoxes.defaultFor(Scale.of(1, 3)).top());
  }

  @Test
  void atLeastAndValidation() {
    assertEquals(SatisfiedBoxes.top(3), SatisfiedBoxes.atLeast(5, Scale.ONE_TO_SEVEN));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SatisfiedBoxes.atLeast(1, Scale.ONE_TO_FIVE));
    assertEquals("Invalid value for lowest (valid values 2 - 5 on the scale 1-5): 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SatisfiedBoxes.top(0));
    assertEquals("Invalid value for top (must be at least 1): 0", e.getMessage());
    assertEquals("top-2", SatisfiedBoxes.top(2).toString());
  }
}
