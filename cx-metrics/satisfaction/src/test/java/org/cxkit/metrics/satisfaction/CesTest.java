package org.cxkit.metrics.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
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
    assertEquals(ReasonCode.of("scale-mismatch"), ((InvalidValueException) e).code());
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
    assertEquals("Ces{scale=1-7, n=2, counts={3=1, 7=1}}", ces.toString());
  }

  @Test
  void configurableAgreeBoxesAndNetEffortByHand() {
    // Issue 11, item 7: CES with configurable agree boxes (default 5-7, agreeing that the company made it
    // easy) and net effort = % agree - % disagree (default disagree 1-3).
    // Answers 2, 4, 5, 5, 6, 6, 6, 7, 7, 7: agree (5-7) 8, disagree (1-3) 1, neutral (4) 1.
    // pA = 0.8, pD = 0.1, net 0.7; variance of a difference of two multinomial shares, as for NPS:
    // [pA + pD - (pA - pD)²] / n = (0.9 - 0.49) / 10 = 0.041, SE = 0.2024846;
    // z · SE = 1.9599640 * 0.2024846 = 0.3968625 -> 0.3031375 to 1.0968625, limited to 1.
    Ces ces = Ces.ofScores(2, 4, 5, 5, 6, 6, 6, 7, 7, 7);
    Estimate net = ces.netEffort();
    assertEquals(0.7, net.value(), 1e-15);
    assertEquals(IntervalMethod.WALD, net.method());
    assertEquals(0.2024846, net.standardError().orElseThrow(), 5e-7);
    assertEquals(0.3031375, net.lower(), 5e-7);
    assertEquals(1.0, net.upper());
    assertEquals(1, ces.disagreeingCount(CesBoxes.DEFAULT));
    // Stricter boxes, agree 6-7 against disagree 1-2: 6 against 1 -> (6 - 1) / 10 = 0.5; share 6 / 10.
    CesBoxes strict = CesBoxes.of(6, 2);
    assertEquals(6, ces.agreeingCount(strict));
    assertEquals(0.6, ces.agreeingShare(strict, Confidence.DEFAULT).value(), 1e-15);
    assertEquals(0.5, ces.netEffort(strict, Confidence.DEFAULT).value(), 1e-15);
    assertEquals("agree 6-7, disagree 1-2", strict.toString());
  }

  @Test
  void agreeBoxesAreChecked() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CesBoxes.of(4, 4));
    assertEquals("Invalid value for highestDisagreeing (must be below lowestAgreeing 4): 4", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CesBoxes.of(1, 0));
    assertEquals("Invalid value for lowestAgreeing (valid values 2 - 7): 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CesBoxes.of(7, 0));
    assertEquals("Invalid value for highestDisagreeing (valid values 1 - 6): 0", e.getMessage());
  }

  @Test
  void netEffortStaysInItsBoundsAndWidensAgreementWithTheBoxes() {
    qt().forAll(lists().of(integers().between(1, 7)).ofSizeBetween(1, 300), integers().between(2, 7),
        integers().between(1, 6)).check((scores, agree, disagree) -> {
          if (disagree >= agree) {
            return true;
          }
          Ces ces = Ces.ofScores(scores.stream().mapToInt(Integer::intValue).toArray());
          CesBoxes boxes = CesBoxes.of(agree, disagree);
          Estimate net = ces.netEffort(boxes, Confidence.DEFAULT);
          Estimate share = ces.agreeingShare(boxes, Confidence.DEFAULT);
          double difference = (ces.agreeingCount(boxes) - ces.disagreeingCount(boxes)) / (double) ces.count();
          boolean wider = agree == 2 || ces.agreeingShare(CesBoxes.of(agree - 1, Math.min(disagree, agree - 2)),
              Confidence.DEFAULT).value() >= share.value();
          return net.value() == difference && net.lower() >= -1 && net.upper() <= 1 && net.contains(net.value())
              && share.lower() >= 0 && share.upper() <= 1 && wider;
        });
  }

  @Test
  void countsThatWouldOverflowAreRefusedNamingTheField() {
    // Defect fixed in issue 11: ArithmeticException before, now IllegalArgumentException naming the count.
    CesAccumulator full = Ces.accumulator().add(7, Long.MAX_VALUE);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> full.merge(Ces.accumulator().add(1)));
    assertEquals("Invalid value for count (must not exceed 9223372036854775807): 9223372036854775808", e.getMessage());
    assertEquals(ReasonCode.TOO_LARGE, e.code());
    assertThrows(InvalidValueException.class, () -> full.add(Fixtures.ces(5)));
    assertEquals(Long.MAX_VALUE, full.count());
  }
}
