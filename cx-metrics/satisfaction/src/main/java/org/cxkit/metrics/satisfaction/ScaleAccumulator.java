package org.cxkit.metrics.satisfaction;

import java.util.Objects;
import org.cxkit.core.result.Accumulator;

/**
 * The one implementation behind {@link CsatAccumulator} and {@link CesAccumulator}: a mutable tally of
 * answers per point of a scale. Memory is one {@code long} per point of the scale, whatever the
 * number of answers. Not thread-safe.
 *
 * @param <I> the responses the accumulator takes
 * @param <A> the accumulator type itself
 * @param <R> the tally its snapshots are
 */
abstract sealed class ScaleAccumulator<I, A extends ScaleAccumulator<I, A, R>, R extends ScaleTally<R>>
    implements Accumulator<I, A, R> permits CsatAccumulator, CesAccumulator {
  final ScoreCounts counts;
  private final String field;

  ScaleAccumulator(ScoreCounts counts, String field) {
    this.counts = counts;
    this.field = field;
  }

  /** Returns this accumulator as its own type. */
  abstract A self();

  /** Returns a tally of the accumulator's figure over counts it may keep. */
  abstract R tally(ScoreCounts counts);

  /**
   * Adds one answer.
   *
   * @param score the answer, on the scale
   * @return this accumulator
   * @throws IllegalArgumentException if the answer is off the scale, naming the range and the value
   *     (an {@link org.cxkit.core.result.InvalidValueException}); the accumulator is unchanged
   */
  public final A add(int score) {
    counts.add(field, score);
    return self();
  }

  /**
   * Adds an answer given {@code count} times, for tallies rolled up elsewhere (a database's
   * {@code GROUP BY score}, say).
   *
   * @param score the answer, on the scale
   * @param count how many times it was given, zero or more
   * @return this accumulator
   * @throws IllegalArgumentException if the answer is off the scale, the count negative, or the
   *     total count would exceed {@link Long#MAX_VALUE}; the accumulator is unchanged
   */
  public final A add(int score, long count) {
    counts.add(field, score, count);
    return self();
  }

  /**
   * Adds answers; if one is off the scale, none is added.
   *
   * @param scores the answers, each on the scale
   * @return this accumulator
   * @throws IllegalArgumentException if an answer is off the scale, naming it; the accumulator is
   *     unchanged
   */
  public final A addAll(int... scores) {
    counts.addAll(field, Objects.requireNonNull(scores, "scores"));
    return self();
  }

  /**
   * Adds every answer tallied by another accumulator, which is left unchanged.
   *
   * @param other an accumulator on the same scale
   * @return this accumulator
   * @throws IllegalArgumentException if the scales differ, or the total count would exceed
   *     {@link Long#MAX_VALUE}; the accumulator is unchanged
   */
  @Override
  public final A merge(A other) {
    counts.merge(other.counts);
    return self();
  }

  /**
   * Adds every answer of a tally.
   *
   * @param tally a tally on the same scale
   * @return this accumulator
   * @throws IllegalArgumentException if the scales differ, or the total count would exceed
   *     {@link Long#MAX_VALUE}; the accumulator is unchanged
   */
  public final A addAll(R tally) {
    counts.merge(tally.counts);
    return self();
  }

  /**
   * Returns how many answers were added so far, merged ones included.
   *
   * @return the count, zero or more
   */
  @Override
  public final long count() {
    return counts.total;
  }

  /**
   * Returns an immutable tally of the answers added so far; the accumulator stays usable.
   *
   * @return the tally
   */
  @Override
  public final R snapshot() {
    return tally(counts.copy());
  }

  /** Returns a form such as {@code CsatAccumulator{scale=1-5, n=3}}. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "{scale=" + counts.scale + ", n=" + counts.total + "}";
  }
}
