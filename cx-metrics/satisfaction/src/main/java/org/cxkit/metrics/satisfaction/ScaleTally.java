package org.cxkit.metrics.satisfaction;

import java.util.Objects;
import java.util.SortedMap;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;

/**
 * The one implementation behind {@link Csat} and {@link Ces}: an immutable tally of answers per point
 * of a scale, with the figures both read the same way (counts, distribution, mean) and value
 * semantics. Each subclass adds its own reading of the boxes (satisfied, agreeing).
 *
 * @param <T> the tally type itself
 */
abstract sealed class ScaleTally<T extends ScaleTally<T>> permits Csat, Ces {
  final ScoreCounts counts;

  ScaleTally(ScoreCounts counts) {
    this.counts = counts;
  }

  /** Returns a tally of the subclass's type over counts this tally may keep as they are. */
  abstract T of(ScoreCounts counts);

  /**
   * Returns how many answers were tallied.
   *
   * @return the count, zero or more
   */
  public final long count() {
    return counts.total;
  }

  /**
   * Tells whether no answer was tallied.
   *
   * @return true if empty
   */
  public final boolean isEmpty() {
    return counts.total == 0;
  }

  /**
   * Returns how many times an answer was given.
   *
   * @param answer any whole number; answers off the scale were never counted
   * @return the count, zero or more
   */
  public final long count(int answer) {
    return counts.count(answer);
  }

  /**
   * Returns the distribution: each answer of the scale, in ascending order, with its count (zero
   * included).
   *
   * @return answer to count, unmodifiable
   */
  public final SortedMap<Integer, Long> distribution() {
    return counts.distribution();
  }

  /**
   * Returns the mean answer with its 95 % Student t interval, under {@link Confidence#DEFAULT}.
   *
   * @return the mean, on the scale
   * @throws IllegalStateException if the tally is empty
   */
  public final Estimate mean() {
    return mean(Confidence.DEFAULT);
  }

  /**
   * Returns the mean answer with its Student t interval {@code mean ± t(1 − α/2; n − 1) · s/√n} and
   * standard error {@code s/√n}, the interval limited to the scale's bounds (the mean cannot leave
   * them, so no coverage is lost). From a single answer there is no sample variance, and the interval
   * is the whole scale ({@link org.cxkit.core.result.IntervalMethod#WHOLE_RANGE}).
   *
   * @param confidence the confidence level and the minimum sample size
   * @return the mean, on the scale
   * @throws IllegalStateException if the tally is empty
   */
  public final Estimate mean(Confidence confidence) {
    return counts.mean("mean", confidence);
  }

  /**
   * Returns the tally of this one's answers and another's: the same as tallying both sets at once.
   *
   * @param other a tally on the same scale
   * @return the combined tally
   * @throws IllegalArgumentException if the scales differ, or the combined count would exceed
   *     {@link Long#MAX_VALUE}
   */
  public final T plus(T other) {
    Objects.requireNonNull(other, "other");
    ScoreCounts sum = counts.copy();
    sum.merge(other.counts);
    return of(sum);
  }

  /** Tallies are equal when they are of the same kind, on the same scale, with the same counts. */
  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && counts.equals(((ScaleTally<?>) o).counts);
  }

  @Override
  public final int hashCode() {
    return counts.hashCode();
  }

  /** Returns a form such as {@code Csat{scale=1-5, n=3, counts={4=2, 5=1}}}. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "{scale=" + counts.scale + ", n=" + counts.total + ", counts=" + counts + "}";
  }
}
