package org.cxkit.metrics.nps;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Collector;
import org.quicktheories.core.Gen;

/** Whole-number weights keep every sum exact, so merges must equal the whole exactly. */
class WeightedNpsAccumulatorContractTest
    extends MergeableContract<WeightedNpsAccumulator, WeightedNpsTally, int[]> {

  @Override
  WeightedNpsAccumulator newAccumulator() {
    return WeightedNpsTally.accumulator();
  }

  @Override
  void add(WeightedNpsAccumulator accumulator, int[] item) {
    accumulator.add(item[0], item[1]);
  }

  @Override
  void merge(WeightedNpsAccumulator into, WeightedNpsAccumulator other) {
    into.merge(other);
  }

  @Override
  WeightedNpsTally snapshot(WeightedNpsAccumulator accumulator) {
    return accumulator.snapshot();
  }

  @Override
  Gen<int[]> items() {
    return integers().between(0, 10).zip(integers().between(1, 1000), (s, w) -> new int[] {s, w});
  }

  @Override
  Collector<int[], ?, WeightedNpsTally> collector() {
    return WeightedNpsTally.toWeightedTally(x -> x[0], x -> x[1]);
  }

  @Override
  WeightedNpsTally expectedEmpty() {
    return WeightedNpsTally.empty();
  }
}
