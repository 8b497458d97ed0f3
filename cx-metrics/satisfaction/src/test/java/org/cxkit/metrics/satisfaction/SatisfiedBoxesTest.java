package org.cxkit.metrics.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cxkit.core.scale.Scale;
import org.junit.jupiter.api.Test;

class SatisfiedBoxesTest {

  @Test
  void defaultsPerScale() {
    // The documented rule: the top box on 2 and 3 answers, top-2 from 4 to 7 answers, top-3 above.
    assertEquals(4, SatisfiedBoxes.defaultFor(Scale.ONE_TO_FIVE).lowestOn(Scale.ONE_TO_FIVE));
    assertEquals(6, SatisfiedBoxes.defaultFor(Scale.ONE_TO_SEVEN).lowestOn(Scale.ONE_TO_SEVEN));
    assertEquals(8, SatisfiedBoxes.defaultFor(Scale.ONE_TO_TEN).lowestOn(Scale.ONE_TO_TEN));
    assertEquals(8, SatisfiedBoxes.defaultFor(Scale.ZERO_TO_TEN).lowestOn(Scale.ZERO_TO_TEN));
    assertEquals(3, SatisfiedBoxes.defaultFor(Scale.of(1, 4)).lowestOn(Scale.of(1, 4)));
    // Defect fixed in issue 11 (source: DOMAIN.md §3, "CSAT", and Zendesk's satisfaction ratings, where
    // on 1-3 only 3 is good and on 1-2 only 2 is): on a 3-point scale only the top answer is satisfied,
    // the middle one being neutral (this default was top-2, counting the neutral answer); on a 2-point
    // scale CSAT is good / (good + bad), the top box of 2 (this default was top-2, which threw).
    assertEquals(1, SatisfiedBoxes.defaultFor(Scale.of(1, 3)).top());
    assertEquals(3, SatisfiedBoxes.defaultFor(Scale.of(1, 3)).lowestOn(Scale.of(1, 3)));
    assertEquals(1, SatisfiedBoxes.defaultFor(Scale.of(1, 2)).top());
    assertEquals(2, SatisfiedBoxes.defaultFor(Scale.of(1, 2)).lowestOn(Scale.of(1, 2)));
    assertEquals(1, SatisfiedBoxes.defaultFor(Scale.of(0, 1)).lowestOn(Scale.of(0, 1)));
  }

  @Test
  void dissatisfiedBoxesMirrorTheSatisfiedOnes() {
    // On 1-5: (1, 2), the bottom boxes net satisfaction subtracts (issue 11, item 7).
    assertEquals(2, DissatisfiedBoxes.defaultFor(Scale.ONE_TO_FIVE).highestOn(Scale.ONE_TO_FIVE));
    assertEquals(1, DissatisfiedBoxes.defaultFor(Scale.of(1, 3)).highestOn(Scale.of(1, 3)));
    assertEquals(1, DissatisfiedBoxes.defaultFor(Scale.of(1, 2)).highestOn(Scale.of(1, 2)));
    assertEquals(2, DissatisfiedBoxes.defaultFor(Scale.ZERO_TO_TEN).highestOn(Scale.ZERO_TO_TEN));
    assertEquals(DissatisfiedBoxes.bottom(3), DissatisfiedBoxes.atMost(3, Scale.ONE_TO_SEVEN));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DissatisfiedBoxes.atMost(5, Scale.ONE_TO_FIVE));
    assertEquals("Invalid value for highest (valid values 1 - 4 on the scale 1-5): 5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> DissatisfiedBoxes.bottom(5).highestOn(Scale.ONE_TO_FIVE));
    assertEquals("Invalid value for bottom (must be less than the 5 answers of the scale 1-5): 5", e.getMessage());
    assertEquals("bottom-2", DissatisfiedBoxes.bottom(2).toString());
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
