package org.cxkit.metrics.nps;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Collector;
import org.cxkit.core.testing.MergeableContract;
import org.quicktheories.core.Gen;

/** Whole-number weights keep every sum exact, so merges must equal the whole exactly. */
class WeightedNpsAccumulatorContractTest
    extends MergeableContract<WeightedNpsAccumulator, WeightedNpsTally, int[]> {

  @Override
  protected WeightedNpsAccumulator newAccumulator() {
    return WeightedNpsTally.accumulator();
  }

  @Override
  protected void add(WeightedNpsAccumulator accumulator, int[] item) {
    accumulator.add(item[0], item[1]);
  }

  @Override
  protected WeightedNpsAccumulator merge(WeightedNpsAccumulator into, WeightedNpsAccumulator other) {
    return into.merge(other);
  }

  @Override
  protected WeightedNpsTally snapshot(WeightedNpsAccumulator accumulator) {
    return accumulator.snapshot();
  }

  @Override
  protected Gen<int[]> items() {
    return integers().between(0, 10).zip(integers().between(1, 1000), (s, w) -> new int[] {s, w});
  }

  @Override
  protected Collector<int[], ?, WeightedNpsTally> collector() {
    return WeightedNpsTally.toWeightedTally(x -> x[0], x -> x[1]);
  }

  @Override
  protected WeightedNpsTally expectedEmpty() {
    return WeightedNpsTally.empty();
  }
}
