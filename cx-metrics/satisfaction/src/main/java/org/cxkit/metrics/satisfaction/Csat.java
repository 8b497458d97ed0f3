package org.cxkit.metrics.satisfaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;
import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.scale.Scale;

/**
 * Customer satisfaction (CSAT) on a declared scale: how many answers each point of the scale
 * received, and the figures read from those counts: the satisfied share (the share of answers in the
 * {@linkplain SatisfiedBoxes satisfied boxes}) with its Wilson score interval, the net satisfaction
 * (satisfied share minus {@linkplain DissatisfiedBoxes dissatisfied} share) with its Wald interval,
 * and the mean answer with its Student t interval.
 *
 * <p>A {@code Csat} is a tally of exact integer counts, so tallies of parts add up ({@code plus}) to
 * the tally of the whole exactly, in any order; build one with a {@link CsatAccumulator}, the {@link #toCsat(Scale)} collector or the bulk
 * {@link #fromScores(Scale, Iterable)}. The boxes and the {@link Confidence} are chosen when a figure
 * is read, not when answers are counted. It shares its implementation with {@link Ces}, the same
 * tally on the fixed 1 to 7 agreement scale.
 *
 * <p><b>Empty input:</b> no answer gives the empty tally ({@link #empty(Scale)}), a valid value with a
 * count of 0; the figures that need at least one answer (shares, net satisfaction, mean) throw
 * {@link IllegalStateException} on it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Csat extends ScaleTally<Csat> {

  Csat(ScoreCounts counts) {
    super(counts);
  }

  @Override
  Csat of(ScoreCounts counts) {
    return new Csat(counts);
  }

  /**
   * Returns the tally with no answers on a scale.
   *
   * @param scale the scale, of at most 10 001 answers
   * @return the empty tally
   * @throws IllegalArgumentException if the scale has more than 10 001 answers
   */
  public static Csat empty(Scale scale) {
    return new Csat(new ScoreCounts(scale));
  }

  /**
   * Tallies answers, all of which must be on the scale.
   *
   * @param scale the scale, of at most 10 001 answers
   * @param scores the answers, each on the scale
   * @return the tally
   * @throws IllegalArgumentException if an answer is off the scale, naming it
   */
  public static Csat ofScores(Scale scale, int... scores) {
    return Csat.accumulator(scale).addAll(scores).snapshot();
  }

  /**
   * Tallies answers, setting aside (with the reason) those off the scale.
   *
   * @param scale the scale, of at most 10 001 answers
   * @param scores the answers
   * @return the tally of the answers on the scale, and the answers set aside
   */
  public static BulkResult<Integer, Csat> fromScores(Scale scale, Iterable<Integer> scores) {
    CsatAccumulator accumulator = Csat.accumulator(scale);
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
   * Tallies responses, setting aside (with the reason) those recorded on another scale.
   *
   * @param scale the scale the tally is on
   * @param responses the responses
   * @return the tally of the responses on the scale, and the responses set aside
   */
  public static BulkResult<CsatResponse, Csat> fromResponses(Scale scale, Iterable<CsatResponse> responses) {
    CsatAccumulator accumulator = Csat.accumulator(scale);
    List<SetAside<CsatResponse>> setAside = new ArrayList<>();
    long position = 0;
    for (CsatResponse response : Objects.requireNonNull(responses, "responses")) {
      try {
        accumulator.add(response);
      } catch (InvalidValueException e) {
        setAside.add(SetAside.of(position, response, e));
      }
      position++;
    }
    return BulkResult.of(accumulator.snapshot(), accumulator.count(), setAside);
  }

  /**
   * Returns an empty accumulator on a scale, to tally answers one at a time.
   *
   * @param scale the scale, of at most 10 001 answers
   * @return a new accumulator
   * @throws IllegalArgumentException if the scale has more than 10 001 answers
   */
  public static CsatAccumulator accumulator(Scale scale) {
    return new CsatAccumulator(new ScoreCounts(scale));
  }

  /**
   * Returns a collector that tallies responses on a scale, usable on parallel streams. A response on
   * another scale makes it throw {@link IllegalArgumentException}; use
   * {@link #fromResponses(Scale, Iterable)} to set such responses aside instead.
   *
   * @param scale the scale
   * @return the collector
   */
  public static Collector<CsatResponse, CsatAccumulator, Csat> toCsat(Scale scale) {
    Objects.requireNonNull(scale, "scale");
    return Accumulators.collector(() -> Csat.accumulator(scale));
  }

  /**
   * Returns a collector that tallies whole-number answers on a scale, usable on parallel streams; an
   * answer off the scale makes it throw {@link IllegalArgumentException}.
   *
   * @param scale the scale
   * @return the collector
   */
  public static Collector<Integer, CsatAccumulator, Csat> toCsatFromScores(Scale scale) {
    Objects.requireNonNull(scale, "scale");
    return Accumulators.collector(() -> Csat.accumulator(scale), (a, s) -> a.add(s.intValue()));
  }

  /**
   * Returns the scale the answers are on.
   *
   * @return the scale
   */
  public Scale scale() {
    return counts.scale;
  }

  /**
   * Returns how many answers fall in the satisfied boxes.
   *
   * @param boxes the satisfied boxes, fewer than the scale's answers
   * @return the count, zero or more
   * @throws IllegalArgumentException if the boxes cover the whole scale
   */
  public long satisfiedCount(SatisfiedBoxes boxes) {
    return counts.countBetween(boxes.lowestOn(counts.scale), counts.scale.max());
  }

  /**
   * Returns how many answers fall in the dissatisfied boxes.
   *
   * @param boxes the dissatisfied boxes, fewer than the scale's answers
   * @return the count, zero or more
   * @throws IllegalArgumentException if the boxes cover the whole scale
   */
  public long dissatisfiedCount(DissatisfiedBoxes boxes) {
    return counts.countBetween(counts.scale.min(), boxes.highestOn(counts.scale));
  }

  /**
   * Returns the satisfied share in the {@linkplain SatisfiedBoxes#defaultFor(Scale) default boxes}
   * for the scale, with its Wilson score interval under {@link Confidence#DEFAULT} (95 %).
   *
   * @return the share, a proportion from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate satisfiedShare() {
    return satisfiedShare(SatisfiedBoxes.defaultFor(counts.scale), Confidence.DEFAULT);
  }

  /**
   * Returns the share of answers in the satisfied boxes, with its Wilson score interval (Wilson 1927),
   * which stays within [0, 1] and keeps its coverage near 0 %, near 100 % and for small samples.
   *
   * @param boxes the satisfied boxes, fewer than the scale's answers
   * @param confidence the confidence level and the minimum sample size
   * @return the share, a proportion from 0 to 1 (multiply by 100 for a percentage)
   * @throws IllegalArgumentException if the boxes cover the whole scale
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate satisfiedShare(SatisfiedBoxes boxes, Confidence confidence) {
    return counts.share("satisfied share", boxes.lowestOn(counts.scale), counts.scale.max(), confidence);
  }

  /**
   * Returns the net satisfaction in the default boxes ({@link SatisfiedBoxes#defaultFor(Scale)} minus
   * {@link DissatisfiedBoxes#defaultFor(Scale)}: on 1 to 5, the share of 4 and 5 minus the share of 1
   * and 2), with its Wald interval under {@link Confidence#DEFAULT} (95 %).
   *
   * @return the net satisfaction, from -1 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate netSatisfaction() {
    return netSatisfaction(SatisfiedBoxes.defaultFor(counts.scale), DissatisfiedBoxes.defaultFor(counts.scale),
        Confidence.DEFAULT);
  }

  /**
   * Returns the net satisfaction: the share of answers in the satisfied (top) boxes minus the share in
   * the dissatisfied (bottom) boxes, a difference of proportions from -1 (every answer dissatisfied)
   * to 1 (every answer satisfied); multiply by 100 for points, as NPS is read. Answers in neither
   * (the neutral middle) count in the denominator only.
   *
   * <p>The interval is the Wald interval {@code value ± z · SE}, limited to [-1, 1]. The two shares
   * {@code pT} and {@code pB} come from one multinomial sample of {@code n} answers, so the variance
   * of their difference is {@code [pT + pB − (pT − pB)²] / n}, the one NPS uses for promoters minus
   * detractors; the standard error is its square root. Like every Wald interval it is too narrow for
   * small samples and has zero width when every answer is in one group: read it with
   * {@link Estimate#isBelowMinimum()}.
   *
   * @param satisfied the satisfied (top) boxes
   * @param dissatisfied the dissatisfied (bottom) boxes; together with the satisfied boxes at most
   *     the scale's answers, so that no answer is in both
   * @param confidence the confidence level and the minimum sample size
   * @return the net satisfaction, from -1 to 1
   * @throws IllegalArgumentException if the boxes overlap or either covers the whole scale
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate netSatisfaction(SatisfiedBoxes satisfied, DissatisfiedBoxes dissatisfied, Confidence confidence) {
    int lowestSatisfied = satisfied.lowestOn(counts.scale);
    int highestDissatisfied = dissatisfied.highestOn(counts.scale);
    DissatisfiedBoxes.checkApart(satisfied, dissatisfied, counts.scale);
    return counts.net("net satisfaction", lowestSatisfied, highestDissatisfied, confidence);
  }
}
