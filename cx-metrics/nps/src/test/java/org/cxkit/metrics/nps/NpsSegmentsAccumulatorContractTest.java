package org.cxkit.metrics.nps;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Map;
import java.util.stream.Collector;
import org.cxkit.core.testing.MergeableContract;
import org.quicktheories.core.Gen;

class NpsSegmentsAccumulatorContractTest
    extends MergeableContract<NpsSegmentsAccumulator<String>, NpsSegments<String>, Map.Entry<String, Integer>> {

  @Override
  protected NpsSegmentsAccumulator<String> newAccumulator() {
    return NpsSegments.accumulator();
  }

  @Override
  protected void add(NpsSegmentsAccumulator<String> accumulator, Map.Entry<String, Integer> item) {
    accumulator.add(item.getKey(), item.getValue());
  }

  @Override
  protected NpsSegmentsAccumulator<String> merge(
      NpsSegmentsAccumulator<String> into, NpsSegmentsAccumulator<String> other) {
    return into.merge(other);
  }

  @Override
  protected NpsSegments<String> snapshot(NpsSegmentsAccumulator<String> accumulator) {
    return accumulator.snapshot();
  }

  @Override
  protected Gen<Map.Entry<String, Integer>> items() {
    return integers().between(0, 6).zip(integers().between(0, 10), (k, s) -> Map.entry("segment-" + k, s));
  }

  @Override
  protected Collector<Map.Entry<String, Integer>, ?, NpsSegments<String>> collector() {
    return NpsSegments.toSegments(Map.Entry::getKey, Map.Entry::getValue);
  }

  @Override
  protected NpsSegments<String> expectedEmpty() {
    return NpsSegments.of(Map.of());
  }
}
