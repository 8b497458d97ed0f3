package org.cxkit.metrics.nps;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Collector;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

/**
 * Whole-number weights keep every sum exact, so merges must equal the whole exactly. Weights of 0
 * are among the items: they count as answers and weigh nothing.
 */
class WeightedNpsAccumulatorContractTest
    extends AccumulatorContract<WeightedAnswer, WeightedNpsAccumulator, WeightedNpsTally> {

  @Override
  protected WeightedNpsAccumulator newAccumulator() {
    return WeightedNpsTally.accumulator();
  }

  @Override
  protected Gen<WeightedAnswer> items() {
    // One weight in about eleven is 0.
    return integers().between(0, 10).zip(integers().between(-100, 1000),
        (s, w) -> WeightedAnswer.of(s, Math.max(0, w / 10)));
  }

  @Override
  protected Collector<WeightedAnswer, ?, WeightedNpsTally> collector() {
    return WeightedNpsTally.toWeightedTally();
  }

  @Override
  protected WeightedNpsTally expectedEmpty() {
    return WeightedNpsTally.empty();
  }
}
