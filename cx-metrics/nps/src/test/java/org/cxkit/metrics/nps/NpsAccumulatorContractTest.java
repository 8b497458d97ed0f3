package org.cxkit.metrics.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Collector;
import java.util.stream.IntStream;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.testkit.AccumulatorContract;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NpsAccumulatorContractTest extends AccumulatorContract<NpsResponse, NpsAccumulator, NpsTally> {
  /** One response per answer 0 to 10, so that generated lists cost no builder per item. */
  private static final NpsResponse[] RESPONSES = IntStream.rangeClosed(0, 10)
      .mapToObj(s -> Responses.at(s, "2026-11-24T10:00:00Z")).toArray(NpsResponse[]::new);

  @Override
  protected NpsAccumulator newAccumulator() {
    return NpsTally.accumulator();
  }

  @Override
  protected Gen<NpsResponse> items() {
    return integers().between(0, 10).map(s -> RESPONSES[s]);
  }

  @Override
  protected Collector<NpsResponse, ?, NpsTally> collector() {
    return NpsTally.toTally();
  }

  @Override
  protected NpsTally expectedEmpty() {
    return NpsTally.empty();
  }

  @Override
  protected void checkEmpty(NpsTally empty) {
    assertEquals(0, empty.count());
    assertTrue(empty.isEmpty());
    assertThrows(IllegalStateException.class, empty::score);
  }

  @Test
  void worksAsTheThreeFunctionsOfIntStreamCollect() {
    // 0..10 twice: detractors 0-6 (7 each), passives 7-8 (2), promoters 9-10 (2), per round.
    NpsTally t = IntStream.rangeClosed(0, 21).map(i -> i % 11).parallel()
        .collect(NpsTally::accumulator, NpsAccumulator::add, NpsAccumulator::merge)
        .snapshot();
    assertEquals(NpsTally.of(14, 4, 4), t);
  }

  @Test
  void theScoreCollectorMatchesTheResponseCollector() {
    // Answers 0, 7, 9, 10: detractor {0}, passive {7}, promoters {9, 10}.
    assertEquals(NpsTally.of(1, 1, 2), IntStream.of(0, 7, 9, 10).boxed().collect(NpsTally.toTally(Integer::intValue)));
  }

  @Test
  void badAnswersAreRejectedWithTheirCodeAndLeaveTheCountsUnchanged() {
    NpsAccumulator a = NpsTally.accumulator();
    assertSame(a, a.add(9));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> a.add(11));
    assertEquals("Invalid value for score (valid values 0 - 10): 11", e.getMessage());
    assertEquals(ReasonCode.OUT_OF_RANGE, e.code());
    assertEquals("score", e.field());
    assertThrows(IllegalArgumentException.class, () -> a.add(-1));
    assertEquals(NpsTally.of(0, 0, 1), a.snapshot());
    assertEquals(1, a.count());
  }

  @Test
  void snapshotsAreIndependentOfLaterAdds() {
    NpsAccumulator a = NpsTally.accumulator();
    a.add(10);
    NpsTally before = a.snapshot();
    a.add(0);
    assertEquals(NpsTally.of(0, 0, 1), before);
    assertEquals(NpsTally.of(1, 0, 1), a.snapshot());
    assertSame(a, a.addAll(NpsTally.of(1, 2, 3)));
    assertEquals(NpsTally.of(2, 2, 4), a.snapshot());
    assertEquals(8, a.count());
    assertEquals("NpsAccumulator{detractors=2, passives=2, promoters=4, count=8, score=25.0}", a.toString());
  }

  @Test
  void aCountBeyondLongMaxValueIsAnErrorNamingTheCountNotAWrapAround() {
    // A tally of Long.MAX_VALUE - 1 detractors, then two more answers: the second would make the
    // count 2^63 = 9223372036854775808, one more than a long holds.
    NpsAccumulator a = NpsTally.accumulator().addAll(NpsTally.of(Long.MAX_VALUE - 1, 0, 0));
    a.add(9);
    assertEquals(Long.MAX_VALUE, a.count());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> a.add(9));
    assertEquals("Invalid value for count (must not exceed 9223372036854775807): 9223372036854775808", e.getMessage());
    assertEquals(ReasonCode.TOO_LARGE, e.code());
    assertEquals(NpsTally.of(Long.MAX_VALUE - 1, 0, 1), a.snapshot()); // unchanged by the failed add
    // Merging and adding a tally overflow the same way, and leave the accumulator unchanged.
    NpsAccumulator one = NpsTally.accumulator().add(0);
    assertThrows(InvalidValueException.class, () -> one.merge(a));
    assertThrows(InvalidValueException.class, () -> one.addAll(a.snapshot()));
    assertEquals(NpsTally.of(1, 0, 0), one.snapshot());
  }
}
