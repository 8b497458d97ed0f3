package org.cxkit.metrics.gap.servqual;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.StudentT;
import org.junit.jupiter.api.Test;

/** Invariants of the SERVQUAL figures, over random respondents to the 22-item 1988 instrument. */
class ServqualProperties {
  static final ServqualInstrument SQ = ServqualInstrument.SERVQUAL_1988;

  static ServqualResponse random(SplittableRandom rnd, boolean withImportance) {
    int[] e = new int[22];
    int[] p = new int[22];
    for (int i = 0; i < 22; i++) {
      e[i] = 1 + rnd.nextInt(7);
      p[i] = 1 + rnd.nextInt(7);
    }
    if (!withImportance) {
      return ServqualResponse.of(SQ, e, p);
    }
    int[] cuts = {rnd.nextInt(101), rnd.nextInt(101), rnd.nextInt(101), rnd.nextInt(101)};
    java.util.Arrays.sort(cuts);
    Map<QualityDimension, Integer> points = new LinkedHashMap<>();
    int previous = 0;
    for (int d = 0; d < 4; d++) {
      points.put(QualityDimension.SERVQUAL.get(d), cuts[d] - previous);
      previous = cuts[d];
    }
    points.put(QualityDimension.SERVQUAL.get(4), 100 - previous);
    return ServqualResponse.of(SQ, e, p, ImportanceWeights.of(points));
  }

  static List<ServqualResponse> sample(long seed, int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<ServqualResponse> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(random(rnd, rnd.nextBoolean()));
    }
    return list;
  }

  static ServqualResponse swapped(ServqualResponse r) {
    int[] e = new int[22];
    int[] p = new int[22];
    for (int i = 0; i < 22; i++) {
      e[i] = r.perception(i + 1);
      p[i] = r.expectation(i + 1);
    }
    return r.importance().isPresent() ? ServqualResponse.of(SQ, e, p, r.importance().get())
        : ServqualResponse.of(SQ, e, p);
  }

  /** Every sum is an exact integer sum, the respondent-weighted ones included: merged equals whole bit for bit. */
  @Test
  void mergingPartsEqualsTheWholeExactly() {
    qt().forAll(longs().all(), integers().between(0, 60), integers().between(0, 60)).check((seed, n1, n2) -> {
      List<ServqualResponse> all = sample(seed, n1 + n2);
      ServqualAccumulator left = ServqualSummary.accumulator(SQ);
      ServqualAccumulator right = ServqualSummary.accumulator(SQ);
      all.subList(0, n1).forEach(left::add);
      all.subList(n1, n1 + n2).forEach(right::add);
      ServqualSummary merged = left.merge(right).snapshot();
      ServqualSummary whole = ServqualSummary.of(SQ, all);
      ServqualSummary viaSummary = ServqualSummary.accumulator(SQ).addAll(ServqualSummary.of(SQ, all.subList(0, n1)))
          .addAll(ServqualSummary.of(SQ, all.subList(n1, n1 + n2))).snapshot();
      boolean intervalsEqual = all.size() < 2 || merged.overallGap().equals(whole.overallGap())
          && merged.dimensionGap(QualityDimension.EMPATHY).equals(whole.dimensionGap(QualityDimension.EMPATHY))
          && merged.overallPerception().equals(whole.overallPerception());
      boolean weightedEqual = whole.weightedRespondents() < 2
          || merged.respondentWeightedGap().equals(whole.respondentWeightedGap());
      return merged.equals(whole) && viaSummary.equals(whole) && merged.hashCode() == whole.hashCode()
          && merged.count() == n1 + n2 && intervalsEqual && weightedEqual;
    });
  }

  @Test
  void orderDoesNotMatterAndParallelCollectorAgrees() {
    qt().withExamples(30).forAll(longs().all()).check(seed -> {
      List<ServqualResponse> all = sample(seed, 200);
      ServqualSummary forward = ServqualSummary.of(SQ, all);
      List<ServqualResponse> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, new java.util.Random(seed));
      ServqualSummary parallel = shuffled.parallelStream().collect(ServqualSummary.toServqualSummary(SQ));
      return forward.equals(parallel) && forward.hashCode() == parallel.hashCode()
          && forward.overallGap().equals(parallel.overallGap())
          && forward.respondentWeightedGap().equals(parallel.respondentWeightedGap());
    });
  }

  /**
   * A second method for the respondent-weighted gap and the item-mean SERVPERF score: the mean and t
   * interval of each respondent's own score, by a two-pass variance, agree with the summary's
   * exact-sum form.
   */
  @Test
  void respondentFiguresAgreeWithTwoPassComputationOnScores() {
    qt().withExamples(50).forAll(longs().all(), integers().between(4, 300)).check((seed, n) -> {
      List<ServqualResponse> all = sample(seed, n);
      ServqualSummary summary = ServqualSummary.of(SQ, all);
      double[] weighted = all.stream().map(r -> r.score().respondentWeightedGap())
          .filter(java.util.OptionalDouble::isPresent).mapToDouble(java.util.OptionalDouble::getAsDouble).toArray();
      double[] servperf = all.stream().mapToDouble(r -> r.score().overallPerception()).toArray();
      return (weighted.length < 2 || agrees(summary.respondentWeightedGap(), weighted))
          && agrees(summary.overallPerception(), servperf);
    });
  }

  private static boolean agrees(Estimate e, double[] x) {
    int n = x.length;
    double mean = java.util.Arrays.stream(x).sum() / n;
    double ss = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
    double half = StudentT.quantile(0.975, n - 1) * Math.sqrt(ss / (n - 1) / n);
    return Math.abs(e.value() - mean) < 1e-12 && Math.abs(e.marginOfError() - half) < 1e-10 && e.n() == n;
  }

  /** Gap is antisymmetric: swapping perception and expectation negates every gap. */
  @Test
  void swappingPerceptionAndExpectationNegatesTheGaps() {
    qt().forAll(longs().all()).check(seed -> {
      ServqualResponse r = random(new SplittableRandom(seed), true);
      ServqualScore s = r.score();
      ServqualScore t = swapped(r).score();
      boolean items = true;
      for (int i = 1; i <= 22; i++) {
        items &= s.itemGap(i) == -t.itemGap(i);
      }
      return items && s.overallGap() == -t.overallGap()
          && s.dimensionGap(QualityDimension.RELIABILITY) == -t.dimensionGap(QualityDimension.RELIABILITY)
          && s.respondentWeightedGap().getAsDouble() == -t.respondentWeightedGap().getAsDouble();
    });
    qt().withExamples(20).forAll(longs().all()).check(seed -> {
      List<ServqualResponse> all = sample(seed, 50);
      Estimate g = ServqualSummary.of(SQ, all).overallGap();
      Estimate h = ServqualSummary.of(SQ, all.stream().map(ServqualProperties::swapped).toList()).overallGap();
      return g.value() == -h.value() && Math.abs(g.lower() + h.upper()) < 1e-12 && Math.abs(g.upper() + h.lower()) < 1e-12;
    });
  }

  /** Equal importance (20 points each) gives the unweighted overall gap, per respondent and in aggregate. */
  @Test
  void equalWeightsGiveTheUnweightedGap() {
    ImportanceWeights equal = ImportanceWeights.equal(QualityDimension.SERVQUAL);
    qt().withExamples(50).forAll(longs().all()).check(seed -> {
      List<ServqualResponse> all = sample(seed, 30);
      ServqualSummary summary = ServqualSummary.of(SQ, all);
      Estimate w = summary.weightedGap(equal);
      Estimate u = summary.overallGap();
      boolean each = all.stream().allMatch(r -> Math.abs(r.score().weightedGap(equal) - r.score().overallGap()) < 1e-15);
      return each && Math.abs(w.value() - u.value()) < 1e-14 && Math.abs(w.upper() - u.upper()) < 1e-13;
    });
  }

  /**
   * A second method: the mean and t interval of the overall gap computed directly from each
   * respondent's score with a two-pass variance agree with the summary's exact-sum covariance form.
   */
  @Test
  void intervalAgreesWithTwoPassComputationOnScores() {
    qt().withExamples(50).forAll(longs().all(), integers().between(2, 300)).check((seed, n) -> {
      List<ServqualResponse> all = sample(seed, n);
      double[] x = all.stream().mapToDouble(r -> r.score().overallGap()).toArray();
      double mean = java.util.Arrays.stream(x).sum() / n;
      double ss = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
      double half = StudentT.quantile(0.975, n - 1) * Math.sqrt(ss / (n - 1) / n);
      Estimate e = ServqualSummary.of(SQ, all).overallGap();
      return Math.abs(e.value() - mean) < 1e-12 && Math.abs(e.marginOfError() - half) < 1e-10 && e.n() == n;
    });
  }

  @Test
  void gapsStayWithinTheScaleRange() {
    qt().forAll(longs().all()).check(seed -> {
      ServqualScore s = random(new SplittableRandom(seed), false).score();
      boolean ok = Math.abs(s.overallGap()) <= 6 && s.overallPerception() >= 1 && s.overallPerception() <= 7
          && Math.abs(s.overallGap(OverallMean.OF_ITEMS)) <= 6
          && s.overallPerception(OverallMean.OF_DIMENSIONS) >= 1 && s.overallPerception(OverallMean.OF_DIMENSIONS) <= 7;
      for (int i = 1; i <= 22; i++) {
        ok &= Math.abs(s.itemGap(i)) <= 6;
      }
      return ok;
    });
  }

  /** Reverse scoring twice is the identity, and it turns each gap's sign on a reversed item. */
  @Test
  void reverseScoringRoundTrips() {
    qt().forAll(integers().between(1, 7), integers().between(1, 7)).check((e, p) -> {
      int back = SQ.scored(10, SQ.scored(10, e));
      return back == e && (SQ.scored(10, p) - SQ.scored(10, e)) == -(p - e) && SQ.scored(1, p) == p;
    });
  }
}
