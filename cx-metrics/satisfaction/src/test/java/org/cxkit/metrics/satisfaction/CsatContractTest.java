package org.cxkit.metrics.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Collector;
import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

class CsatContractTest extends AccumulatorContract<CsatResponse, CsatAccumulator, Csat> {
  private static final Scale SCALE = Scale.of(0, 10);
  private static final CsatResponse[] RESPONSES = new CsatResponse[11];

  static {
    for (int score = 0; score <= 10; score++) {
      RESPONSES[score] = Fixtures.csat(score, SCALE, Channel.EMAIL, Fixtures.T0);
    }
  }

  @Override
  protected Gen<CsatResponse> items() {
    return integers().between(0, 10).map(score -> RESPONSES[score]);
  }

  @Override
  protected CsatAccumulator newAccumulator() {
    return Csat.accumulator(SCALE);
  }

  @Override
  protected Collector<CsatResponse, ?, Csat> collector() {
    return Csat.toCsat(SCALE);
  }

  @Override
  protected Csat expectedEmpty() {
    return Csat.empty(SCALE);
  }

  @Override
  protected void checkEmpty(Csat empty) {
    assertTrue(empty.isEmpty());
    assertEquals(0, empty.count());
    IllegalStateException e = assertThrows(IllegalStateException.class, empty::satisfiedShare);
    assertEquals("No answers: the satisfied share of an empty tally does not exist", e.getMessage());
    assertThrows(IllegalStateException.class, empty::netSatisfaction);
    assertThrows(IllegalStateException.class, empty::mean);
  }
}
