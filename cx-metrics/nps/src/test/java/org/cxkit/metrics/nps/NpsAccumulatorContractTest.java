package org.cxkit.metrics.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Collector;
import java.util.stream.IntStream;
import org.cxkit.core.testing.MergeableContract;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NpsAccumulatorContractTest extends MergeableContract<NpsAccumulator, NpsTally, Integer> {

  @Override
  protected NpsAccumulator newAccumulator() {
    return NpsTally.accumulator();
  }

  @Override
  protected void add(NpsAccumulator accumulator, Integer item) {
    accumulator.add(item);
  }

  @Override
  protected NpsAccumulator merge(NpsAccumulator into, NpsAccumulator other) {
    return into.merge(other);
  }

  @Override
  protected NpsTally snapshot(NpsAccumulator accumulator) {
    return accumulator.snapshot();
  }

  @Override
  protected Gen<Integer> items() {
    return integers().between(0, 10);
  }

  @Override
  protected Collector<Integer, ?, NpsTally> collector() {
    return NpsTally.toTally(Integer::intValue);
  }

  @Override
  protected NpsTally expectedEmpty() {
    return NpsTally.empty();
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
  void badAnswersAreRejectedAndLeaveTheCountsUnchanged() {
    NpsAccumulator a = NpsTally.accumulator();
    a.add(9);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.add(11));
    assertEquals("Invalid value for score (valid values 0 - 10): 11", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> a.add(-1));
    assertEquals(NpsTally.of(0, 0, 1), a.snapshot());
    assertEquals(1, a.n());
  }

  @Test
  void snapshotsAreIndependentOfLaterAdds() {
    NpsAccumulator a = NpsTally.accumulator();
    a.add(10);
    NpsTally before = a.snapshot();
    a.add(0);
    assertEquals(NpsTally.of(0, 0, 1), before);
    assertEquals(NpsTally.of(1, 0, 1), a.snapshot());
    a.addAll(NpsTally.of(1, 2, 3));
    assertEquals(NpsTally.of(2, 2, 4), a.snapshot());
    assertEquals("NpsAccumulator{detractors=2, passives=2, promoters=4, n=8, score=25.0}", a.toString());
  }
}
