package org.cxkit.metrics.nps;

import static org.cxkit.metrics.nps.Responses.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collector;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.result.Breakdown;
import org.cxkit.core.touchpoint.Channel;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * NPS by segment is a core {@link Breakdown} with {@link NpsTally#toTally()} downstream (the
 * module's former {@code NpsSegments}). The properties of its former merge contract are checked here
 * through the breakdown collector's own supplier, accumulator and combiner.
 */
class NpsBreakdownTest {
  private static final String T = "2026-11-24T10:00:00Z";

  private static Gen<List<int[]>> keyedScores() {
    return lists().of(integers().between(0, 6).zip(integers().between(0, 10), (k, s) -> new int[] {k, s}))
        .ofSizeBetween(0, 300);
  }

  private static Collector<int[], ?, Breakdown<Integer, NpsTally>> bySegment() {
    return Breakdown.by(x -> x[0], NpsTally.toTally(x -> x[1]));
  }

  /** Collects with the collector's functions, merging the accumulators of the two parts. */
  private static <A> Breakdown<Integer, NpsTally> collectInTwo(Collector<int[], A, Breakdown<Integer, NpsTally>> c,
      List<int[]> left, List<int[]> right) {
    A a = c.supplier().get();
    left.forEach(x -> c.accumulator().accept(a, x));
    A b = c.supplier().get();
    right.forEach(x -> c.accumulator().accept(b, x));
    return c.finisher().apply(c.combiner().apply(a, b));
  }

  @Test
  void totalIsThePooledScoreNotTheAverageOfSegmentScores() {
    // Web: 3 promoters of 3 (NPS 100). Phone: 1 detractor alone (NPS -100). The average of the
    // segment scores would be 0; pooled, 3 promoters and 1 detractor of 4 give 100 * (3 - 1) / 4 = 50.
    List<NpsResponse> responses = List.of(
        response(10, Channel.WEB, T), response(9, Channel.WEB, T), response(10, Channel.WEB, T),
        response(2, Channel.PHONE, T));
    Breakdown<Channel, NpsTally> byChannel = responses.stream()
        .collect(Breakdown.by(r -> r.channel().orElseThrow(), NpsTally.toTally()));
    assertEquals(NpsTally.of(0, 0, 3), byChannel.segments().get(Channel.WEB));
    assertEquals(NpsTally.of(1, 0, 0), byChannel.segments().get(Channel.PHONE));
    assertFalse(byChannel.segments().containsKey(Channel.EMAIL)); // only segments with answers
    assertEquals(50.0, byChannel.total().score());
    assertEquals(NpsTally.ofResponses(responses), byChannel.total());
    assertEquals(List.of(Channel.WEB, Channel.PHONE), List.copyOf(byChannel.segments().keySet()));
    assertEquals(100.0, byChannel.segments().get(Channel.WEB).estimate().value());
    assertTrue(byChannel.segments().get(Channel.PHONE).estimate().isBelowMinimum());
  }

  @Test
  void totalEqualsPooledTallyForAnyKeys() {
    qt().forAll(keyedScores()).check(items -> {
      Breakdown<Integer, NpsTally> s = items.stream().collect(bySegment());
      NpsAccumulator all = NpsTally.accumulator();
      items.forEach(x -> all.add(x[1]));
      long sum = s.segments().values().stream().mapToLong(NpsTally::count).sum();
      return s.total().equals(all.snapshot()) && sum == items.size();
    });
  }

  @Test
  void mergingTwoPartsEqualsTheWholeInEitherOrder() {
    qt().forAll(keyedScores(), integers().between(0, 300)).check((items, cut) -> {
      int k = Math.min(cut, items.size());
      Breakdown<Integer, NpsTally> whole = items.stream().collect(bySegment());
      List<int[]> left = items.subList(0, k);
      List<int[]> right = items.subList(k, items.size());
      return whole.segments().equals(collectInTwo(bySegment(), left, right).segments())
          && whole.segments().equals(collectInTwo(bySegment(), right, left).segments())
          && whole.total().equals(collectInTwo(bySegment(), right, left).total());
    });
  }

  @Test
  void orderDoesNotMatterAndParallelEqualsSequential() {
    qt().forAll(keyedScores(), integers().all()).check((items, seed) -> {
      List<int[]> shuffled = new ArrayList<>(items);
      Collections.shuffle(shuffled, new Random(seed));
      Breakdown<Integer, NpsTally> whole = items.stream().collect(bySegment());
      Breakdown<Integer, NpsTally> parallel = shuffled.parallelStream().collect(bySegment());
      return whole.segments().equals(parallel.segments()) && whole.total().equals(parallel.total());
    });
  }

  @Test
  void noInputGivesNoSegmentsAndTheEmptyTotal() {
    Breakdown<Integer, NpsTally> none = List.<int[]>of().stream().collect(bySegment());
    assertEquals(Map.of(), none.segments());
    assertEquals(NpsTally.empty(), none.total());
  }

  @Test
  void aBadScoreIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> List.of(new int[] {0, 11}).stream().collect(bySegment()));
  }
}
