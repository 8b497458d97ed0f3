package org.cxkit.metrics.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.metrics.journey.Path;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.path.PathCounts;
import org.junit.jupiter.api.Test;

class MarkovAttributionTest {
  private static final double EPS = 1e-12;

  private static PathCounts rows(PathCount... rows) {
    return PathCounts.of(List.of(rows));
  }

  private static MarkovState s(String window) {
    return MarkovState.of(Path.parse(window));
  }

  private static void assertEffect(MarkovAttribution m, String channel, double conversions, double value) {
    RemovalEffect e = m.removalEffect(channel).orElseThrow();
    assertEquals(conversions, e.conversions(), EPS, channel + " removal effect");
    assertEquals(value, e.value(), EPS, channel + " value removal effect");
  }

  private static void assertCredit(Attribution a, String channel, double conversions, double value) {
    Credit c = a.credit(channel).orElseThrow();
    assertEquals(conversions, c.conversions(), EPS, channel + " credit");
    assertEquals(value, c.value(), EPS, channel + " value credit");
  }

  /**
   * A three-channel chain with a cycle, solved by hand. Eight journeys, four conversions worth 28:
   * a > b twice, both converting (value 20); a > c twice, neither; b twice, one converting (3);
   * c > a > b twice, one converting (5).
   *
   * <pre>
   * start: a 4, b 2, c 2 of 8          P(start→a) = 1/2, P(start→b) = P(start→c) = 1/4
   * a: a→b 2 + 2, a→c 2; out 6          P(a→b) = 2/3, P(a→c) = 1/3
   * b: conversion 2 + 1 + 1, null 1 + 1  P(b→conv) = 2/3, P(b→null) = 1/3
   * c: c→a 2, null 2; out 4              P(c→a) = 1/2, P(c→null) = 1/2
   *
   * x_b = 2/3;  x_a = 2/3 · x_b + 1/3 · x_c;  x_c = 1/2 · x_a
   *   x_a = 4/9 + x_a / 6  →  x_a = 8/15,  x_c = 4/15
   * P = 1/2 · 8/15 + 1/4 · 2/3 + 1/4 · 4/15 = 8/30 + 5/30 + 2/30 = 1/2   (= 4 conversions / 8)
   *
   * without a (a → null): x_c = 0, P = 1/4 · 2/3 = 1/6             RE_a = 1 − (1/6)/(1/2) = 2/3
   * without b: nothing reaches conversion, P = 0                       RE_b = 1
   * without c: x_a = 2/3 · 2/3 = 4/9, P = 1/2 · 4/9 + 1/4 · 2/3 = 7/18  RE_c = 1 − 7/9 = 2/9
   *
   * ΣRE = 6/9 + 9/9 + 2/9 = 17/9; credits 4 · (6, 9, 2)/17 = 24/17, 36/17, 8/17.
   * </pre>
   *
   * Every conversion leaves from b, so the expected value is 7 times the conversion probability
   * (28 worth over 4 conversions) from every state, the value removal effects equal the conversion
   * ones, and the value credits are 28 · (6, 9, 2)/17.
   */
  private static PathCounts cycle() {
    return rows(PathCount.parse("a > b", 2, 20, 0), PathCount.parse("a > c", 0, 0, 2),
        PathCount.parse("b", 1, 3, 1), PathCount.parse("c > a > b", 1, 5, 1));
  }

  @Test
  void removalEffectsOfAThreeChannelChainSolvedByHand() {
    MarkovAttribution m = MarkovAttribution.of(cycle(), 1);
    assertEquals(0.5, m.conversionProbability(), EPS);
    assertEquals(3.5, m.expectedValue(), EPS);
    assertEffect(m, "a", 2.0 / 3, 2.0 / 3);
    assertEffect(m, "b", 1, 1);
    assertEffect(m, "c", 2.0 / 9, 2.0 / 9);
    Attribution a = m.attribution();
    assertCredit(a, "a", 24.0 / 17, 28 * 6.0 / 17);
    assertCredit(a, "b", 36.0 / 17, 28 * 9.0 / 17);
    assertCredit(a, "c", 8.0 / 17, 28 * 2.0 / 17);
    assertEquals("markov order 1", a.model());
    assertEquals(8, a.count());
    assertEquals(4, a.conversions());
  }

  @Test
  void theTransitionMatrixIsExposed() {
    TransitionMatrix t = MarkovAttribution.of(cycle(), 1).transitionMatrix();
    assertEquals(List.of(MarkovState.START, s("a"), s("b"), s("c"), MarkovState.CONVERSION, MarkovState.NULL),
        t.states());
    assertEquals(0.5, t.probability(MarkovState.START, s("a")));
    assertEquals(0.25, t.probability(MarkovState.START, s("c")));
    assertEquals(2.0 / 3, t.probability(s("a"), s("b")));
    assertEquals(1.0 / 3, t.probability(s("a"), s("c")));
    assertEquals(0, t.probability(s("a"), s("a")));
    assertEquals(2.0 / 3, t.probability(s("b"), MarkovState.CONVERSION));
    assertEquals(0.5, t.probability(s("c"), MarkovState.NULL));
    assertEquals(1, t.probability(MarkovState.NULL, MarkovState.NULL));
    assertEquals(0, t.probability(s("z"), s("a")));
    assertEquals(Map.of(MarkovState.CONVERSION, 2.0 / 3, MarkovState.NULL, 1.0 / 3), t.row(s("b")));
    TransitionCounts c = MarkovAttribution.of(cycle(), 1).transitionCounts();
    assertEquals(4, c.count(s("a"), s("b")));
    assertEquals(4, c.count(MarkovState.START, s("a")));
    assertEquals(2, c.count(s("b"), MarkovState.NULL));
    assertEquals(28, c.conversionValue(s("b")));
    assertEquals(List.of(Path.of("a"), Path.of("b"), Path.of("c")), c.states());
  }

  /**
   * Value removal effects differ from conversion ones when conversions leave from states with
   * different values. Six journeys, four conversions worth 18: a twice (one converting, 9), b twice
   * (one, 3), a > b twice (both, 6 in all).
   *
   * <pre>
   * start a 4, b 2: 2/3, 1/3.  a: a→b 2, conv 1 (worth 9), null 1; out 4.  b: conv 3 (worth 9), null 1; out 4.
   * x_b = 3/4, x_a = 1/4 + 1/2 · 3/4 = 5/8, P = 2/3 · 5/8 + 1/3 · 3/4 = 2/3          (4 / 6)
   * v_b = 9/4, v_a = 9/4 + 1/2 · 9/4 = 27/8, V = 2/3 · 27/8 + 1/3 · 9/4 = 3           (18 / 6)
   * without a: P = 1/3 · 3/4 = 1/4, RE_a = 1 − (1/4)/(2/3) = 5/8;  V = 1/3 · 9/4 = 3/4, REv_a = 3/4
   * without b: P = 2/3 · 1/4 = 1/6, RE_b = 3/4;                  V = 2/3 · 9/4 = 3/2, REv_b = 1/2
   * credits 4 · (5/8, 6/8) / (11/8) = 20/11, 24/11; value 18 · (3/4, 1/2) / (5/4) = 10.8, 7.2
   * </pre>
   */
  @Test
  void valueRemovalEffectsWeighEachStatesConversionValue() {
    MarkovAttribution m = MarkovAttribution.of(rows(PathCount.parse("a", 1, 9, 1), PathCount.parse("b", 1, 3, 1),
        PathCount.parse("a > b", 2, 6, 0)), 1);
    assertEquals(2.0 / 3, m.conversionProbability(), EPS);
    assertEquals(3, m.expectedValue(), EPS);
    assertEffect(m, "a", 5.0 / 8, 3.0 / 4);
    assertEffect(m, "b", 3.0 / 4, 1.0 / 2);
    assertCredit(m.attribution(), "a", 20.0 / 11, 10.8);
    assertCredit(m.attribution(), "b", 24.0 / 11, 7.2);
  }

  /**
   * ChannelAttribution's vignette (Altomare and Loris 2015, "Markov model for the online
   * multi-channel attribution problem"): three converting paths A > B > A > B > B > A,
   * A > B > B > A > A and A > A; removing A leaves no way to convert (importance 1), removing B
   * halves the conversion rate (importance 0.5), so A gets 3 · 1/1.5 = 2 conversions and B 1. With
   * repeats merged (A > B > A > B > A, A > B > A, A): P(A→conv) = 3/6, P(A→B) = 3/6, P(B→A) = 1; the
   * same figures.
   */
  @Test
  void reproducesChannelAttributionsVignetteExample() {
    MarkovAttribution m = MarkovAttribution.of(rows(PathCount.parse("A > B > A > B > B > A", 1, 0, 0),
        PathCount.parse("A > B > B > A > A", 1, 0, 0), PathCount.parse("A > A", 1, 0, 0)), 1);
    assertEquals(1, m.conversionProbability(), EPS);
    assertEffect(m, "A", 1, 0);
    assertEffect(m, "B", 0.5, 0);
    assertCredit(m.attribution(), "A", 2, 0);
    assertCredit(m.attribution(), "B", 1, 0);
    assertEquals(0.5, m.transitionMatrix().probability(MarkovState.of(Path.of("A")), MarkovState.CONVERSION));
  }

  /**
   * The chain generalises across journeys: d never appears on a converting path, but d > a did not
   * convert while a alone did, so in the chain d leads to a, which converts half the time.
   *
   * <pre>
   * start: a 1, d 1.  a: conv 1, null 1 (from d > a).  d: d→a 1.
   * x_a = 1/2, x_d = 1/2, P = 1/2.  Without d: P = 1/2 · 1/2 = 1/4, RE_d = 1/2.  Without a: RE_a = 1.
   * credits: a 1 · 1/1.5 = 2/3, d 1/3
   * </pre>
   *
   * A channel that only ends journeys that did not convert (z) leads only to null and gets nothing.
   */
  @Test
  void aChannelNeverOnAConvertingPathCanEarnCreditUnlessItLeadsOnlyToNull() {
    MarkovAttribution m = MarkovAttribution.of(rows(PathCount.parse("a", 1, 0, 0), PathCount.parse("d > a", 0, 0, 1),
        PathCount.parse("a > z", 0, 0, 3)), 1);
    // start: a 4 of 5, d 1; a: conv 1, null 1, a→z 3; out 5: x_a = 1/5; P = 4/5 · 1/5 + 1/5 · 1/5 = 1/5.
    // without d: P = 4/25, RE_d = 1/5; without a: RE_a = 1; without z: nothing changes, RE_z = 0.
    assertEquals(0.2, m.conversionProbability(), EPS);
    assertEffect(m, "a", 1, 0);
    assertEffect(m, "d", 0.2, 0);
    assertEffect(m, "z", 0, 0);
    assertCredit(m.attribution(), "a", 1 / 1.2, 0);
    assertCredit(m.attribution(), "d", 0.2 / 1.2, 0);
    assertCredit(m.attribution(), "z", 0, 0);
    MarkovAttribution simple = MarkovAttribution.of(rows(PathCount.parse("a", 1, 0, 0),
        PathCount.parse("d > a", 0, 0, 1)), 1);
    assertEffect(simple, "d", 0.5, 0);
    assertCredit(simple.attribution(), "d", 1.0 / 3, 0);
  }

  /**
   * Order 2 on a > b > c (one conversion, one null), a > b (two nulls) and c (two conversions).
   *
   * <pre>
   * states a > b, b > c, c (a path shorter than the order is one state).
   * start: a > b 4, c 2.  a > b: → b > c 2, null 2.  b > c: conv 1, null 1.  c: conv 2.
   * x_bc = 1/2, x_ab = 1/4, x_c = 1; P = 2/3 · 1/4 + 1/3 · 1 = 1/2   (3 / 6)
   * without a (a > b): P = 1/3, RE_a = 1/3.  without b (a > b, b > c): P = 1/3, RE_b = 1/3.
   * without c (b > c, c): P = 0, RE_c = 1.  Credits 3 · (1, 1, 3)/5 = 0.6, 0.6, 1.8.
   * At order 1 the same journeys give x_c = 3/4, x_b = 3/8, x_a = 3/8, RE = 1/2, 1/2, 1,
   * credits 0.75, 0.75, 1.5: the second order sees that b leads to c only after a.
   * </pre>
   */
  @Test
  void secondOrderStatesAreWindowsOfTwoChannels() {
    PathCounts paths = rows(PathCount.parse("a > b > c", 1, 0, 1), PathCount.parse("a > b", 0, 0, 2),
        PathCount.parse("c", 2, 0, 0));
    MarkovAttribution second = MarkovAttribution.of(paths, 2);
    assertEquals(List.of(Path.parse("a > b"), Path.parse("b > c"), Path.of("c")), second.transitionCounts().states());
    assertEquals(0.5, second.conversionProbability(), EPS);
    assertEffect(second, "a", 1.0 / 3, 0);
    assertEffect(second, "b", 1.0 / 3, 0);
    assertEffect(second, "c", 1, 0);
    assertCredit(second.attribution(), "a", 0.6, 0);
    assertCredit(second.attribution(), "c", 1.8, 0);
    assertEquals("markov order 2", second.attribution().model());
    assertEquals(0.5, second.transitionMatrix().probability(s("a > b"), s("b > c")));
    MarkovAttribution first = MarkovAttribution.of(paths, 1);
    assertEffect(first, "a", 0.5, 0);
    assertCredit(first.attribution(), "a", 0.75, 0);
    assertCredit(first.attribution(), "c", 1.5, 0);
  }

  @Test
  void consecutiveIdenticalStatesAreMergedAtEveryOrder() {
    // a > a > b at order 1 visits a then b; at order 2, windows a > a, a > b; a > a > a > b likewise.
    TransitionCounts first = TransitionCounts.of(rows(PathCount.parse("a > a > b", 1, 0, 0)), 1);
    assertEquals(0, first.count(s("a"), s("a")));
    assertEquals(1, first.count(s("a"), s("b")));
    TransitionCounts second = TransitionCounts.of(rows(PathCount.parse("a > a > a > b", 1, 0, 0)), 2);
    assertEquals(List.of(Path.parse("a > a"), Path.parse("a > b")), second.states());
    assertEquals(0, second.count(s("a > a"), s("a > a")));
    assertEquals(1, second.count(s("a > a"), s("a > b")));
    assertEquals(1, second.count(s("a > b"), MarkovState.CONVERSION));
  }

  @Test
  void theChainReproducesTheObservedConversionRateAndValuePerJourney() {
    PathCounts paths = rows(PathCount.parse("a > b > c > a", 3, 7.5, 2), PathCount.parse("b > a > b", 1, 2, 6),
        PathCount.parse("c", 0, 0, 4), PathCount.parse("c > c > b", 2, 1, 1));
    for (int order = 1; order <= TransitionCounts.MAX_ORDER; order++) {
      MarkovAttribution m = MarkovAttribution.of(paths, order);
      assertEquals(6.0 / 19, m.conversionProbability(), EPS, "order " + order);
      assertEquals(10.5 / 19, m.expectedValue(), EPS, "order " + order);
    }
  }

  @Test
  void noJourneysOrNoConversionsGiveNoCredit() {
    MarkovAttribution none = MarkovAttribution.of(TransitionCounts.empty(1));
    assertThrows(IllegalStateException.class, none::conversionProbability);
    assertEquals(List.of(), none.removalEffects());
    assertEquals(List.of(), none.attribution().credits());
    MarkovAttribution nulls = MarkovAttribution.of(rows(PathCount.parse("a > b", 0, 0, 3)), 2);
    assertEquals(0, nulls.conversionProbability());
    assertEquals(List.of(new RemovalEffect("a", 0, 0), new RemovalEffect("b", 0, 0)), nulls.removalEffects());
    assertEquals(List.of(new Credit("a", 0, 0), new Credit("b", 0, 0)), nulls.attribution().credits());
    assertEquals(Optional.empty(), nulls.removalEffect("z"));
  }

  @Test
  void theOrderIsFromOneToFour() {
    assertEquals("Invalid value for order (valid values 1 - 4): 5",
        assertThrows(InvalidValueException.class, () -> TransitionCounts.accumulator(5)).getMessage());
    assertThrows(InvalidValueException.class, () -> TransitionCounts.toTransitionCounts(0));
    assertThrows(InvalidValueException.class,
        () -> TransitionCounts.accumulator(1).merge(TransitionCounts.accumulator(2)));
  }

  @Test
  void mergeEqualsTheWholeAndAnAccumulatorMergesWithItself() {
    TransitionCountsAccumulator whole = TransitionCounts.accumulator(2);
    TransitionCountsAccumulator left = TransitionCounts.accumulator(2);
    TransitionCountsAccumulator right = TransitionCounts.accumulator(2);
    List<PathCount> rows = List.of(PathCount.parse("a > b > c", 1, 2, 1), PathCount.parse("c > a", 0, 0, 2),
        PathCount.parse("b > b > a", 2, 1, 0), PathCount.parse("d", 1, 1, 1));
    rows.forEach(whole::add);
    left.add(rows.get(2)).add(rows.get(0));
    right.add(rows.get(3)).add(rows.get(1));
    assertEquals(whole.snapshot(), left.merge(right).snapshot());
    TransitionCountsAccumulator twice = TransitionCounts.accumulator(2);
    rows.forEach(twice::add);
    rows.forEach(twice::add);
    assertEquals(twice.snapshot(), whole.merge(whole).snapshot());
    assertEquals(16, whole.count());
    assertTrue(twice.snapshot().toString().contains("journeys=16"));
  }
}
