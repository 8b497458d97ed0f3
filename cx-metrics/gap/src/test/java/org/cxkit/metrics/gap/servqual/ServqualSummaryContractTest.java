package org.cxkit.metrics.gap.servqual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collector;
import org.cxkit.metrics.gap.Seeded;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

/**
 * SERVQUAL summaries against the shared accumulator contract. Every sum is an exact integer sum, the
 * respondent-weighted ones included, so respondents with and without importance points are drawn
 * and results compare exactly.
 */
class ServqualSummaryContractTest
    extends AccumulatorContract<ServqualResponse, ServqualAccumulator, ServqualSummary> {

  @Override
  protected ServqualAccumulator newAccumulator() {
    return ServqualSummary.accumulator(ServqualInstrument.SERVQUAL_1988);
  }

  @Override
  protected Collector<ServqualResponse, ?, ServqualSummary> collector() {
    return ServqualSummary.toServqualSummary(ServqualInstrument.SERVQUAL_1988);
  }

  @Override
  protected Gen<ServqualResponse> items() {
    return Seeded.seeded(rnd -> ServqualProperties.random(rnd, rnd.nextBoolean()));
  }

  @Override
  protected ServqualSummary expectedEmpty() {
    return ServqualSummary.of(ServqualInstrument.SERVQUAL_1988, List.of());
  }

  @Override
  protected void checkEmpty(ServqualSummary empty) {
    assertEquals(0, empty.count());
    assertEquals(0, empty.weightedRespondents());
    assertThrows(IllegalStateException.class, empty::overallGap);
    assertThrows(IllegalStateException.class, empty::overallPerception);
  }

  /** 22-item responses are costly to draw; fewer examples still split every size up to 200. */
  @Override
  protected int examples() {
    return 200;
  }
}
