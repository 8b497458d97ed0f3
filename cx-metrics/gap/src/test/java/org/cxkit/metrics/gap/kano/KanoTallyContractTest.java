package org.cxkit.metrics.gap.kano;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.stream.Collector;
import org.cxkit.metrics.gap.Seeded;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

/** Kano tallies against the shared accumulator contract: exact counts, compared exactly. */
class KanoTallyContractTest extends AccumulatorContract<KanoCategory, KanoAccumulator, KanoTally> {

  @Override
  protected KanoAccumulator newAccumulator() {
    return KanoTally.accumulator();
  }

  @Override
  protected Collector<KanoCategory, ?, KanoTally> collector() {
    return KanoTally.toKanoTally();
  }

  @Override
  protected Gen<KanoCategory> items() {
    return Seeded.seeded(rnd -> KanoCategory.values()[rnd.nextInt(6)]);
  }

  @Override
  protected KanoTally expectedEmpty() {
    return KanoTally.of(Map.of());
  }

  @Override
  protected void checkEmpty(KanoTally empty) {
    assertEquals(0, empty.count());
    assertThrows(IllegalStateException.class, empty::category);
    assertThrows(IllegalStateException.class, empty::better);
  }
}
