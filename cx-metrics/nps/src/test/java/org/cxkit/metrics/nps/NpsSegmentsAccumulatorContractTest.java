package org.cxkit.metrics.nps;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Map;
import java.util.stream.Collector;
import org.quicktheories.core.Gen;

class NpsSegmentsAccumulatorContractTest
    extends MergeableContract<NpsSegmentsAccumulator<String>, NpsSegments<String>, Map.Entry<String, Integer>> {

  @Override
  NpsSegmentsAccumulator<String> newAccumulator() {
    return NpsSegments.accumulator();
  }

  @Override
  void add(NpsSegmentsAccumulator<String> accumulator, Map.Entry<String, Integer> item) {
    accumulator.add(item.getKey(), item.getValue());
  }

  @Override
  void merge(NpsSegmentsAccumulator<String> into, NpsSegmentsAccumulator<String> other) {
    into.merge(other);
  }

  @Override
  NpsSegments<String> snapshot(NpsSegmentsAccumulator<String> accumulator) {
    return accumulator.snapshot();
  }

  @Override
  Gen<Map.Entry<String, Integer>> items() {
    return integers().between(0, 6).zip(integers().between(0, 10), (k, s) -> Map.entry("segment-" + k, s));
  }

  @Override
  Collector<Map.Entry<String, Integer>, ?, NpsSegments<String>> collector() {
    return NpsSegments.toSegments(Map.Entry::getKey, Map.Entry::getValue);
  }

  @Override
  NpsSegments<String> expectedEmpty() {
    return NpsSegments.of(Map.of());
  }
}
