package org.cxkit.metrics.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Collector;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.testing.MergeableContract;
import org.quicktheories.core.Gen;

class CsatContractTest extends MergeableContract<CsatAccumulator, Csat, Integer> {
  private static final Scale SCALE = Scale.of(0, 10);

  @Override
  protected Gen<Integer> items() {
    return integers().between(0, 10);
  }

  @Override
  protected CsatAccumulator newAccumulator() {
    return Csat.accumulator(SCALE);
  }

  @Override
  protected void add(CsatAccumulator accumulator, Integer item) {
    accumulator.add(item);
  }

  @Override
  protected CsatAccumulator merge(CsatAccumulator accumulator, CsatAccumulator other) {
    return accumulator.merge(other);
  }

  @Override
  protected Csat snapshot(CsatAccumulator accumulator) {
    return accumulator.snapshot();
  }

  @Override
  protected Collector<Integer, ?, Csat> collector() {
    return Csat.toCsatFromScores(SCALE);
  }

  @Override
  protected Csat expectedEmpty() {
    return Csat.empty(SCALE);
  }

  @Override
  protected void checkEmpty(Csat empty) {
    assertTrue(empty.isEmpty());
    assertEquals(0, empty.count());
    assertEquals(Csat.empty(SCALE), empty);
    IllegalStateException e = assertThrows(IllegalStateException.class, empty::satisfiedShare);
    assertEquals("No answers: the satisfied share of an empty tally does not exist", e.getMessage());
    assertThrows(IllegalStateException.class, empty::mean);
  }
}
