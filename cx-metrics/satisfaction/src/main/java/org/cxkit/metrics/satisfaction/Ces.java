package org.cxkit.metrics.satisfaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.stream.Collector;
import org.cxkit.core.feedback.CesResponse;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.scale.Scale;

/**
 * Customer effort (CES) on the 1 to 7 agreement scale of CES 2.0 ("The company made it easy for me to
 * handle my issue", 1 strongly disagree to 7 strongly agree; higher is easier): how many answers each
 * point received, the mean with its Student t interval, and the share agreeing (5, 6 or 7) with its
 * Wilson score interval.
 *
 * <p>The older CES 1.0 question ("How much effort did you personally have to put forth…", 1 to 5,
 * lower is better) measures in the opposite direction on a different scale; it is refused, never
 * converted: {@link CesAccumulator#add(int, Scale)} rejects any scale but 1 to 7.
 *
 * <p>A {@code Ces} is a tally of exact integer counts, so tallies of parts {@linkplain #plus(Ces) add
 * up} to the tally of the whole exactly. An empty tally is valid; the figures that need an answer
 * throw {@link IllegalStateException} on it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ces {
  /** The CES scale, 1 to 7. */
  public static final Scale SCALE = Scale.ONE_TO_SEVEN;
  /** The lowest answer that agrees: 5, "somewhat agree". */
  public static final int LOWEST_AGREEING = 5;

  private final ScoreCounts counts;

  Ces(ScoreCounts counts) {
    this.counts = counts;
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
        accumulator.add(Objects.requireNonNull(score, "score"));
      } catch (IllegalArgumentException e) {
        setAside.add(new SetAside<>(position, score, e.getMessage()));
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
    return CesAccumulator.create();
  }

  /**
   * Returns a collector that tallies CES responses, usable on parallel streams.
   *
   * @return the collector
   */
  public static Collector<CesResponse, CesAccumulator, Ces> toCes() {
    return Collector.of(Ces::accumulator, CesAccumulator::add, CesAccumulator::merge,
        CesAccumulator::snapshot, Collector.Characteristics.UNORDERED);
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
   * Returns the distribution: each answer from 1 to 7 with its count (zero included).
   *
   * @return answer to count, unmodifiable
   */
  public SortedMap<Integer, Long> distribution() {
    return counts.distribution();
  }

  /**
   * Returns how many answers agree (5, 6 or 7).
   *
   * @return the count
   */
  public long agreeingCount() {
    return counts.countAtLeast(LOWEST_AGREEING);
  }

  /**
   * Returns the share of answers that agree (5, 6 or 7) with its 95 % Wilson score interval.
   *
   * @return the share, a proportion from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate agreeingShare() {
    return agreeingShare(Csat.DEFAULT_LEVEL);
  }

  /**
   * Returns the share of answers that agree (5, 6 or 7) with its Wilson score interval.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the share, a proportion from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate agreeingShare(double level) {
    return counts.share("agreeing share", LOWEST_AGREEING, level);
  }

  /**
   * Returns the mean answer with its 95 % Student t interval.
   *
   * @return the mean, from 1 to 7
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate mean() {
    return mean(Csat.DEFAULT_LEVEL);
  }

  /**
   * Returns the mean answer with its Student t interval {@code mean ± t · s/√n}, limited to 1 to 7;
   * from a single answer, the interval is the whole scale.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the mean, from 1 to 7
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate mean(double level) {
    return counts.mean("mean", level);
  }

  /**
   * Returns the tally of this one's answers and another's.
   *
   * @param other another tally
   * @return the combined tally
   */
  public Ces plus(Ces other) {
    ScoreCounts sum = counts.copy();
    sum.merge(other.counts);
    return new Ces(sum);
  }

  ScoreCounts counts() {
    return counts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ces c && counts.equals(c.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  /** Returns a form such as {@code Ces{n=3, counts={5=2, 7=1}}}. */
  @Override
  public String toString() {
    return "Ces{n=" + counts.total + ", counts=" + counts + "}";
  }
}
