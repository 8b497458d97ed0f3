package org.cxkit.metrics.satisfaction;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Collector;
import org.cxkit.core.feedback.CesResponse;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

class CesContractTest extends AccumulatorContract<CesResponse, CesAccumulator, Ces> {
  private static final CesResponse[] RESPONSES = new CesResponse[8];

  static {
    for (int score = 1; score <= 7; score++) {
      RESPONSES[score] = Fixtures.ces(score);
    }
  }

  @Override
  protected Gen<CesResponse> items() {
    return integers().between(1, 7).map(score -> RESPONSES[score]);
  }

  @Override
  protected CesAccumulator newAccumulator() {
    return Ces.accumulator();
  }

  @Override
  protected Collector<CesResponse, ?, Ces> collector() {
    return Ces.toCes();
  }

  @Override
  protected Ces expectedEmpty() {
    return Ces.empty();
  }

  @Override
  protected void checkEmpty(Ces empty) {
    assertTrue(empty.isEmpty());
    assertThrows(IllegalStateException.class, empty::mean);
    assertThrows(IllegalStateException.class, empty::agreeingShare);
    assertThrows(IllegalStateException.class, empty::netEffort);
  }
}
