package org.cxkit.metrics.satisfaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.stream.Collector;
import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.scale.Scale;

/**
 * Customer satisfaction (CSAT) on a declared scale: how many answers each point of the scale
 * received, and the figures read from those counts: the satisfied share (the share of answers in the
 * {@linkplain SatisfiedBoxes satisfied boxes}) with its Wilson score interval, and the mean answer
 * with its Student t interval.
 *
 * <p>A {@code Csat} is a tally of exact integer counts, so tallies of parts
 * {@linkplain #plus(Csat) add up} to the tally of the whole exactly, in any order; build one with a
 * {@link CsatAccumulator}, the {@link #toCsat(Scale)} collector or the bulk
 * {@link #fromScores(Scale, Iterable)}. The satisfied boxes and the confidence level are chosen when
 * a figure is read, not when answers are counted.
 *
 * <p>An empty tally is valid; the figures that need at least one answer throw
 * {@link IllegalStateException} on it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Csat {
  /** The confidence level of the figures read without one: 95 %. */
  public static final double DEFAULT_LEVEL = 0.95;

  private final ScoreCounts counts;

  Csat(ScoreCounts counts) {
    this.counts = counts;
  }

  /**
   * Returns the tally with no answers on a scale.
   *
   * @param scale the scale, of at most 10 001 answers
   * @return the empty tally
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
        accumulator.add(Objects.requireNonNull(score, "score"));
      } catch (IllegalArgumentException e) {
        setAside.add(new SetAside<>(position, score, e.getMessage()));
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
      } catch (IllegalArgumentException e) {
        setAside.add(new SetAside<>(position, response, e.getMessage()));
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
   */
  public static CsatAccumulator accumulator(Scale scale) {
    return CsatAccumulator.of(scale);
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
    return Collector.of(() -> Csat.accumulator(scale), CsatAccumulator::add, CsatAccumulator::merge,
        CsatAccumulator::snapshot, Collector.Characteristics.UNORDERED);
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
    return Collector.of(() -> Csat.accumulator(scale), (a, s) -> a.add(s.intValue()), CsatAccumulator::merge,
        CsatAccumulator::snapshot, Collector.Characteristics.UNORDERED);
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
   * Returns how many answers were tallied.
   *
   * @return the count, zero or more
   */
  public long count() {
    return counts.total;
  }

  /**
   * Tells whether no answer was tallied.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return counts.total == 0;
  }

  /**
   * Returns how many times an answer was given.
   *
   * @param answer any whole number; answers off the scale were never counted
   * @return the count, zero or more
   */
  public long count(int answer) {
    return counts.count(answer);
  }

  /**
   * Returns the distribution: each answer of the scale, in ascending order, with its count (zero
   * included).
   *
   * @return answer to count, unmodifiable
   */
  public SortedMap<Integer, Long> distribution() {
    return counts.distribution();
  }

  /**
   * Returns how many answers fall in the satisfied boxes.
   *
   * @param boxes the satisfied boxes, fewer than the scale's answers
   * @return the count, zero or more
   */
  public long satisfiedCount(SatisfiedBoxes boxes) {
    return counts.countAtLeast(boxes.lowestOn(counts.scale));
  }

  /**
   * Returns the satisfied share in the {@linkplain SatisfiedBoxes#defaultFor(Scale) default boxes}
   * for the scale, with its 95 % Wilson score interval.
   *
   * @return the share, a proportion from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate satisfiedShare() {
    return satisfiedShare(SatisfiedBoxes.defaultFor(counts.scale), DEFAULT_LEVEL);
  }

  /**
   * Returns the share of answers in the satisfied boxes, with its Wilson score interval (Wilson 1927),
   * which stays within [0, 1] and keeps its coverage near 0 %, near 100 % and for small samples.
   *
   * @param boxes the satisfied boxes, fewer than the scale's answers
   * @param level the confidence level, strictly between 0 and 1 (0.95 for 95 %)
   * @return the share, a proportion from 0 to 1 (multiply by 100 for a percentage)
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate satisfiedShare(SatisfiedBoxes boxes, double level) {
    return counts.share("satisfied share", boxes.lowestOn(counts.scale), level);
  }

  /**
   * Returns the mean answer with its 95 % Student t interval.
   *
   * @return the mean, on the scale
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate mean() {
    return mean(DEFAULT_LEVEL);
  }

  /**
   * Returns the mean answer with its Student t interval {@code mean ± t · s/√n}, limited to the
   * scale's bounds; from a single answer, the interval is the whole scale.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the mean, on the scale
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate mean(double level) {
    return counts.mean("mean", level);
  }

  /**
   * Returns the tally of this one's answers and another's: the same as tallying both sets at once.
   *
   * @param other a tally on the same scale
   * @return the combined tally
   * @throws IllegalArgumentException if the scales differ
   */
  public Csat plus(Csat other) {
    ScoreCounts sum = counts.copy();
    sum.merge(other.counts);
    return new Csat(sum);
  }

  ScoreCounts counts() {
    return counts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Csat c && counts.equals(c.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  /** Returns a form such as {@code Csat{scale=1-5, n=3, counts={4=2, 5=1}}}. */
  @Override
  public String toString() {
    return "Csat{scale=" + counts.scale + ", n=" + counts.total + ", counts=" + counts + "}";
  }
}
