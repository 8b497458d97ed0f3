package org.cxkit.metrics.satisfaction;

import java.util.Objects;
import org.cxkit.core.feedback.CesResponse;
import org.cxkit.core.scale.Scale;

/**
 * A mutable tally of CES answers (1 to 7, higher is easier), from which {@link Ces} snapshots are
 * taken; usable as supplier/accumulator/combiner of {@code Stream.collect} on parallel streams, and
 * wrapped as a {@code Collector} by {@link Ces#toCes()}. Memory is seven counters.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class CesAccumulator {
  private final ScoreCounts counts;

  private CesAccumulator(ScoreCounts counts) {
    this.counts = counts;
  }

  /**
   * Obtains an empty accumulator.
   *
   * @return the accumulator
   */
  static CesAccumulator create() {
    return new CesAccumulator(new ScoreCounts(Ces.SCALE));
  }

  /**
   * Adds one answer on the 1 to 7 agreement scale.
   *
   * @param score the answer, from 1 to 7
   * @return this accumulator
   * @throws IllegalArgumentException if the answer is off the scale
   */
  public CesAccumulator add(int score) {
    counts.add("ces score", score);
    return this;
  }

  /**
   * Adds one answer with the scale it was recorded on, refusing any scale but 1 to 7: a 1 to 5 effort
   * answer (lower is better) would otherwise be read as disagreement.
   *
   * @param score the answer, from 1 to 7
   * @param scale the scale the answer was recorded on, which must be 1 to 7
   * @return this accumulator
   * @throws IllegalArgumentException if the scale is not 1 to 7, or the answer is off it
   */
  public CesAccumulator add(int score, Scale scale) {
    if (!Ces.SCALE.equals(Objects.requireNonNull(scale, "scale"))) {
      throw new IllegalArgumentException("Invalid value for scale (CES is recorded on the 1-7 agreement "
          + "scale, higher is easier; a 1-5 effort score, lower is better, is a different figure): " + scale);
    }
    return add(score);
  }

  /**
   * Adds a response (always on 1 to 7).
   *
   * @param response the response
   * @return this accumulator
   */
  public CesAccumulator add(CesResponse response) {
    return add(response.score(), response.scale());
  }

  /**
   * Adds an answer given {@code count} times.
   *
   * @param score the answer, from 1 to 7
   * @param count how many times it was given, zero or more
   * @return this accumulator
   * @throws IllegalArgumentException if the answer is off the scale or the count negative
   */
  public CesAccumulator add(int score, long count) {
    counts.add("ces score", score, count);
    return this;
  }

  /**
   * Adds answers; if one is off the scale, none is added.
   *
   * @param scores the answers, each from 1 to 7
   * @return this accumulator
   * @throws IllegalArgumentException if an answer is off the scale, naming it
   */
  public CesAccumulator addAll(int... scores) {
    counts.addAll("ces score", Objects.requireNonNull(scores, "scores"));
    return this;
  }

  /**
   * Adds every answer tallied by another accumulator, which is left unchanged.
   *
   * @param other another accumulator
   * @return this accumulator
   */
  public CesAccumulator merge(CesAccumulator other) {
    counts.merge(other.counts);
    return this;
  }

  /**
   * Adds every answer of a tally.
   *
   * @param tally a tally
   * @return this accumulator
   */
  public CesAccumulator addAll(Ces tally) {
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
  public Ces snapshot() {
    return new Ces(counts.copy());
  }

  @Override
  public String toString() {
    return "CesAccumulator{n=" + counts.total + "}";
  }
}
