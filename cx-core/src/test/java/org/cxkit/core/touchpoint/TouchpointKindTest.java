package org.cxkit.core.touchpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The truth table of the definitions in DOMAIN.md section 1, all eight rows. */
class TouchpointKindTest {

  @Test
  void consistentFactsGiveTheMostSpecificKind() {
    assertEquals(Optional.empty(), TouchpointKind.classify(false, false, false));
    assertEquals(Optional.of(TouchpointKind.EXPOSURE), TouchpointKind.classify(true, false, false));
    assertEquals(Optional.of(TouchpointKind.INTERACTION), TouchpointKind.classify(true, true, false));
    assertEquals(Optional.of(TouchpointKind.ENGAGEMENT), TouchpointKind.classify(true, true, true));
  }

  @Test
  void contradictoryFactsAreRejected() {
    assertEquals("Invalid facts (a commitment is made in a two-way interaction): committed=true, twoWay=false",
        assertThrows(IllegalArgumentException.class, () -> TouchpointKind.classify(true, false, true)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> TouchpointKind.classify(false, false, true));
    assertThrows(IllegalArgumentException.class, () -> TouchpointKind.classify(false, true, false));
    assertThrows(IllegalArgumentException.class, () -> TouchpointKind.classify(false, true, true));
  }

  @Test
  void kindsNest() {
    assertTrue(TouchpointKind.ENGAGEMENT.isAtLeast(TouchpointKind.INTERACTION));
    assertTrue(TouchpointKind.ENGAGEMENT.isAtLeast(TouchpointKind.EXPOSURE));
    assertTrue(TouchpointKind.INTERACTION.isAtLeast(TouchpointKind.INTERACTION));
    assertFalse(TouchpointKind.INTERACTION.isAtLeast(TouchpointKind.ENGAGEMENT));
    assertFalse(TouchpointKind.EXPOSURE.isAtLeast(TouchpointKind.INTERACTION));
  }
}
