package org.cxkit.metrics.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.scale.Scale;
import org.junit.jupiter.api.Test;

class CesTest {

  @Test
  void workedExample() {
    // Answers 2, 4, 5, 5, 6, 6, 6, 7, 7, 7: mean 55 / 10 = 5.5; squared deviations
    // 12.25 + 2.25 + 2(0.25) + 3(0.25) + 3(2.25) = 22.5, s² = 22.5 / 9 = 2.5, s/√n = 0.5;
    // t(0.975, 9) = 2.262157 (Fisher & Yates table III) -> 5.5 ± 1.1310786 = 4.3689214 to 6.6310786.
    Ces ces = Ces.ofScores(2, 4, 5, 5, 6, 6, 6, 7, 7, 7);
    Estimate mean = ces.mean();
    assertEquals(5.5, mean.value(), 1e-15);
    assertEquals(4.3689214, mean.lower(), 5e-7);
    assertEquals(6.6310786, mean.upper(), 5e-7);
    // Agreeing (5-7): 8 of 10; Wilson 95 % 0.4901625 to 0.9433178 (worked in IntervalsTest).
    assertEquals(8, ces.agreeingCount());
    Estimate agreeing = ces.agreeingShare();
    assertEquals(0.8, agreeing.value(), 1e-15);
    assertEquals(0.4901625, agreeing.lower(), 5e-7);
    assertEquals(0.9433178, agreeing.upper(), 5e-7);
  }

  @Test
  void theOneToFiveEffortScaleIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ces.accumulator().add(2, Scale.ONE_TO_FIVE));
    assertEquals("Invalid value for scale (CES is recorded on the 1-7 agreement scale, higher is easier; "
        + "a 1-5 effort score, lower is better, is a different figure): 1-5", e.getMessage());
    assertEquals(1, Ces.accumulator().add(2, Scale.ONE_TO_SEVEN).count());
  }

  @Test
  void answersOffTheScale() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ces.ofScores(8));
    assertEquals("Invalid value for ces score (valid values 1 - 7): 8", e.getMessage());
    BulkResult<Integer, Ces> bulk = Ces.fromScores(List.of(7, 0, 5));
    assertEquals(2, bulk.usedCount());
    assertEquals(3, bulk.givenCount());
    assertEquals(Ces.ofScores(7, 5), bulk.value());
  }

  @Test
  void responsesAndCollector() {
    Ces ces = List.of(Fixtures.ces(7), Fixtures.ces(3)).stream().collect(Ces.toCes());
    assertEquals(Ces.ofScores(7, 3), ces);
    assertEquals(Ces.ofScores(7, 3, 7), ces.plus(Ces.ofScores(7)));
  }
}
