package org.cxkit.metrics.gap.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cxkit.core.experience.Episode;
import org.cxkit.core.experience.Expectation;
import org.cxkit.core.experience.ExpectationLevel;
import org.cxkit.core.experience.Experience;
import org.cxkit.core.experience.Perception;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;

/**
 * A parameterised model of how satisfaction follows from each episode and how each episode moves the
 * customer's next expectation: consistently exceeding expectations raises the bar.
 *
 * <p>Scores are first put on the unit interval, {@code u = (x − min) / (max − min)} on each score's
 * own scale, so episodes on different scales compare. For the episodes {@code t = 1, 2, …} of one
 * customer, in time order:
 * <pre>
 *   P_t     = mean of the episode's perceptions                        (perception)
 *   E_1     = mean of the first episode's PREDICTED expectations if it records any, else e0
 *   G_t     = P_t − E_t                                                (gap, −1 to 1)
 *   S_t     = clamp(s0 + β · G_t + σ · [solved_t], 0, 1)               (satisfaction)
 *   S_t     = min(S_t, c)            when the problem was not solved    (failure caps satisfaction)
 *   E_{t+1} = E_t + λ · (P_t − E_t)                                    (adaptive expectations)
 * </pre>
 * with {@code [solved_t]} 1 when the episode records the problem as solved and 0 otherwise (unknown
 * adds nothing and caps nothing). Consequences, each tested: a perception above the expectation
 * raises the next expectation ({@code λ > 0}); repeated identical perceptions {@code P} give
 * {@code G_t = (1 − λ)^{t−1} (P − E_1)}, which tends to zero; an unsolved problem never gives
 * satisfaction above {@code c}. The adaptive-expectations rule is Cagan's (1956); the satisfaction
 * line follows the disconfirmation paradigm (Oliver 1980), satisfaction rising with the gap and with
 * success.
 *
 * <p>Empty input: an experience with no episode, or none with a perception, gives no steps.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param initialExpectation {@code e0}, the first expectation when the first episode states none, from 0 to 1
 * @param learningRate {@code λ}, how far each perception moves the next expectation, greater than 0 and at most 1
 * @param baseSatisfaction {@code s0}, satisfaction when expectations are exactly met, from 0 to 1
 * @param gapSensitivity {@code β}, satisfaction gained per unit of gap, finite and zero or more
 * @param successBonus {@code σ}, satisfaction added when the problem was solved, from 0 to 1
 * @param unsolvedCap {@code c}, the most satisfaction an unsolved problem allows, from 0 to 1
 */
public record ExpectationDynamics(double initialExpectation, double learningRate, double baseSatisfaction,
    double gapSensitivity, double successBonus, double unsolvedCap) {

  /**
   * Illustrative defaults: {@code e0 = 0.5, λ = 0.3, s0 = 0.6, β = 1, σ = 0.1, c = 0.4}. They are not
   * estimated from data; fit the parameters to your own satisfaction scores before relying on levels.
   */
  public static final ExpectationDynamics DEFAULT = new ExpectationDynamics(0.5, 0.3, 0.6, 1.0, 0.1, 0.4);

  /**
   * Checks the parameters.
   *
   * @throws IllegalArgumentException if a parameter is out of its range, naming it
   */
  public ExpectationDynamics {
    // -0.0 becomes 0.0 throughout, so that equal parameters make equal records.
    initialExpectation = Checks.probability("initial expectation", initialExpectation);
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw Checks.invalid(Double.isNaN(learningRate) ? ReasonCode.NOT_FINITE : ReasonCode.OUT_OF_RANGE,
          "learning rate", "valid values greater than 0 and at most 1", learningRate);
    }
    baseSatisfaction = Checks.probability("base satisfaction", baseSatisfaction);
    gapSensitivity = Checks.nonNegative("gap sensitivity", gapSensitivity);
    successBonus = Checks.probability("success bonus", successBonus);
    unsolvedCap = Checks.probability("unsolved cap", unsolvedCap);
  }

  /**
   * Returns these parameters with another learning rate.
   *
   * @param lambda the learning rate, greater than 0 and at most 1
   * @return the parameters
   */
  public ExpectationDynamics withLearningRate(double lambda) {
    return new ExpectationDynamics(initialExpectation, lambda, baseSatisfaction, gapSensitivity, successBonus,
        unsolvedCap);
  }

  /**
   * Returns these parameters with another initial expectation.
   *
   * @param e0 the initial expectation, from 0 to 1
   * @return the parameters
   */
  public ExpectationDynamics withInitialExpectation(double e0) {
    return new ExpectationDynamics(e0, learningRate, baseSatisfaction, gapSensitivity, successBonus, unsolvedCap);
  }

  /**
   * Returns the satisfaction the model gives one episode.
   *
   * @param expectation {@code E_t}, from 0 to 1
   * @param perception {@code P_t}, from 0 to 1
   * @param problemSolved 1 solved, 0 not solved, any other value unknown
   * @return {@code S_t}, from 0 to 1
   */
  double satisfaction(double expectation, double perception, int problemSolved) {
    double s = baseSatisfaction + gapSensitivity * (perception - expectation) + (problemSolved == 1 ? successBonus : 0);
    s = Math.min(1, Math.max(0, s));
    return problemSolved == 0 ? Math.min(s, unsolvedCap) : s;
  }

  /**
   * Returns the expectation carried to the next episode.
   *
   * @param expectation {@code E_t}, from 0 to 1
   * @param perception {@code P_t}, from 0 to 1
   * @return {@code E_t + λ (P_t − E_t)}, from 0 to 1
   * @throws IllegalArgumentException if an argument is outside 0 to 1
   */
  public double nextExpectation(double expectation, double perception) {
    Checks.inRange("expectation", expectation, 0, 1);
    Checks.inRange("perception", perception, 0, 1);
    // A convex combination of two values in [0, 1]; the clamp only absorbs rounding.
    return Math.min(1, Math.max(0, expectation + learningRate * (perception - expectation)));
  }

  /**
   * Runs the model over one customer's experience.
   *
   * @param experience the customer's episodes, in time order
   * @return one step per episode that records a perception; episodes without one are set aside
   */
  public BulkResult<Episode, List<ExpectationStep>> path(Experience experience) {
    List<ExpectationStep> steps = new ArrayList<>();
    List<SetAside<Episode>> setAside = new ArrayList<>();
    double expectation = Double.NaN;
    long position = 0;
    for (Episode episode : Objects.requireNonNull(experience, "experience").episodes()) {
      OptionalDouble p = meanPerception(episode);
      if (p.isEmpty()) {
        setAside.add(SetAside.of(position++, episode, Checks.invalid(ReasonCode.MISSING,
            "episode " + episode.touchpoint().id(), "needs at least 1 perception", "none")));
        continue;
      }
      position++;
      if (Double.isNaN(expectation)) {
        expectation = meanPredicted(episode).orElse(initialExpectation);
      }
      double perception = p.getAsDouble();
      int solved = episode.problemSolved().map(b -> b ? 1 : 0).orElse(-1);
      double next = nextExpectation(expectation, perception);
      steps.add(new ExpectationStep(episode.touchpoint().id(), episode.occurredAt(), expectation, perception,
          satisfaction(expectation, perception, solved), episode.problemSolved(), next));
      expectation = next;
    }
    return BulkResult.of(List.copyOf(steps), steps.size(), setAside);
  }

  private static OptionalDouble meanPerception(Episode episode) {
    return episode.perceptions().stream().mapToDouble(ExpectationDynamics::unit).average();
  }

  private static OptionalDouble meanPredicted(Episode episode) {
    return episode.expectations().stream().filter(e -> e.level() == ExpectationLevel.PREDICTED)
        .mapToDouble(ExpectationDynamics::unit).average();
  }

  private static double unit(Perception p) {
    return (p.score() - p.scale().min()) / (p.scale().max() - p.scale().min());
  }

  private static double unit(Expectation e) {
    return (e.score() - e.scale().min()) / (e.scale().max() - e.scale().min());
  }
}
