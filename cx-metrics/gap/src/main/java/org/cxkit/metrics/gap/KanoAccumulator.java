package org.cxkit.metrics.gap;

/**
 * A mutable tally of one feature's Kano categories, giving a {@link KanoTally} on
 * {@link #snapshot()}. {@link #add}, {@link #merge(KanoAccumulator)} and {@link #addAll(KanoTally)}
 * share one merge path, so the accumulator is a valid combiner for {@code Stream.collect} and
 * {@link KanoTally#toKanoTally()}; group by feature with {@code Collectors.groupingBy(feature,
 * KanoTally.toKanoTally())}.
 *
 * <p>Not thread-safe: confine each instance to one thread, as a collector does.
 */
public final class KanoAccumulator {
  private final long[] counts = new long[KanoCategory.values().length];

  private KanoAccumulator() {}

  /**
   * Creates an empty accumulator.
   *
   * @return the accumulator
   */
  static KanoAccumulator create() {
    return new KanoAccumulator();
  }

  /**
   * Adds one respondent's category.
   *
   * @param category the category
   */
  public void add(KanoCategory category) {
    counts[category.ordinal()]++;
  }

  /**
   * Adds one respondent's answer pair, evaluated by the Kano table.
   *
   * @param functional the answer about having the feature
   * @param dysfunctional the answer about not having it
   */
  public void add(KanoAnswer functional, KanoAnswer dysfunctional) {
    add(KanoCategory.of(functional, dysfunctional));
  }

  /**
   * Adds everything another accumulator holds.
   *
   * @param other the other accumulator
   * @return this accumulator
   */
  public KanoAccumulator merge(KanoAccumulator other) {
    return merge(other.counts);
  }

  /**
   * Adds everything a tally holds.
   *
   * @param tally the tally
   * @return this accumulator
   */
  public KanoAccumulator addAll(KanoTally tally) {
    return merge(tally.rawCounts());
  }

  private KanoAccumulator merge(long[] other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other[i];
    }
    return this;
  }

  /**
   * Returns an immutable tally of what was added so far.
   *
   * @return the tally
   */
  public KanoTally snapshot() {
    return new KanoTally(counts.clone());
  }
}
