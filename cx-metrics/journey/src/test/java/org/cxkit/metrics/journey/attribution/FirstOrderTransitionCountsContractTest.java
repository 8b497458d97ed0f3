package org.cxkit.metrics.journey.attribution;

import java.util.stream.Collector;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.path.Gens;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

/** The shared accumulator contract for transition counts at order 1, on paths with many repeats. */
class FirstOrderTransitionCountsContractTest
    extends AccumulatorContract<JourneyPath, TransitionCountsAccumulator, TransitionCounts> {

  @Override
  protected TransitionCountsAccumulator newAccumulator() {
    return TransitionCounts.accumulator(1);
  }

  @Override
  protected Gen<JourneyPath> items() {
    return Gens.journeyPaths(3, 6);
  }

  @Override
  protected Collector<JourneyPath, ?, TransitionCounts> collector() {
    return TransitionCounts.toTransitionCounts(1);
  }

  @Override
  protected TransitionCounts expectedEmpty() {
    return TransitionCounts.empty(1);
  }
}
