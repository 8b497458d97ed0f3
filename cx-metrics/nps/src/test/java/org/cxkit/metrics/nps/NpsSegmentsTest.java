package org.cxkit.metrics.nps;

import static org.cxkit.metrics.nps.Responses.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.touchpoint.Channel;
import org.junit.jupiter.api.Test;

class NpsSegmentsTest {
  private static final String T = "2026-11-24T10:00:00Z";

  @Test
  void totalIsThePooledScoreNotTheAverageOfSegmentScores() {
    // Web: 3 promoters of 3 (NPS 100). Phone: 1 detractor alone (NPS -100). The average of the
    // segment scores would be 0; pooled, 3 promoters and 1 detractor of 4 give 100 * (3 - 1) / 4 = 50.
    List<NpsResponse> responses = List.of(
        response(10, Channel.WEB, T), response(9, Channel.WEB, T), response(10, Channel.WEB, T),
        response(2, Channel.PHONE, T));
    NpsSegments<Channel> byChannel = responses.stream()
        .collect(NpsSegments.toSegments(r -> r.channel().orElseThrow()));
    assertEquals(NpsTally.of(0, 0, 3), byChannel.tally(Channel.WEB));
    assertEquals(NpsTally.of(1, 0, 0), byChannel.tally(Channel.PHONE));
    assertEquals(NpsTally.empty(), byChannel.tally(Channel.EMAIL));
    assertEquals(50.0, byChannel.total().score());
    assertEquals(NpsTally.ofResponses(responses), byChannel.total());
    assertEquals(List.of(Channel.WEB, Channel.PHONE), List.copyOf(byChannel.tallies().keySet()));
    Map<Channel, NpsEstimate> estimates = byChannel.estimates(NpsPolicy.DEFAULT);
    assertEquals(100.0, estimates.get(Channel.WEB).value());
    assertTrue(estimates.get(Channel.PHONE).isBelowMinimum());
  }

  @Test
  void totalEqualsPooledTallyForAnyKeys() {
    qt().forAll(lists().of(integers().between(0, 9).zip(integers().between(0, 10), (k, s) -> new int[] {k, s}))
            .ofSizeBetween(0, 400))
        .check(items -> {
          NpsSegmentsAccumulator<Integer> seg = NpsSegments.accumulator();
          NpsAccumulator all = NpsTally.accumulator();
          items.forEach(x -> {
            seg.add(x[0], x[1]);
            all.add(x[1]);
          });
          NpsSegments<Integer> s = seg.snapshot();
          long sum = s.tallies().values().stream().mapToLong(NpsTally::n).sum();
          return s.total().equals(all.snapshot()) && sum == items.size();
        });
  }

  @Test
  void plusMergesSharedKeys() {
    NpsSegments<String> a = NpsSegments.of(Map.of("x", NpsTally.of(1, 0, 0), "y", NpsTally.of(0, 1, 0)));
    NpsSegments<String> b = NpsSegments.of(Map.of("x", NpsTally.of(0, 0, 2)));
    NpsSegments<String> merged = a.plus(b);
    assertEquals(NpsTally.of(1, 0, 2), merged.tally("x"));
    assertEquals(NpsTally.of(1, 1, 2), merged.total());
    assertNotEquals(a, merged);
  }

  @Test
  void anEmptyTallyAddsNoSegment() {
    NpsSegmentsAccumulator<String> seg = NpsSegments.accumulator();
    seg.add("web", 9);
    seg.addAll("phone", NpsTally.empty());
    NpsSegmentsAccumulator<String> direct = NpsSegments.accumulator();
    direct.add("web", 9);
    assertEquals(direct.snapshot(), seg.snapshot());
    assertEquals(1, seg.snapshot().tallies().size());
  }

  @Test
  void aBadScoreLeavesItsSegmentOut() {
    NpsSegmentsAccumulator<String> seg = NpsSegments.accumulator();
    assertThrows(IllegalArgumentException.class, () -> seg.add("x", 11));
    assertEquals(NpsSegments.of(Map.of()), seg.snapshot());
  }
}
