package org.cxkit.metrics.nps;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of scores, intervals and bulk tallies over generated data, extremes included. */
class NpsProperties {

  /** A confidence level with an interval method. */
  private record Policy(Confidence confidence, NpsInterval method) {}

  private static Gen<Policy> policies() {
    return doubles().between(0.5, 0.9999)
        .zip(integers().between(0, 1), (level, m) -> new Policy(Confidence.ofLevel(level), NpsInterval.values()[m]));
  }

  @Test
  void scoreStaysWithinMinusOneHundredAndOneHundred() {
    qt().forAll(NpsGens.nonEmptyTallies(1_000))
        .check(t -> t.score() >= -100 && t.score() <= 100
            && t.roundedScore() >= -100 && t.roundedScore() <= 100);
  }

  @Test
  void turningADetractorIntoAPromoterNeverLowersTheScore() {
    qt().forAll(NpsGens.tallies(500).assuming(t -> t.detractors() > 0))
        .check(t -> {
          NpsTally after = NpsTally.of(t.detractors() - 1, t.passives(), t.promoters() + 1);
          return after.score() > t.score() && after.roundedScore() >= t.roundedScore();
        });
  }

  @Test
  void intervalContainsThePointAndStaysInRangeForEveryPolicy() {
    qt().forAll(NpsGens.nonEmptyTallies(60), policies())
        .check((t, policy) -> {
          Estimate e = t.estimate(policy.confidence(), policy.method());
          double se = e.standardError().orElseThrow();
          return e.lower() <= e.value() && e.value() <= e.upper()
              && e.lower() >= -100 && e.upper() <= 100
              && Double.isFinite(se) && se >= 0
              && e.contains(e.value()) && e.method() == policy.method().toIntervalMethod()
              && e.effectiveN() == t.count() && e.n() == t.count();
        });
  }

  @Test
  void intervalsHoldAtExtremeButValidCounts() {
    qt().forAll(longs().between(0, 1L << 50), longs().between(0, 1L << 50), longs().between(1, 1L << 50), policies())
        .check((d, pa, p, policy) -> {
          Estimate e = NpsTally.of(d, pa, p).estimate(policy.confidence(), policy.method());
          return Double.isFinite(e.lower()) && Double.isFinite(e.upper())
              && e.lower() <= e.value() && e.value() <= e.upper();
        });
  }

  @Test
  void adjustedWaldNeverCollapsesToAPoint() {
    qt().forAll(NpsGens.nonEmptyTallies(200))
        .check(t -> t.estimate().standardError().orElseThrow() > 0 && t.estimate().upper() > t.estimate().lower());
  }

  @Test
  void varianceEqualsTheSecondCentralMomentOfTheAnswerScoredPlusMinusOne() {
    // Independent method: score each answer +1, 0 or -1 and take E[(X - mean)^2] directly (the form
    // of Rocks's R package NPS, function nps.var).
    qt().forAll(NpsGens.nonEmptyTallies(1_000))
        .check(t -> {
          double n = t.count();
          double mean = (t.promoters() - t.detractors()) / n;
          double m2 = (t.promoters() * (1 - mean) * (1 - mean) + t.passives() * mean * mean
              + t.detractors() * (-1 - mean) * (-1 - mean)) / n;
          return Math.abs(t.variance() - 10_000 * m2 / n) <= 1e-9 * Math.max(1, t.variance());
        });
  }

  @Test
  void roundedScoreIsTheExactScoreRoundedHalfAwayFromZero() {
    qt().forAll(NpsGens.nonEmptyTallies(2_000))
        .check(t -> {
          // Independent: exact rational 100 (P - D) / n via BigDecimal with 40 digits, then HALF_UP.
          BigDecimal exact = BigDecimal.valueOf(100 * t.netCount())
              .divide(BigDecimal.valueOf(t.count()), 40, RoundingMode.HALF_EVEN);
          int expected = exact.setScale(0, RoundingMode.HALF_UP).intValueExact();
          return t.roundedScore() == expected && Math.abs(t.roundedScore() - t.score()) <= 0.5;
        });
  }

  @Test
  void bulkTallyAccountsForEveryAnswer() {
    qt().forAll(lists().of(integers().between(-3, 13)).ofSizeBetween(0, 300))
        .check(scores -> {
          int[] array = scores.stream().mapToInt(Integer::intValue).toArray();
          BulkResult<Integer, NpsTally> r = NpsTally.fromScores(array);
          long valid = scores.stream().filter(s -> s >= 0 && s <= 10).count();
          return r.givenCount() == array.length && r.usedCount() == valid && r.value().count() == valid
              && r.setAside().stream().allMatch(s -> array[(int) s.position()] == s.item());
        });
  }

  @Test
  void bulkRawAnswersAccountForEveryAnswer() {
    Gen<Double> raw = integers().between(0, 5).zip(doubles().between(-2, 12), (kind, x) ->
        kind == 0 ? Double.NaN : kind == 1 ? x : (double) Math.round(x));
    qt().forAll(lists().of(raw).ofSizeBetween(0, 300))
        .check(answers -> {
          double[] array = answers.stream().mapToDouble(Double::doubleValue).toArray();
          BulkResult<Double, NpsTally> r = NpsTally.fromAnswers(array);
          long setAside = r.reasonCounts().values().stream().mapToLong(Long::longValue).sum();
          return r.givenCount() == array.length && r.value().count() + setAside == array.length
              && r.setAside().stream().allMatch(s -> s.reason().field().equals("score"));
        });
  }

  @Test
  void bulkTallyAndAccumulatorEqualCountingCategoryByCategory() {
    // Independent of the arithmetic classification both use: count with NpsCategory.of.
    qt().forAll(NpsGens.scores(500))
        .check(scores -> {
          long[] counts = new long[3];
          scores.forEach(s -> counts[NpsCategory.of(s).ordinal()]++);
          NpsTally expected = NpsTally.of(counts[0], counts[1], counts[2]);
          NpsAccumulator a = NpsTally.accumulator();
          scores.forEach(a::add);
          return NpsTally.fromScores(scores.stream().mapToInt(Integer::intValue).toArray()).value()
              .equals(expected) && a.snapshot().equals(expected);
        });
  }
}
