package org.cxkit.metrics.satisfaction;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Collector;
import org.cxkit.core.feedback.CesResponse;
import org.cxkit.core.testing.MergeableContract;
import org.quicktheories.core.Gen;

class CesContractTest extends MergeableContract<CesAccumulator, Ces, CesResponse> {

  @Override
  protected Gen<CesResponse> items() {
    return integers().between(1, 7).map(Fixtures::ces);
  }

  @Override
  protected CesAccumulator newAccumulator() {
    return Ces.accumulator();
  }

  @Override
  protected void add(CesAccumulator accumulator, CesResponse item) {
    accumulator.add(item);
  }

  @Override
  protected CesAccumulator merge(CesAccumulator accumulator, CesAccumulator other) {
    return accumulator.merge(other);
  }

  @Override
  protected Ces snapshot(CesAccumulator accumulator) {
    return accumulator.snapshot();
  }

  @Override
  protected Collector<CesResponse, ?, Ces> collector() {
    return Ces.toCes();
  }

  @Override
  protected Ces expectedEmpty() {
    return Ces.empty();
  }

  @Override
  protected void checkEmpty(Ces empty) {
    assertTrue(empty.isEmpty());
    assertThrows(IllegalStateException.class, empty::mean);
    assertThrows(IllegalStateException.class, empty::agreeingShare);
  }
}
