package org.cxkit.metrics.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collector;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract every mergeable figure of the module keeps, in the manner of Micrometer's compatibility
 * kit: tallying parts and merging equals tallying the whole, the order of the items does not matter,
 * the collector (sequential or parallel) equals the accumulator, and an empty tally is well defined.
 *
 * @param <T> the items
 * @param <A> the accumulator
 * @param <R> the immutable result
 */
public abstract class MergeableContract<T, A, R> {

  /** For subclasses. */
  protected MergeableContract() {}

  /** Generates valid items. */
  protected abstract Gen<T> items();

  /** Returns a fresh, empty accumulator. */
  protected abstract A newAccumulator();

  /** Adds an item. */
  protected abstract void add(A accumulator, T item);

  /** Merges {@code other} into {@code accumulator}. */
  protected abstract void merge(A accumulator, A other);

  /** Takes an immutable snapshot. */
  protected abstract R snapshot(A accumulator);

  /** Returns the figure's collector. */
  protected abstract Collector<T, ?, R> collector();

  /** Checks what the empty result gives (an explicit empty value, or an IllegalStateException). */
  protected abstract void checkEmpty(R empty);

  private R tally(List<T> items) {
    A accumulator = newAccumulator();
    items.forEach(item -> add(accumulator, item));
    return snapshot(accumulator);
  }

  @Test
  void mergingPartsEqualsTallyingTheWhole() {
    qt().forAll(lists().of(items()).ofSizeBetween(0, 120), integers().between(0, 120)).check((items, cut) -> {
      int split = Math.min(cut, items.size());
      A left = newAccumulator();
      A right = newAccumulator();
      items.subList(0, split).forEach(item -> add(left, item));
      items.subList(split, items.size()).forEach(item -> add(right, item));
      merge(left, right);
      return snapshot(left).equals(tally(items));
    });
  }

  @Test
  void orderDoesNotMatter() {
    qt().forAll(lists().of(items()).ofSizeBetween(0, 120), integers().all()).check((items, seed) -> {
      List<T> shuffled = new ArrayList<>(items);
      Collections.shuffle(shuffled, new Random(seed));
      return tally(shuffled).equals(tally(items));
    });
  }

  @Test
  void mergingLeavesTheOtherUnchangedAndEmptyIsNeutral() {
    qt().forAll(lists().of(items()).ofSizeBetween(0, 60)).check(items -> {
      A other = newAccumulator();
      items.forEach(item -> add(other, item));
      R before = snapshot(other);
      A empty = newAccumulator();
      merge(empty, other);
      A self = newAccumulator();
      items.forEach(item -> add(self, item));
      merge(self, newAccumulator());
      return snapshot(other).equals(before) && snapshot(empty).equals(before) && snapshot(self).equals(before);
    });
  }

  @Test
  void collectorEqualsTheAccumulatorSequentialAndParallel() {
    qt().forAll(lists().of(items()).ofSizeBetween(0, 300)).check(items -> {
      R expected = tally(items);
      return items.stream().collect(collector()).equals(expected)
          && items.parallelStream().collect(collector()).equals(expected);
    });
  }

  @Test
  void emptyIsWellDefined() {
    R empty = snapshot(newAccumulator());
    assertEquals(empty, List.<T>of().stream().collect(collector()));
    checkEmpty(empty);
  }
}
