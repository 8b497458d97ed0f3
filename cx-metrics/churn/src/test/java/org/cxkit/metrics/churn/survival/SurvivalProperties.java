package org.cxkit.metrics.churn.survival;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.junit.jupiter.api.Test;

/** Invariants of the Kaplan–Meier curve and the log-rank test on random tenures, ties included. */
class SurvivalProperties {

  /** Codes 0..2m as tenures: length code / 2, churned when the code is even; plenty of ties. */
  static List<Tenure> decode(List<Integer> codes) {
    List<Tenure> tenures = new ArrayList<>(codes.size());
    for (int c : codes) {
      tenures.add(new Tenure(c / 2, c % 2 == 0));
    }
    return tenures;
  }

  @Test
  void survivalIsNonIncreasingInTheUnitIntervalWithIntervalsThatHoldIt() {
    qt().forAll(lists().of(integers().between(0, 60)).ofSizeBetween(1, 200)).check(codes -> {
      SurvivalCurve curve = SurvivalCurve.of(decode(codes));
      for (IntervalType type : IntervalType.values()) {
        double previous = 1;
        for (SurvivalCurve.Step s : curve.steps(Confidence.DEFAULT, type)) {
          if (!(s.survival() <= previous && s.survival() >= 0 && s.lower() >= 0 && s.upper() <= 1
              && s.lower() <= s.survival() + 1e-15 && s.upper() >= s.survival() - 1e-15)) {
            return false;
          }
          previous = s.survival();
        }
      }
      double previous = 1;
      for (double t = 0; t <= curve.maxTime(); t += 0.5) {
        Estimate e = curve.survivalAt(t, Confidence.ofLevel(0.9), IntervalType.LOG_LOG);
        if (e.value() > previous) {
          return false;
        }
        previous = e.value();
      }
      return true;
    });
  }

  /** With no censoring, Kaplan–Meier is the empirical survival: S(t) = #{T > t} / n at every age. */
  @Test
  void withoutCensoringKaplanMeierIsTheEmpiricalSurvival() {
    qt().forAll(lists().of(integers().between(0, 40)).ofSizeBetween(1, 300)).check(lengths -> {
      List<Tenure> tenures = new ArrayList<>();
      lengths.forEach(l -> tenures.add(Tenure.churned(l)));
      SurvivalCurve curve = SurvivalCurve.of(tenures);
      for (int t = 0; t <= curve.maxTime(); t++) {
        final int age = t;
        double empirical = (double) lengths.stream().filter(l -> l > age).count() / lengths.size();
        if (Math.abs(curve.survivalAt(t).value() - empirical) > 1e-12) {
          return false;
        }
      }
      return true;
    });
  }

  /** Merging partial accumulators equals the whole, and input order does not matter. */
  @Test
  void mergingEqualsTheWholeInAnyOrder() {
    qt().forAll(lists().of(integers().between(0, 100)).ofSizeBetween(1, 200), integers().between(0, 1000))
        .check((codes, seed) -> {
          List<Tenure> tenures = decode(codes);
          SurvivalCurve whole = SurvivalCurve.of(tenures);
          int cut = seed % (tenures.size() + 1);
          SurvivalAccumulator left = SurvivalCurve.accumulator().addAll(tenures.subList(0, cut));
          SurvivalAccumulator right = SurvivalCurve.accumulator().addAll(tenures.subList(cut, tenures.size()));
          List<Tenure> shuffled = new ArrayList<>(tenures);
          Collections.shuffle(shuffled, new Random(seed));
          return whole.equals(left.merge(right).snapshot()) && whole.equals(SurvivalCurve.of(shuffled))
              && whole.steps().equals(shuffled.parallelStream().collect(SurvivalCurve.toSurvivalCurve()).steps());
        });
  }

  /** The restricted mean lies in [0, horizon] and grows with the horizon by at most the horizon's growth. */
  @Test
  void restrictedMeanBounds() {
    qt().forAll(lists().of(integers().between(0, 60)).ofSizeBetween(1, 100), doubles().between(0, 1))
        .check((codes, fraction) -> {
          SurvivalCurve curve = SurvivalCurve.of(decode(codes));
          double tau = curve.maxTime() * fraction;
          Estimate a = curve.restrictedMeanLifetime(tau);
          Estimate b = curve.restrictedMeanLifetime(curve.maxTime());
          return a.value() >= 0 && a.value() <= tau + 1e-9 && a.upper() <= tau + 1e-9 && a.lower() >= 0
              && b.value() >= a.value() - 1e-9 && b.value() - a.value() <= curve.maxTime() - tau + 1e-9;
        });
  }

  /** The log-rank statistic is finite and non-negative, its p-value in [0, 1], and symmetric in the segments. */
  @Test
  void logRankIsSymmetricAndBounded() {
    qt().forAll(lists().of(integers().between(0, 40)).ofSizeBetween(2, 100),
        lists().of(integers().between(0, 40)).ofSizeBetween(2, 100)).check((x, y) -> {
          SurvivalCurve a = SurvivalCurve.of(decode(x));
          SurvivalCurve b = SurvivalCurve.of(decode(y));
          LogRankTest ab;
          try {
            ab = LogRankTest.of(a, b);
          } catch (IllegalStateException nothingToCompare) {
            return true;
          }
          LogRankTest ba = LogRankTest.of(b, a);
          return ab.chiSquare() >= 0 && Double.isFinite(ab.chiSquare()) && ab.pValue() >= 0 && ab.pValue() <= 1
              && Math.abs(ab.chiSquare() - ba.chiSquare()) <= 1e-9 * (1 + ab.chiSquare())
              && ab.observedA() + ab.observedB() == a.churnCount() + b.churnCount();
        });
  }

  /** Extreme but valid lengths (subnormal to 1e300, huge ties) give no NaN or infinity. */
  @Test
  void extremeInputsStayFinite() {
    qt().forAll(integers().between(1, 2000), doubles().between(-320, 300)).check((n, exponent) -> {
      SurvivalAccumulator acc = SurvivalCurve.accumulator();
      double length = Math.pow(10, exponent);
      for (int i = 0; i < n; i++) {
        acc.add(i % 3 == 0 ? length : length * 2, i % 2 == 0);
      }
      acc.add(Double.MIN_VALUE, true);
      acc.add(0, false);
      SurvivalCurve curve = acc.snapshot();
      Estimate mean = curve.restrictedMeanLifetime(curve.maxTime());
      for (SurvivalCurve.Step s : curve.steps()) {
        if (!(Double.isFinite(s.survival()) && Double.isFinite(s.lower()) && Double.isFinite(s.upper())
            && Double.isFinite(s.standardError()))) {
          return false;
        }
      }
      return Double.isFinite(mean.value()) && Double.isFinite(mean.upper())
          && curve.medianLifetime().orElse(0) >= 0;
    });
  }
}
