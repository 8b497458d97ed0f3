package org.cxkit.metrics.gap.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.metrics.gap.Seeded;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

/**
 * Zone-of-tolerance summaries against the shared accumulator contract, on whole-number answers of a
 * 1–7 scale, whose gaps are summed exactly: results compare exactly.
 */
class ZoneSummaryContractTest extends AccumulatorContract<ToleranceZone, ZoneAccumulator, ZoneSummary> {

  @Override
  protected ZoneAccumulator newAccumulator() {
    return ZoneSummary.accumulator();
  }

  @Override
  protected java.util.stream.Collector<ToleranceZone, ?, ZoneSummary> collector() {
    return ZoneSummary.toZoneSummary();
  }

  @Override
  protected Gen<ToleranceZone> items() {
    return Seeded.seeded(ZoneSummaryContractTest::randomItem);
  }

  private static ToleranceZone randomItem(SplittableRandom rnd) {
    int adequate = 1 + rnd.nextInt(7);
    int desired = adequate + rnd.nextInt(8 - adequate);
    QualityDimension d = QualityDimension.SERVQUAL.get(rnd.nextInt(5));
    return ToleranceZone.of(d, adequate, desired, 1 + rnd.nextInt(7));
  }

  @Override
  protected ZoneSummary expectedEmpty() {
    return ZoneSummary.of(List.of());
  }

  @Override
  protected void checkEmpty(ZoneSummary empty) {
    assertEquals(0, empty.count());
    assertEquals(List.of(), empty.dimensions());
    assertEquals(0, empty.count(QualityDimension.RELIABILITY));
    assertThrows(IllegalArgumentException.class, () -> empty.adequacyGap(QualityDimension.RELIABILITY));
  }
}
