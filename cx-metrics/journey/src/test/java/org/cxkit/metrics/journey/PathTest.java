package org.cxkit.metrics.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.junit.jupiter.api.Test;

class PathTest {

  @Test
  void parsesChannelAttributionsFormAndWritesItBack() {
    Path p = Path.parse("eta > iota>alpha  >   eta");
    assertEquals(List.of("eta", "iota", "alpha", "eta"), p.steps());
    assertEquals("eta > iota > alpha > eta", p.toString());
    assertEquals(4, p.length());
    assertEquals("eta", p.first());
    assertEquals("eta", p.last());
    assertEquals("alpha", p.step(2));
    assertEquals(Path.of("eta", "iota", "alpha", "eta"), p);
    assertEquals(p, Path.parse(p.toString()));
  }

  @Test
  void aSingleStepIsAPath() {
    assertEquals(Path.of("web"), Path.parse("web"));
    assertEquals(1, Path.parse(" web ").length());
  }

  @Test
  void blankStepsAreMalformed() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Path.parse("a > > b"));
    assertEquals(ReasonCode.MALFORMED, e.reason().code());
    assertEquals("Invalid value for path (steps separated by '>', none blank): \"a > > b\"", e.getMessage());
    assertThrows(InvalidValueException.class, () -> Path.parse(""));
    assertThrows(InvalidValueException.class, () -> Path.parse("a >"));
  }

  @Test
  void aPathHasAtLeastOneStepAndEachStepIsALabel() {
    InvalidValueException none = assertThrows(InvalidValueException.class, () -> Path.of(List.of()));
    assertEquals(ReasonCode.MISSING, none.reason().code());
    InvalidValueException arrow = assertThrows(InvalidValueException.class, () -> Path.of("a", "b>c"));
    assertEquals("Invalid value for step (no '>' and no leading or trailing whitespace): \"b>c\"", arrow.getMessage());
    assertThrows(InvalidValueException.class, () -> Path.of(" web"));
    assertEquals(ReasonCode.MISSING, assertThrows(InvalidValueException.class, () -> Path.of("a", " ")).reason().code());
    assertThrows(NullPointerException.class, () -> Path.of("a", null));
  }

  @Test
  void collapsesRunsOfRepeats() {
    assertEquals(Path.of("a", "b", "a"), Path.of("a", "a", "b", "a", "a").collapsed());
    Path noRepeats = Path.of("a", "b");
    assertSame(noRepeats, noRepeats.collapsed());
    assertEquals(Path.of("a"), Path.of("a", "a", "a").collapsed());
  }

  @Test
  void subPathsAndContains() {
    Path p = Path.of("a", "b", "c");
    assertEquals(Path.of("b", "c"), p.subPath(1, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> p.subPath(1, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> p.subPath(2, 4));
    assertTrue(p.contains("b"));
    assertFalse(p.contains("d"));
  }

  @Test
  void ordersStepByStepAPrefixFirst() {
    assertTrue(Path.of("a").compareTo(Path.of("a", "b")) < 0);
    assertTrue(Path.of("a", "c").compareTo(Path.of("b")) < 0);
    assertEquals(0, Path.of("a", "b").compareTo(Path.parse("a>b")));
  }

  @Test
  void textRoundTripsForAnyValidSteps() {
    qt().forAll(lists().of(strings().betweenCodePoints('!', '~').ofLengthBetween(1, 6)).ofSizeBetween(1, 8))
        .assuming(steps -> steps.stream().noneMatch(s -> s.contains(">")))
        .check(steps -> {
          Path p = Path.of(steps);
          return Path.parse(p.toString()).equals(p) && p.steps().equals(steps);
        });
  }
}
