package org.cxkit.metrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;
import org.junit.jupiter.api.Test;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;

/** Hand-worked cases, and the clear errors of data that cannot be analysed. */
class DriverAnalysisTest {
  private static final DriverModel ABC = DriverModel.of("y", List.of("a", "b", "c"));

  private static double[][] correlations(double r1, double r2, double r12) {
    return new double[][] {{1, r1, r2}, {r1, 1, r12}, {r2, r12, 1}};
  }

  @Test
  void twoDriversByHand() {
    // r(y, a) = 0.5, r(y, b) = 0.3, r(a, b) = 0.4. Then
    //   R² = (r1² + r2² − 2 r1 r2 r12) / (1 − r12²) = 0.22 / 0.84 = 11/42,
    //   LMG(a) = [r1² + (R² − r2²)] / 2 = 443/2100, LMG(b) = [r2² + (R² − r1²)] / 2 = 107/2100
    // (the two orders of entry: first alone, or second after the other).
    List<String> drivers = List.of("a", "b");
    Importance lmg = Importance.lmg(drivers, correlations(0.5, 0.3, 0.4));
    assertEquals(11.0 / 42, lmg.rSquared(), 1e-16);
    assertEquals(443.0 / 2100, lmg.share("a").raw(), 1e-16);
    assertEquals(107.0 / 2100, lmg.share("b").raw(), 1e-16);
    assertEquals(100 * 443.0 / 550, lmg.share("a").percent(), 1e-13);
    // Johnson: R^(1/2) = [[p, q], [q, p]], p = (√1.4 + √0.6)/2, q = (√1.4 − √0.6)/2 (eigenvalues 1 ± 0.4);
    // β = R^(−1/2) r; ε(a) = p² β1² + q² β2², ε(b) = q² β1² + p² β2².
    double p = (Math.sqrt(1.4) + Math.sqrt(0.6)) / 2;
    double q = (Math.sqrt(1.4) - Math.sqrt(0.6)) / 2;
    double det = p * p - q * q;
    double b1 = (p * 0.5 - q * 0.3) / det;
    double b2 = (p * 0.3 - q * 0.5) / det;
    Importance rw = Importance.relativeWeights(drivers, correlations(0.5, 0.3, 0.4));
    assertEquals(p * p * b1 * b1 + q * q * b2 * b2, rw.share("a").raw(), 1e-15);
    assertEquals(q * q * b1 * b1 + p * p * b2 * b2, rw.share("b").raw(), 1e-15);
    assertEquals(11.0 / 42, rw.share("a").raw() + rw.share("b").raw(), 1e-15);
  }

  @Test
  void uncorrelatedDriversShareRSquaredAsTheirSquaredCorrelations() {
    double[][] r = {{1, 0.5, 0.3, -0.2}, {0.5, 1, 0, 0}, {0.3, 0, 1, 0}, {-0.2, 0, 0, 1}};
    List<String> drivers = List.of("a", "b", "c");
    for (Importance i : List.of(Importance.lmg(drivers, r), Importance.relativeWeights(drivers, r))) {
      assertEquals(0.38, i.rSquared(), 1e-15);
      assertEquals(0.25, i.share("a").raw(), 1e-15);
      assertEquals(0.09, i.share("b").raw(), 1e-15);
      assertEquals(0.04, i.share("c").raw(), 1e-15);
      assertEquals(List.of(1, 2, 3), i.shares().stream().map(DriverShare::rank).toList());
    }
  }

  @Test
  void aRegressionByHandOnFiveRespondents() {
    // y = 1 + 2a exactly plus b, which is uncorrelated with a: a = 1..5, b = (1, -1, 0, -1, 1).
    DriverModel m = DriverModel.of("y", List.of("a", "b"));
    DriverSumsAccumulator acc = DriverSums.accumulator(m);
    double[] a = {1, 2, 3, 4, 5};
    double[] b = {1, -1, 0, -1, 1};
    for (int i = 0; i < 5; i++) {
      acc.add(1 + 2 * a[i] + b[i], a[i], b[i]);
    }
    DriverAnalysis analysis = DriverAnalysis.of(acc.snapshot());
    DriverRegression r = analysis.regression();
    assertEquals(1, r.rSquared(), 1e-15);
    assertEquals(2, r.coefficient("a").slope().value(), 1e-14);
    assertEquals(1, r.coefficient("b").slope().value(), 1e-14);
    assertEquals(0, r.coefficient("a").slope().standardError().orElseThrow(), 1e-7);
    assertEquals(1, r.coefficient("a").varianceInflation(), 1e-15);
    assertEquals(1, r.conditionNumber(), 1e-15);
    // Var(2a) = 10, Var(b) = 1: LMG = 10/11 and 1/11 of R² = 1, as the drivers are uncorrelated.
    assertEquals(10.0 / 11, analysis.lmg().share("a").raw(), 1e-15);
    assertEquals(1.0 / 11, analysis.relativeWeights().share("b").raw(), 1e-15);
  }

  @Test
  void tooFewRespondentsAreNamedWithTheNumberNeeded() {
    DriverSumsAccumulator acc = DriverSums.accumulator(ABC);
    acc.add(1, 2, 3, 4).add(2, 1, 3, 5).add(3, 3, 1, 2).add(5, 2, 2, 2);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DriverAnalysis.of(acc.snapshot()));
    assertEquals(DriverAnalysis.TOO_FEW, e.code());
    assertEquals("respondents", e.field());
    assertEquals("Invalid value for respondents (at least 5 (the number of drivers + 2, and at least 4)): 4",
        e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> DriverAnalysis.of(DriverSums.empty(ABC, MissingAnswers.LISTWISE)));
    assertEquals("Invalid value for respondents (at least 5 (the number of drivers + 2, and at least 4)): 0",
        e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> DriverAnalysis.of(DriverSums.empty(ABC, MissingAnswers.PAIRWISE)));
    assertTrue(e.getMessage().contains("behind every pair of variables"));
  }

  @Test
  void aConstantDriverOrOutcomeIsNamed() {
    DriverSumsAccumulator acc = DriverSums.accumulator(ABC);
    acc.add(1, 2, 3, 4).add(2, 1, 3, 5).add(3, 3, 3, 2).add(5, 2, 3, 2).add(4, 4, 3, 1).add(4, 1, 3, 3);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DriverAnalysis.of(acc.snapshot()));
    assertEquals(DriverAnalysis.CONSTANT, e.code());
    assertEquals("b", e.field());
    assertEquals("Invalid value for b (must vary among the respondents used): every answer 3.0", e.getMessage());
    DriverSumsAccumulator flat = DriverSums.accumulator(ABC);
    for (int i = 0; i < 6; i++) {
      flat.add(7, i, i % 2, i % 3);
    }
    e = assertThrows(InvalidValueException.class, () -> DriverAnalysis.of(flat.snapshot()));
    assertEquals("y", e.field());
  }

  @Test
  void underPairwiseDeletionADriverConstantAmongThoseWhoAnsweredTheOtherIsNamed() {
    // b varies overall, but every respondent who answered the outcome gave b a 4.
    DriverModel m = DriverModel.of("y", List.of("a", "b"));
    DriverSumsAccumulator acc = DriverSums.accumulator(m, MissingAnswers.PAIRWISE);
    java.util.OptionalDouble none = java.util.OptionalDouble.empty();
    for (int i = 0; i < 8; i++) {
      acc.add(DriverResponse.ofAnswers(java.util.OptionalDouble.of(i % 5), List.of(java.util.OptionalDouble.of(i % 3),
          java.util.OptionalDouble.of(4))));
      acc.add(DriverResponse.ofAnswers(none, List.of(java.util.OptionalDouble.of(i % 4), java.util.OptionalDouble.of(i % 2))));
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DriverAnalysis.of(acc.snapshot()));
    assertEquals(DriverAnalysis.CONSTANT, e.code());
    assertEquals("Invalid value for b (must vary among the respondents who also answered y): "
        + "every answer 4.0", e.getMessage());
  }

  @Test
  void perfectlyCollinearDriversAreNamed() {
    SplittableRandom random = new SplittableRandom(1);
    DriverSumsAccumulator sum = DriverSums.accumulator(ABC);
    DriverSumsAccumulator copy = DriverSums.accumulator(ABC);
    for (int i = 0; i < 30; i++) {
      double a = random.nextInt(1, 6);
      double b = random.nextInt(1, 6);
      double y = a + b + random.nextInt(0, 3);
      sum.add(y, a, b, 0.5 * a - 2 * b);
      copy.add(y, a, a, b);
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DriverAnalysis.of(sum.snapshot()));
    assertEquals(DriverAnalysis.COLLINEAR, e.code());
    assertEquals("c", e.field());
    assertTrue(e.getMessage().startsWith("Invalid value for c (must not be a linear combination of a, b: its 1 − R² "
        + "on them must be above 1.0E-10): "), e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> DriverAnalysis.of(copy.snapshot()));
    assertEquals("b", e.field());
    assertTrue(e.getMessage().startsWith("Invalid value for b (must not be a linear combination of a:"), e.getMessage());
  }

  @Test
  void lmgStopsAtFifteenDriversAndTheRelativeWeightsGoOn() {
    List<String> names = IntStream.rangeClosed(1, 16).mapToObj(i -> "d" + i).toList();
    DriverModel m = DriverModel.of("y", names);
    SplittableRandom random = new SplittableRandom(7);
    DriverSumsAccumulator acc = DriverSums.accumulator(m);
    for (int i = 0; i < 200; i++) {
      double[] x = new double[16];
      double y = 0;
      for (int j = 0; j < 16; j++) {
        x[j] = random.nextGaussian();
        y += (j + 1) * 0.1 * x[j];
      }
      acc.add(y + random.nextGaussian(), x);
    }
    DriverAnalysis a = DriverAnalysis.of(acc.snapshot());
    assertFalse(a.hasLmg());
    IllegalStateException e = assertThrows(IllegalStateException.class, a::lmg);
    assertEquals("LMG is exact over all 2^p subsets of drivers and limited to 15 drivers; this model has 16: use the "
        + "relative weights", e.getMessage());
    assertEquals(ImportanceMethod.RELATIVE_WEIGHTS, a.matrix().importanceMethod());
    assertEquals(1, a.relativeWeights().share("d16").rank());
    InvalidValueException tooMany = assertThrows(InvalidValueException.class,
        () -> Importance.lmg(names, new double[17][17]));
    assertEquals(ReasonCode.TOO_LARGE, tooMany.code());
  }

  @Test
  void malformedCorrelationMatricesAreRejected() {
    List<String> ab = List.of("a", "b");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Importance.lmg(ab, new double[][] {{1, 0.5, 0.3}, {0.5, 1, 0.2}, {0.3, 0.1, 1}}));
    assertEquals("Invalid value for correlations[1][2] (must equal correlations[2][1] 0.1): 0.2", e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> Importance.lmg(ab, new double[][] {{1, 0.5, 0.3}, {0.5, 0.9, 0.2}, {0.3, 0.2, 1}}));
    assertEquals("Invalid value for correlations[1][1] (must be 1): 0.9", e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> Importance.lmg(ab, new double[][] {{1, 0.5}, {0.5, 1}}));
    assertEquals("correlations", e.field());
    e = assertThrows(InvalidValueException.class,
        () -> Importance.relativeWeights(ab, new double[][] {{1, 0.5, 0.5}, {0.5, 1, 1}, {0.5, 1, 1}}));
    assertEquals(DriverAnalysis.COLLINEAR, e.code());
    assertEquals("b", e.field());
  }

  @Test
  void modelsRejectBadNames() {
    assertEquals("Invalid value for drivers (names must differ from each other and from the outcome): \"a\"",
        assertThrows(InvalidValueException.class, () -> DriverModel.of("y", List.of("a", "b", "a"))).getMessage());
    assertEquals(ReasonCode.DUPLICATE,
        assertThrows(InvalidValueException.class, () -> DriverModel.of("y", List.of("y"))).code());
    assertEquals("Invalid value for drivers (from 1 to 50 drivers): 0",
        assertThrows(InvalidValueException.class, () -> DriverModel.of("y", List.of())).getMessage());
    List<String> many = IntStream.range(0, 51).mapToObj(i -> "d" + i).toList();
    assertEquals(ReasonCode.TOO_LARGE, assertThrows(InvalidValueException.class, () -> DriverModel.of("y", many)).code());
    assertEquals(ReasonCode.MISSING, assertThrows(InvalidValueException.class, () -> DriverModel.of(" ", List.of("a"))).code());
    assertEquals(ReasonCode.TOO_LARGE, assertThrows(InvalidValueException.class,
        () -> DriverModel.onScales("y", Scale.of(0, 200), List.of("a"), Scale.ONE_TO_FIVE)).code());
    assertEquals("recommend (0-10) ~ quality, price, ease, support (1-5)", Survey.MODEL.toString());
    assertEquals(2, Survey.MODEL.indexOf("price"));
    assertThrows(InvalidValueException.class, () -> Survey.MODEL.indexOf("speed"));
  }

  @Test
  void aCorrelationOfOneHasAOnePointInterval() {
    DriverModel m = DriverModel.of("y", List.of("a", "b"));
    List<DriverResponse> rows = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 20; i++) {
      double a = random.nextInt(1, 6);
      rows.add(DriverResponse.of(2 * a + 1, a, random.nextInt(1, 6)));
    }
    DriverAnalysis an = DriverAnalysis.from(m, rows).value();
    Estimate r = an.correlation("a").pearson();
    assertEquals(1, r.value(), 1e-15);
    assertEquals(r.value(), r.lower());
    assertEquals(r.value(), r.upper());
    assertEquals(1, an.regression().rSquared(), 1e-12);
  }

  @Test
  void estimatesWriteCoresOneJsonShape() {
    Estimate e = Estimate.of(0.5, 100, 0.34, 0.63, IntervalMethod.FISHER_Z,
        org.cxkit.core.result.Confidence.DEFAULT);
    assertEquals("{\"value\":0.5,\"n\":100,\"lower\":0.34,\"upper\":0.63,\"level\":0.95,\"method\":\"fisher-z\","
        + "\"marginOfError\":0.15999999999999998,\"standardError\":null,\"effectiveN\":100.0,\"minimumN\":30,"
        + "\"belowMinimum\":false}", e.toJson());
    assertEquals("0.5 (95% Fisher z CI 0.34 to 0.63, n=100)", e.toString());
    assertEquals("bootstrap-percentile", IntervalMethod.BOOTSTRAP_PERCENTILE.key());
    assertThrows(InvalidValueException.class, () -> Estimate.of(0.5, 10, 0.6, 0.7,
        IntervalMethod.FISHER_Z, org.cxkit.core.result.Confidence.DEFAULT));
  }
}
