package org.cxkit.metrics.satisfaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;
import org.cxkit.core.feedback.CesResponse;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.scale.Scale;

/**
 * Customer effort (CES) on the 1 to 7 agreement scale of CES 2.0 ("The company made it easy for me to
 * handle my issue", 1 strongly disagree to 7 strongly agree; higher is easier): how many answers each
 * point received, the mean with its Student t interval, the share agreeing (the agree
 * {@linkplain CesBoxes boxes}, 5 to 7 by default) with its Wilson score interval, and the net effort
 * (share agreeing minus share disagreeing) with its Wald interval.
 *
 * <p>The older CES 1.0 question ("How much effort did you personally have to put forth…", 1 to 5,
 * lower is better) measures in the opposite direction on a different scale; it is refused, never
 * converted: {@link CesAccumulator#add(int, Scale)} rejects any scale but 1 to 7.
 *
 * <p>A {@code Ces} is the same tally as a {@link Csat}, on the fixed 1 to 7 scale, and shares its
 * implementation: tallies of parts add up ({@code plus}) to the tally of the whole exactly.
 *
 * <p><b>Empty input:</b> no answer gives the empty tally ({@link #empty()}), a valid value with a
 * count of 0; the figures that need an answer (shares, net effort, mean) throw
 * {@link IllegalStateException} on it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ces extends ScaleTally<Ces> {
  /** The CES scale, 1 to 7. */
  public static final Scale SCALE = Scale.ONE_TO_SEVEN;

  Ces(ScoreCounts counts) {
    super(counts);
  }

  @Override
  Ces of(ScoreCounts counts) {
    return new Ces(counts);
  }

  /**
   * Returns the tally with no answers.
   *
   * @return the empty tally
   */
  public static Ces empty() {
    return new Ces(new ScoreCounts(SCALE));
  }

  /**
   * Tallies answers, all of which must be from 1 to 7.
   *
   * @param scores the answers, each from 1 to 7
   * @return the tally
   * @throws IllegalArgumentException if an answer is off the scale, naming it
   */
  public static Ces ofScores(int... scores) {
    return Ces.accumulator().addAll(scores).snapshot();
  }

  /**
   * Tallies answers, setting aside (with the reason) those off the 1 to 7 scale.
   *
   * @param scores the answers
   * @return the tally of the answers from 1 to 7, and the answers set aside
   */
  public static BulkResult<Integer, Ces> fromScores(Iterable<Integer> scores) {
    CesAccumulator accumulator = Ces.accumulator();
    List<SetAside<Integer>> setAside = new ArrayList<>();
    long position = 0;
    for (Integer score : Objects.requireNonNull(scores, "scores")) {
      try {
        accumulator.add(Objects.requireNonNull(score, "score").intValue());
      } catch (InvalidValueException e) {
        setAside.add(SetAside.of(position, score, e));
      }
      position++;
    }
    return BulkResult.of(accumulator.snapshot(), accumulator.count(), setAside);
  }

  /**
   * Returns an empty accumulator, to tally answers one at a time.
   *
   * @return a new accumulator
   */
  public static CesAccumulator accumulator() {
    return new CesAccumulator(new ScoreCounts(SCALE));
  }

  /**
   * Returns a collector that tallies CES responses, usable on parallel streams.
   *
   * @return the collector
   */
  public static Collector<CesResponse, CesAccumulator, Ces> toCes() {
    return Accumulators.collector(Ces::accumulator);
  }

  /**
   * Returns how many answers agree in the default boxes (5, 6 or 7).
   *
   * @return the count
   */
  public long agreeingCount() {
    return agreeingCount(CesBoxes.DEFAULT);
  }

  /**
   * Returns how many answers agree: from {@code boxes.lowestAgreeing()} to 7.
   *
   * @param boxes the agree and disagree boxes
   * @return the count
   */
  public long agreeingCount(CesBoxes boxes) {
    return counts.countBetween(boxes.lowestAgreeing(), SCALE.max());
  }

  /**
   * Returns how many answers disagree: from 1 to {@code boxes.highestDisagreeing()}.
   *
   * @param boxes the agree and disagree boxes
   * @return the count
   */
  public long disagreeingCount(CesBoxes boxes) {
    return counts.countBetween(SCALE.min(), boxes.highestDisagreeing());
  }

  /**
   * Returns the share of answers that agree in the default boxes (5, 6 or 7) with its Wilson score
   * interval under {@link Confidence#DEFAULT} (95 %).
   *
   * @return the share, a proportion from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate agreeingShare() {
    return agreeingShare(CesBoxes.DEFAULT, Confidence.DEFAULT);
  }

  /**
   * Returns the share of answers that agree, from {@code boxes.lowestAgreeing()} to 7, with its
   * Wilson score interval.
   *
   * @param boxes the agree and disagree boxes
   * @param confidence the confidence level and the minimum sample size
   * @return the share, a proportion from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate agreeingShare(CesBoxes boxes, Confidence confidence) {
    return counts.share("agreeing share", boxes.lowestAgreeing(), SCALE.max(), confidence);
  }

  /**
   * Returns the net effort in the default boxes: the share agreeing (5–7) minus the share disagreeing
   * (1–3), with its Wald interval under {@link Confidence#DEFAULT} (95 %).
   *
   * @return the net effort, from -1 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate netEffort() {
    return netEffort(CesBoxes.DEFAULT, Confidence.DEFAULT);
  }

  /**
   * Returns the net effort: the share of answers that agree that the company made it easy minus the
   * share that disagree, a difference of proportions from -1 (everyone disagrees) to 1 (everyone
   * agrees); multiply by 100 for points. Neutral answers count in the denominator only.
   *
   * <p>The interval is the Wald interval {@code value ± z · SE}, limited to [-1, 1], with the
   * variance of a difference of two shares {@code pA} and {@code pD} of one multinomial sample,
   * {@code [pA + pD − (pA − pD)²] / n}, as for NPS and {@linkplain
   * Csat#netSatisfaction(SatisfiedBoxes, DissatisfiedBoxes, Confidence) net satisfaction}. It is too
   * narrow for small samples and has zero width when every answer is in one group: read it with
   * {@link Estimate#isBelowMinimum()}.
   *
   * @param boxes the agree and disagree boxes
   * @param confidence the confidence level and the minimum sample size
   * @return the net effort, from -1 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate netEffort(CesBoxes boxes, Confidence confidence) {
    return counts.net("net effort", boxes.lowestAgreeing(), boxes.highestDisagreeing(), confidence);
  }
}
