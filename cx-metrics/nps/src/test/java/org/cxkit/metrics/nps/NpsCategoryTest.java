package org.cxkit.metrics.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** The classification is the one Reichheld (2003) defined: 0-6 detractor, 7-8 passive, 9-10 promoter. */
class NpsCategoryTest {

  @Test
  void everyAnswerOfTheScaleHasItsCategory() {
    NpsCategory[] expected = {
        NpsCategory.DETRACTOR, NpsCategory.DETRACTOR, NpsCategory.DETRACTOR, NpsCategory.DETRACTOR,
        NpsCategory.DETRACTOR, NpsCategory.DETRACTOR, NpsCategory.DETRACTOR, // 0 to 6
        NpsCategory.PASSIVE, NpsCategory.PASSIVE, // 7, 8
        NpsCategory.PROMOTER, NpsCategory.PROMOTER}; // 9, 10
    for (int s = 0; s <= 10; s++) {
      assertEquals(expected[s], NpsCategory.of(s), "score " + s);
      assertTrue(NpsCategory.of(s).contains(s));
    }
  }

  @Test
  void boundsOfEachCategory() {
    assertEquals(0, NpsCategory.DETRACTOR.lowestScore());
    assertEquals(6, NpsCategory.DETRACTOR.highestScore());
    assertEquals(7, NpsCategory.PASSIVE.lowestScore());
    assertEquals(8, NpsCategory.PASSIVE.highestScore());
    assertEquals(9, NpsCategory.PROMOTER.lowestScore());
    assertEquals(10, NpsCategory.PROMOTER.highestScore());
  }

  @Test
  void answersOffTheScaleAreRejectedWithTheRangeAndTheValue() {
    IllegalArgumentException high = assertThrows(IllegalArgumentException.class, () -> NpsCategory.of(11));
    assertEquals("Invalid value for score (valid values 0 - 10): 11", high.getMessage());
    IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> NpsCategory.of(-1));
    assertEquals("Invalid value for score (valid values 0 - 10): -1", low.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NpsCategory.of(Integer.MIN_VALUE));
    assertThrows(IllegalArgumentException.class, () -> NpsCategory.of(Integer.MAX_VALUE));
    assertFalse(NpsCategory.isValid(11));
  }

  @Test
  void classificationIsMonotoneInTheScore() {
    qt().forAll(integers().between(0, 9))
        .check(s -> NpsCategory.of(s).compareTo(NpsCategory.of(s + 1)) <= 0);
  }

  @Test
  void exactlyOneCategoryContainsEachValidAnswerAndNoneAnInvalidOne() {
    qt().forAll(integers().all())
        .check(s -> {
          int containing = 0;
          for (NpsCategory c : NpsCategory.values()) {
            containing += c.contains(s) ? 1 : 0;
          }
          return containing == (NpsCategory.isValid(s) ? 1 : 0);
        });
  }
}
