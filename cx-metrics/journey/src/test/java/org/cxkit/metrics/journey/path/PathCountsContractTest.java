package org.cxkit.metrics.journey.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Collector;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

/** The shared accumulator contract for path counts: merge equals whole, order does not matter, and so on. */
class PathCountsContractTest extends AccumulatorContract<JourneyPath, PathCountsAccumulator, PathCounts> {

  @Override
  protected PathCountsAccumulator newAccumulator() {
    return PathCounts.accumulator();
  }

  @Override
  protected Gen<JourneyPath> items() {
    return Gens.journeyPaths(4, 4);
  }

  @Override
  protected Collector<JourneyPath, ?, PathCounts> collector() {
    return PathCounts.toPathCounts();
  }

  @Override
  protected PathCounts expectedEmpty() {
    return PathCounts.empty();
  }

  @Override
  protected void checkEmpty(PathCounts empty) {
    assertEquals(0, empty.count());
    assertEquals(0, empty.distinctPaths());
    assertEquals(0, empty.value());
    assertEquals(0, empty.byLength().size());
    assertEquals(0, empty.ngrams(2).size());
    assertThrows(IllegalStateException.class, empty::conversionRate);
  }
}
