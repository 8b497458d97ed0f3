package org.cxkit.metrics.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collector;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.path.Gens;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

/**
 * The shared accumulator contract for transition counts, at order 2 (windows of two channels, whose
 * ids an accumulator assigns in its own order, so that merging must translate them).
 */
class TransitionCountsContractTest
    extends AccumulatorContract<JourneyPath, TransitionCountsAccumulator, TransitionCounts> {

  @Override
  protected TransitionCountsAccumulator newAccumulator() {
    return TransitionCounts.accumulator(2);
  }

  @Override
  protected Gen<JourneyPath> items() {
    return Gens.journeyPaths(5, 5);
  }

  @Override
  protected Collector<JourneyPath, ?, TransitionCounts> collector() {
    return TransitionCounts.toTransitionCounts(2);
  }

  @Override
  protected TransitionCounts expectedEmpty() {
    return TransitionCounts.empty(2);
  }

  @Override
  protected void checkEmpty(TransitionCounts empty) {
    assertEquals(0, empty.count());
    assertEquals(0, empty.states().size());
    assertEquals(0, empty.channels().size());
    assertEquals(2, empty.order());
  }
}
