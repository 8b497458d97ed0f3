package org.cxkit.metrics.gap.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cxkit.core.experience.Episode;
import org.cxkit.core.experience.Expectation;
import org.cxkit.core.experience.Experience;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.result.BulkResult;
import org.cxkit.metrics.gap.Episodes;
import org.junit.jupiter.api.Test;

class ExpectationDynamicsTest {
  static final ExpectationDynamics M = ExpectationDynamics.DEFAULT;

  /**
   * By hand with e0 0.5, λ 0.3, s0 0.6, β 1, σ 0.1, c 0.4; perceptions on 1–7, u = (x − 1)/6.
   * 1. P 7 → 1, solved: G = 0.5, S = clamp(0.6 + 0.5 + 0.1) = 1, E' = 0.5 + 0.3·0.5 = 0.65.
   * 2. P 4 → 0.5, not solved: G = −0.15, S = 0.45 capped to 0.4, E' = 0.65 − 0.045 = 0.605.
   * 3. P 5.5 → 0.75, unknown: G = 0.145, S = 0.745, E' = 0.605 + 0.0435 = 0.6485.
   * An episode with no perception is set aside.
   */
  @Test
  void followsOneCustomerByHand() {
    List<Episode> episodes = List.of(
        Episodes.perceived("a", 1, 7, Optional.of(true)),
        Episodes.perceived("b", 2, 4, Optional.of(false)),
        Episodes.at("blank", 3).build(),
        Episodes.perceived("c", 4, 5.5, Optional.empty()));
    BulkResult<Episode, List<ExpectationStep>> path = M.path(Experience.of(Episodes.CUSTOMER, episodes));
    assertEquals(3, path.usedCount());
    assertEquals(1, path.setAside().size());
    assertEquals(2, path.setAside().get(0).position());
    List<ExpectationStep> s = path.value();
    assertEquals(0.5, s.get(0).expectation(), 1e-15);
    assertEquals(0.5, s.get(0).gap(), 1e-15);
    assertEquals(1.0, s.get(0).satisfaction(), 1e-15);
    assertEquals(0.65, s.get(0).nextExpectation(), 1e-15);
    assertEquals(-0.15, s.get(1).gap(), 1e-15);
    assertEquals(0.4, s.get(1).satisfaction(), 1e-15);
    assertEquals(0.605, s.get(1).nextExpectation(), 1e-15);
    assertEquals(0.145, s.get(2).gap(), 1e-15);
    assertEquals(0.745, s.get(2).satisfaction(), 1e-15);
    assertEquals(0.6485, s.get(2).nextExpectation(), 1e-15);
    assertEquals("c", s.get(2).touchpointId());
  }

  /** A stated predicted expectation on the first episode replaces e0: 6 on 1–7 is (6 − 1)/6 = 5/6. */
  @Test
  void startsFromTheFirstStatedPrediction() {
    Episode first = Episodes.at("a", 0).addExpectations(Expectation.predicted(QualityDimension.RELIABILITY, Episodes.S, 6))
        .addPerceptions(org.cxkit.core.experience.Perception.of(QualityDimension.RELIABILITY, Episodes.S, 6)).build();
    List<ExpectationStep> s = M.path(Experience.of(Episodes.CUSTOMER, List.of(first))).value();
    assertEquals(5.0 / 6, s.get(0).expectation(), 1e-15);
    assertEquals(0, s.get(0).gap(), 1e-15);
    assertEquals(0.6, s.get(0).satisfaction(), 1e-15);
  }

  @Test
  void delightRaisesTheNextExpectation() {
    qt().forAll(doubles().between(0, 1), doubles().between(0, 1), doubles().between(1e-6, 1)).check((e, p, lambda) -> {
      double next = M.withLearningRate(lambda).nextExpectation(e, p);
      return p > e ? next > e && next <= p : p < e ? next < e && next >= p : next == e;
    });
  }

  /** With P fixed, G_t = (1 − λ)^(t−1) (P − e0): shrinking, and near zero after enough episodes. */
  @Test
  void repeatedIdenticalExperiencesConvergeToZeroGap() {
    qt().withExamples(100).forAll(doubles().between(0.05, 1), integers().between(1, 7), doubles().between(0, 1))
        .check((lambda, answer, e0) -> {
          List<Episode> same = new ArrayList<>();
          for (int day = 0; day < 300; day++) {
            same.add(Episodes.perceived("t" + day, day, answer, Optional.empty()));
          }
          List<ExpectationStep> s = M.withLearningRate(lambda).withInitialExpectation(e0)
              .path(Experience.of(Episodes.CUSTOMER, same)).value();
          double p = (answer - 1) / 6.0;
          boolean shrinking = true;
          for (int t = 1; t < s.size(); t++) {
            shrinking &= Math.abs(s.get(t).gap()) <= Math.abs(s.get(t - 1).gap());
            double expected = Math.pow(1 - lambda, t) * (p - e0);
            shrinking &= Math.abs(s.get(t).gap() - expected) < 1e-12;
          }
          return shrinking && Math.abs(s.get(s.size() - 1).gap()) < 1e-6;
        });
  }

  @Test
  void failureToSolveCapsSatisfactionAndSuccessNeverLowersIt() {
    qt().forAll(longs().all()).check(seed -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      ExpectationDynamics m = new ExpectationDynamics(rnd.nextDouble(), 0.01 + 0.99 * rnd.nextDouble(),
          rnd.nextDouble(), 3 * rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble());
      double e = rnd.nextDouble();
      double p = rnd.nextDouble();
      double unsolved = m.satisfaction(e, p, 0);
      double unknown = m.satisfaction(e, p, -1);
      double solved = m.satisfaction(e, p, 1);
      return unsolved <= m.unsolvedCap() && unsolved <= unknown && unknown <= solved
          && solved >= 0 && solved <= 1 && m.satisfaction(e, Math.min(1, p + 0.1), 1) >= solved;
    });
  }

  @Test
  void rejectsParametersOutOfRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> M.withLearningRate(0));
    assertEquals("Invalid value for learning rate (valid values greater than 0 and at most 1): 0.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> M.withInitialExpectation(1.5));
    assertThrows(IllegalArgumentException.class, () -> new ExpectationDynamics(0.5, 0.3, 0.6, -1, 0.1, 0.4));
  }
}
