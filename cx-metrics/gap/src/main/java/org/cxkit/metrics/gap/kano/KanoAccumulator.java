package org.cxkit.metrics.gap.kano;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;

/**
 * A mutable tally of one feature's Kano categories, giving a {@link KanoTally} on
 * {@link #snapshot()}. {@link #add}, {@link #merge(KanoAccumulator)} and {@link #addAll(KanoTally)}
 * share one merge path, so the accumulator is a valid combiner for {@code Stream.collect} and
 * {@link KanoTally#toKanoTally()}; group by feature with {@code Collectors.groupingBy(feature,
 * KanoTally.toKanoTally())}.
 *
 * <p>Not thread-safe: confine each instance to one thread, as a collector does.
 */
public final class KanoAccumulator implements Accumulator<KanoCategory, KanoAccumulator, KanoTally> {
  private final long[] counts = new long[KanoCategory.values().length];
  private long count;

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
   * @return this accumulator
   * @throws IllegalArgumentException if the count would overflow; nothing is added
   */
  @Override
  public KanoAccumulator add(KanoCategory category) {
    int i = Objects.requireNonNull(category, "category").ordinal();
    count = Checks.addExact("count", count, 1);
    counts[i]++;
    return this;
  }

  /**
   * Adds one respondent's answer pair, evaluated by the Kano table.
   *
   * @param functional the answer about having the feature
   * @param dysfunctional the answer about not having it
   * @return this accumulator
   * @throws IllegalArgumentException if the count would overflow; nothing is added
   */
  public KanoAccumulator add(KanoAnswer functional, KanoAnswer dysfunctional) {
    return add(KanoCategory.of(functional, dysfunctional));
  }

  /**
   * Adds everything another accumulator holds; the other is unchanged.
   *
   * @param other the other accumulator
   * @return this accumulator
   * @throws IllegalArgumentException if the count would overflow; nothing is added
   */
  @Override
  public KanoAccumulator merge(KanoAccumulator other) {
    return merge(other.counts, other.count);
  }

  /**
   * Adds everything a tally holds.
   *
   * @param tally the tally
   * @return this accumulator
   * @throws IllegalArgumentException if the count would overflow; nothing is added
   */
  public KanoAccumulator addAll(KanoTally tally) {
    return merge(tally.rawCounts(), tally.count());
  }

  private KanoAccumulator merge(long[] other, long otherCount) {
    // The total bounds every category's count, so checking it checks them all.
    count = Checks.addExact("count", count, otherCount);
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other[i];
    }
    return this;
  }

  /**
   * Returns how many respondents were added.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns an immutable tally of what was added so far.
   *
   * @return the tally
   */
  @Override
  public KanoTally snapshot() {
    return new KanoTally(counts.clone(), count);
  }
}
