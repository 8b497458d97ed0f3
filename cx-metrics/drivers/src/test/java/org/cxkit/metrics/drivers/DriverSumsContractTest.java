package org.cxkit.metrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collector;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;
import org.cxkit.testkit.AccumulatorContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The accumulator contract for {@link DriverSums}, under both missing-answer policies, on scales and
 * on any numbers. Means and co-moments are floating point, so results are compared with
 * {@link DriverSums#agreesWith} to 1e-9 relative; every count (responses, pairs, answer pairs) must
 * agree exactly.
 */
class DriverSumsContractTest {
  private static final double TOLERANCE = 1e-9;

  static final DriverModel ON_SCALES = DriverModel.onScales("recommend", Scale.ZERO_TO_TEN,
      List.of("quality", "price", "support"), Scale.ONE_TO_FIVE);
  static final DriverModel ANY_NUMBERS = DriverModel.of("spend", List.of("visits", "tenure"));

  private abstract static class Contract extends AccumulatorContract<DriverResponse, DriverSumsAccumulator, DriverSums> {
    abstract DriverModel model();

    abstract MissingAnswers policy();

    @Override
    protected DriverSumsAccumulator newAccumulator() {
      return DriverSums.accumulator(model(), policy());
    }

    @Override
    protected Collector<DriverResponse, ?, DriverSums> collector() {
      return DriverSums.toDriverSums(model(), policy());
    }

    @Override
    protected DriverSums expectedEmpty() {
      return DriverSums.empty(model(), policy());
    }

    @Override
    protected void checkEmpty(DriverSums empty) {
      assertEquals(0, empty.count());
      assertEquals(0, empty.usedCount());
      assertEquals(0, empty.pairCount("recommend".equals(model().outcome()) ? "recommend" : "spend",
          model().drivers().get(0)));
      assertThrows(IllegalStateException.class, () -> empty.mean(model().outcome()));
      assertThrows(IllegalStateException.class, () -> empty.correlation(model().outcome(), model().drivers().get(0)));
      assertThrows(InvalidValueException.class, () -> DriverAnalysis.of(empty));
    }

    @Override
    protected boolean equivalent(DriverSums expected, DriverSums actual) {
      return expected.agreesWith(actual, TOLERANCE) && actual.agreesWith(expected, TOLERANCE);
    }

    @Override
    protected int examples() {
      return 300;
    }
  }

  /** Whole-number answers on their scales, each missing with probability 1/5 where missing ones are allowed. */
  static Gen<DriverResponse> onScales(boolean withMissing) {
    Gen<OptionalDouble> outcome = answer(0, 10, withMissing);
    Gen<OptionalDouble> rating = answer(1, 5, withMissing);
    return outcome.zip(lists().of(rating).ofSize(3), DriverResponse::ofAnswers);
  }

  private static Gen<OptionalDouble> answer(int min, int max, boolean withMissing) {
    Gen<OptionalDouble> present = integers().between(min, max).map(i -> OptionalDouble.of(i));
    if (!withMissing) {
      return present;
    }
    return integers().between(1, 5).zip(present, (coin, a) -> coin == 1 ? OptionalDouble.empty() : a);
  }

  /** Decimal numbers with an offset, as amounts and counts are. */
  static Gen<DriverResponse> anyNumbers() {
    Gen<Double> x = doubles().between(-1000, 1000).map(d -> Math.rint(d * 100) / 100 + 5000);
    return x.zip(x, x, (a, b, c) -> DriverResponse.of(a, b, c));
  }

  @Nested
  class ListwiseOnScales extends Contract {
    @Override
    DriverModel model() {
      return ON_SCALES;
    }

    @Override
    MissingAnswers policy() {
      return MissingAnswers.LISTWISE;
    }

    @Override
    protected Gen<DriverResponse> items() {
      return onScales(true);
    }
  }

  @Nested
  class PairwiseOnScales extends Contract {
    @Override
    DriverModel model() {
      return ON_SCALES;
    }

    @Override
    MissingAnswers policy() {
      return MissingAnswers.PAIRWISE;
    }

    @Override
    protected Gen<DriverResponse> items() {
      return onScales(true);
    }
  }

  @Nested
  class ListwiseOnAnyNumbers extends Contract {
    @Override
    DriverModel model() {
      return ANY_NUMBERS;
    }

    @Override
    MissingAnswers policy() {
      return MissingAnswers.LISTWISE;
    }

    @Override
    protected Gen<DriverResponse> items() {
      return anyNumbers();
    }
  }

  @Test
  void aResponseOffItsScaleIsRejectedNamingTheDriverAndLeavesTheSumsUnchanged() {
    DriverSumsAccumulator acc = DriverSums.accumulator(ON_SCALES);
    acc.add(DriverResponse.of(9, 4, 3, 5));
    DriverSums before = acc.snapshot();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> acc.add(DriverResponse.of(9, 4, 6, 5)));
    assertEquals("Invalid value for price (whole numbers 1 - 5): 6.0", e.getMessage());
    assertEquals(ReasonCode.OUT_OF_RANGE, e.code());
    assertEquals("price", e.field());
    e = assertThrows(InvalidValueException.class, () -> acc.add(DriverResponse.of(8.5, 4, 3, 5)));
    assertEquals("Invalid value for recommend (whole numbers 0 - 10): 8.5", e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> acc.add(DriverResponse.of(9, 4, 3)));
    assertEquals("Invalid value for ratings (one per driver of the model: 3): 2", e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> acc.add(9, 4, Double.NaN, 5));
    assertEquals("Invalid value for price (must be finite): NaN", e.getMessage());
    assertEquals(before, acc.snapshot());
    assertEquals(1, acc.count());
  }

  @Test
  void aResponseRejectsNonFiniteAnswersWhenBuilt() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DriverResponse.of(9, 4, Double.NaN));
    assertEquals("Invalid value for ratings[1] (must be finite): NaN", e.getMessage());
    assertEquals(ReasonCode.NOT_FINITE, e.code());
    e = assertThrows(InvalidValueException.class, () -> DriverResponse.of(Double.POSITIVE_INFINITY, 4));
    assertEquals("Invalid value for outcome (must be finite): Infinity", e.getMessage());
  }

  @Test
  void theFastPathEqualsAddingResponses() {
    DriverSumsAccumulator a = DriverSums.accumulator(ON_SCALES);
    DriverSumsAccumulator b = DriverSums.accumulator(ON_SCALES);
    double[][] rows = {{9, 4, 3, 5}, {6, 2, 2, 4}, {10, 5, 4, 5}, {3, 1, 2, 2}};
    for (double[] r : rows) {
      a.add(DriverResponse.of(r[0], r[1], r[2], r[3]));
      b.add(r[0], r[1], r[2], r[3]);
    }
    assertEquals(a.snapshot(), b.snapshot());
  }

  @Test
  void accumulatorsOfDifferentModelsOrPoliciesDoNotMerge() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DriverSums.accumulator(ON_SCALES).merge(DriverSums.accumulator(ON_SCALES, MissingAnswers.PAIRWISE)));
    assertEquals("other", e.field());
    assertThrows(InvalidValueException.class,
        () -> DriverSums.accumulator(ON_SCALES).merge(DriverSums.accumulator(ANY_NUMBERS)));
  }

  @Test
  void mergingAnAccumulatorWithItselfDoublesIt() {
    DriverSumsAccumulator a = DriverSums.accumulator(ANY_NUMBERS);
    a.add(1, 2, 3).add(2, 5, 1).add(4, 4, 4);
    DriverSumsAccumulator twice = DriverSums.accumulator(ANY_NUMBERS);
    twice.add(1, 2, 3).add(2, 5, 1).add(4, 4, 4).add(1, 2, 3).add(2, 5, 1).add(4, 4, 4);
    assertEquals(true, a.merge(a).snapshot().agreesWith(twice.snapshot(), 1e-15));
  }

  @Test
  void largeOffsetsKeepTheDigitsTheDataHave() {
    // Ratings around 1e9 with a spread of a few units: the doubles themselves carry 1e-7 of that
    // spread (their ulp is 1.2e-7), and Welford's updates keep about that; textbook sums of squares,
    // Σxy − ΣxΣy/n with Σx² near 5e18 (ulp 1024), keep nothing.
    DriverSumsAccumulator a = DriverSums.accumulator(ANY_NUMBERS);
    DriverSumsAccumulator b = DriverSums.accumulator(ANY_NUMBERS);
    double[][] rows = {{1, 2, 4}, {2, 1, 3}, {3, 5, 1}, {4, 3, 2}, {5, 4, 5}};
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (double[] r : rows) {
      a.add(r[0], r[1], r[2]);
      double x = r[0] + 1e9;
      double y = r[1] + 1e9;
      b.add(x, y, r[2] + 1e9);
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
    }
    double naive = (sxy - sx * sy / 5) / Math.sqrt((sxx - sx * sx / 5) * (syy - sy * sy / 5));
    assertEquals(0.6, a.snapshot().correlation("spend", "visits"), 1e-15);
    assertEquals(0.6, b.snapshot().correlation("spend", "visits"), 1e-7);
    assertEquals(true, Double.isNaN(naive) || Math.abs(naive - 0.6) > 0.1, "naive: " + naive);
  }
}
