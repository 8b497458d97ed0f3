package org.cxkit.metrics.gap.kano;

import static org.cxkit.metrics.gap.kano.KanoAnswer.DISLIKE;
import static org.cxkit.metrics.gap.kano.KanoAnswer.LIKE;
import static org.cxkit.metrics.gap.kano.KanoAnswer.LIVE_WITH;
import static org.cxkit.metrics.gap.kano.KanoAnswer.MUST_BE;
import static org.cxkit.metrics.gap.kano.KanoAnswer.NEUTRAL;
import static org.cxkit.metrics.gap.kano.KanoCategory.ATTRACTIVE;
import static org.cxkit.metrics.gap.kano.KanoCategory.INDIFFERENT;
import static org.cxkit.metrics.gap.kano.KanoCategory.ONE_DIMENSIONAL;
import static org.cxkit.metrics.gap.kano.KanoCategory.QUESTIONABLE;
import static org.cxkit.metrics.gap.kano.KanoCategory.REVERSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.junit.jupiter.api.Test;

class KanoTest {

  /** Spot checks of the evaluation table (Berger et al. 1993, table 1), one per category. */
  @Test
  void evaluatesAnswerPairsByTheStandardTable() {
    assertEquals(ATTRACTIVE, KanoCategory.of(LIKE, NEUTRAL));
    assertEquals(ATTRACTIVE, KanoCategory.of(LIKE, LIVE_WITH));
    assertEquals(ONE_DIMENSIONAL, KanoCategory.of(LIKE, DISLIKE));
    assertEquals(KanoCategory.MUST_BE, KanoCategory.of(NEUTRAL, DISLIKE));
    assertEquals(KanoCategory.MUST_BE, KanoCategory.of(MUST_BE, DISLIKE));
    assertEquals(INDIFFERENT, KanoCategory.of(NEUTRAL, NEUTRAL));
    assertEquals(INDIFFERENT, KanoCategory.of(LIVE_WITH, MUST_BE));
    assertEquals(REVERSE, KanoCategory.of(DISLIKE, LIKE));
    assertEquals(REVERSE, KanoCategory.of(NEUTRAL, LIKE));
    assertEquals(QUESTIONABLE, KanoCategory.of(LIKE, LIKE));
    assertEquals(QUESTIONABLE, KanoCategory.of(DISLIKE, DISLIKE));
  }

  /** The table's row and column counts: 1 O, 3 A, 3 M, 9 I, 7 R, 2 Q over the 25 cells. */
  @Test
  void tableHasTheStandardCellCounts() {
    Map<KanoCategory, Long> cells = new java.util.EnumMap<>(KanoCategory.class);
    for (KanoAnswer f : KanoAnswer.values()) {
      for (KanoAnswer d : KanoAnswer.values()) {
        cells.merge(KanoCategory.of(f, d), 1L, Long::sum);
      }
    }
    assertEquals(Map.of(ONE_DIMENSIONAL, 1L, ATTRACTIVE, 3L, KanoCategory.MUST_BE, 3L, INDIFFERENT, 9L,
        REVERSE, 7L, QUESTIONABLE, 2L), cells);
  }

  /**
   * Hand example: A 10, O 5, M 3, I 2, R 1, Q 1. better = (10 + 5)/(10 + 5 + 3 + 2) = 15/20 = 0.75;
   * worse = −(5 + 3)/20 = −0.4; category attractive (10 is the most).
   */
  @Test
  void computesBetterAndWorseByHand() {
    KanoTally t = KanoTally.of(Map.of(ATTRACTIVE, 10L, ONE_DIMENSIONAL, 5L, KanoCategory.MUST_BE, 3L,
        INDIFFERENT, 2L, REVERSE, 1L, QUESTIONABLE, 1L));
    assertEquals(0.75, t.better());
    assertEquals(-0.4, t.worse());
    assertEquals(ATTRACTIVE, t.category());
    assertEquals(22, t.count());
  }

  /** Ties go must-be, one-dimensional, attractive, indifferent, reverse, questionable. */
  @Test
  void breaksTiesByTheStatedOrder() {
    assertEquals(KanoCategory.MUST_BE, KanoTally.of(Map.of(ATTRACTIVE, 4L, KanoCategory.MUST_BE, 4L)).category());
    assertEquals(ONE_DIMENSIONAL, KanoTally.of(Map.of(ATTRACTIVE, 4L, ONE_DIMENSIONAL, 4L, INDIFFERENT, 4L)).category());
    assertEquals(ATTRACTIVE, KanoTally.of(Map.of(ATTRACTIVE, 2L, INDIFFERENT, 2L, REVERSE, 2L)).category());
    assertEquals(REVERSE, KanoTally.of(Map.of(REVERSE, 1L, QUESTIONABLE, 1L)).category());
  }

  @Test
  void emptyOrUninformativeTalliesSaySo() {
    KanoTally empty = KanoTally.accumulator().snapshot();
    assertThrows(IllegalStateException.class, empty::category);
    assertThrows(IllegalStateException.class, empty::better);
    assertThrows(IllegalStateException.class, () -> KanoTally.of(Map.of(REVERSE, 3L)).worse());
    assertThrows(IllegalArgumentException.class, () -> KanoTally.of(Map.of(REVERSE, -1L)));
  }

  @Test
  void coefficientsStayInRangeAndMergeEqualsWhole() {
    qt().forAll(longs().all(), integers().between(0, 200)).check((seed, n) -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      List<KanoCategory> answers = new ArrayList<>();
      KanoAnswer[] all = KanoAnswer.values();
      for (int i = 0; i < n; i++) {
        answers.add(KanoCategory.of(all[rnd.nextInt(5)], all[rnd.nextInt(5)]));
      }
      int cut = rnd.nextInt(n + 1);
      KanoAccumulator left = KanoTally.accumulator();
      answers.subList(0, cut).forEach(left::add);
      KanoTally right = answers.subList(cut, n).stream().collect(KanoTally.toKanoTally());
      KanoTally whole = answers.parallelStream().collect(KanoTally.toKanoTally());
      boolean merged = left.addAll(right).snapshot().equals(whole) && whole.count() == n;
      long base = whole.count(ATTRACTIVE) + whole.count(ONE_DIMENSIONAL) + whole.count(KanoCategory.MUST_BE)
          + whole.count(INDIFFERENT);
      boolean ranges = base == 0 || whole.better() >= 0 && whole.better() <= 1 && whole.worse() >= -1
          && whole.worse() <= 0;
      return merged && ranges;
    });
  }

  /**
   * A total beyond {@code Long.MAX_VALUE} used to wrap around to a negative count; now it is refused,
   * naming the count, whether the counts are given or merged.
   */
  @Test
  void aTotalBeyondTheLargestLongIsRefusedNamingTheCount() {
    KanoTally full = KanoTally.of(Map.of(ATTRACTIVE, Long.MAX_VALUE));
    assertEquals(Long.MAX_VALUE, full.count());
    IllegalArgumentException given = assertThrows(IllegalArgumentException.class,
        () -> KanoTally.of(Map.of(ATTRACTIVE, Long.MAX_VALUE, KanoCategory.MUST_BE, 1L)));
    assertEquals("Invalid value for count (must not exceed 9223372036854775807): 9223372036854775808",
        given.getMessage());
    KanoAccumulator acc = KanoTally.accumulator().addAll(full);
    IllegalArgumentException merged = assertThrows(IllegalArgumentException.class,
        () -> acc.add(KanoCategory.MUST_BE));
    assertEquals(given.getMessage(), merged.getMessage());
    assertThrows(IllegalArgumentException.class, () -> acc.merge(KanoTally.accumulator().add(REVERSE)));
    // Refused without a change.
    assertEquals(full, acc.snapshot());
    assertEquals(ReasonCode.TOO_LARGE, ((InvalidValueException) given).code());
    assertEquals("count", ((InvalidValueException) given).field());
  }

  @Test
  void groupsPerFeature() {
    record Answer(String feature, KanoAnswer functional, KanoAnswer dysfunctional) {}
    List<Answer> answers = List.of(new Answer("wifi", NEUTRAL, DISLIKE), new Answer("wifi", MUST_BE, DISLIKE),
        new Answer("wifi", LIKE, NEUTRAL), new Answer("lounge", LIKE, NEUTRAL));
    Map<String, KanoTally> byFeature = answers.stream().collect(Collectors.groupingBy(Answer::feature,
        Collectors.mapping(a -> KanoCategory.of(a.functional(), a.dysfunctional()), KanoTally.toKanoTally())));
    assertEquals(KanoCategory.MUST_BE, byFeature.get("wifi").category());
    assertEquals(ATTRACTIVE, byFeature.get("lounge").category());
  }
}
