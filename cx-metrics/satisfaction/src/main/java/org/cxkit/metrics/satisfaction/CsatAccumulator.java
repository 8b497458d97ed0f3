package org.cxkit.metrics.satisfaction;

import java.util.Objects;
import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.scale.Scale;

/**
 * A mutable tally of CSAT answers on one scale, from which {@link Csat} snapshots are taken.
 *
 * <p>{@link #add(int)}, {@link #add(CsatResponse)} and {@link #merge(CsatAccumulator)} make it a valid
 * supplier/accumulator/combiner triple for {@code Stream.collect} on parallel streams, and
 * {@link Csat#toCsat(Scale)} wraps it as a {@code Collector}. Memory is one {@code long} per point of
 * the scale, whatever the number of answers.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class CsatAccumulator {
  private final ScoreCounts counts;

  private CsatAccumulator(ScoreCounts counts) {
    this.counts = counts;
  }

  /**
   * Obtains an empty accumulator on a scale.
   *
   * @param scale the scale, of at most 10 001 answers
   * @return the accumulator
   */
  static CsatAccumulator of(Scale scale) {
    return new CsatAccumulator(new ScoreCounts(scale));
  }

  /**
   * Adds one answer.
   *
   * @param score the answer, on the scale
   * @return this accumulator
   * @throws IllegalArgumentException if the answer is off the scale, naming the range and the value
   */
  public CsatAccumulator add(int score) {
    counts.add("csat score", score);
    return this;
  }

  /**
   * Adds a response recorded on this accumulator's scale.
   *
   * @param response the response
   * @return this accumulator
   * @throws IllegalArgumentException if the response is on another scale
   */
  public CsatAccumulator add(CsatResponse response) {
    Scale scale = response.scale();
    if (!scale.equals(counts.scale)) {
      throw new IllegalArgumentException("Invalid value for scale (this tally is on " + counts.scale
          + "; answers on another scale are not comparable): " + scale);
    }
    counts.add("csat score", response.score());
    return this;
  }

  /**
   * Adds an answer given {@code count} times, for tallies rolled up elsewhere (a database's
   * {@code GROUP BY score}, say).
   *
   * @param score the answer, on the scale
   * @param count how many times it was given, zero or more
   * @return this accumulator
   * @throws IllegalArgumentException if the answer is off the scale or the count negative
   */
  public CsatAccumulator add(int score, long count) {
    counts.add("csat score", score, count);
    return this;
  }

  /**
   * Adds answers; if one is off the scale, none is added.
   *
   * @param scores the answers, each on the scale
   * @return this accumulator
   * @throws IllegalArgumentException if an answer is off the scale, naming it
   */
  public CsatAccumulator addAll(int... scores) {
    counts.addAll("csat score", Objects.requireNonNull(scores, "scores"));
    return this;
  }

  /**
   * Adds every answer tallied by another accumulator, which is left unchanged.
   *
   * @param other an accumulator on the same scale
   * @return this accumulator
   * @throws IllegalArgumentException if the scales differ
   */
  public CsatAccumulator merge(CsatAccumulator other) {
    counts.merge(other.counts);
    return this;
  }

  /**
   * Adds every answer of a tally.
   *
   * @param tally a tally on the same scale
   * @return this accumulator
   * @throws IllegalArgumentException if the scales differ
   */
  public CsatAccumulator addAll(Csat tally) {
    counts.merge(tally.counts());
    return this;
  }

  /**
   * Returns how many answers were added so far.
   *
   * @return the count
   */
  public long count() {
    return counts.total;
  }

  /**
   * Returns an immutable tally of the answers added so far; the accumulator stays usable.
   *
   * @return the tally
   */
  public Csat snapshot() {
    return new Csat(counts.copy());
  }

  @Override
  public String toString() {
    return "CsatAccumulator{scale=" + counts.scale + ", n=" + counts.total + "}";
  }
}
