package org.cxkit.metrics.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collector;
import org.junit.jupiter.api.Test;

/**
 * The contract every mergeable figure of the module keeps, in the manner of Micrometer's
 * compatibility kit: for any items and any split, merging the parts' accumulators equals
 * accumulating the whole; the order of the items does not matter; the collector on a parallel stream
 * gives the same result; merging an empty accumulator changes nothing.
 *
 * @param <I> the items
 * @param <A> the accumulator
 * @param <R> the immutable result
 */
public abstract class MergeableContract<I, A, R> {

  /** For subclasses. */
  protected MergeableContract() {}

  /** Random valid items, reproducible from the seed. */
  protected abstract List<I> items(long seed, int size);

  protected abstract A newAccumulator();

  protected abstract void add(A accumulator, I item);

  protected abstract A merge(A into, A other);

  protected abstract R snapshot(A accumulator);

  protected abstract Collector<I, ?, R> collector();

  /** The smallest number of items for which a result is defined. */
  protected int minimumSize() {
    return 0;
  }

  private A accumulate(List<I> items) {
    A acc = newAccumulator();
    items.forEach(i -> add(acc, i));
    return acc;
  }

  @Test
  void mergingPartsEqualsTheWhole() {
    qt().withExamples(40).forAll(longs().all(), integers().between(minimumSize(), 300), integers().between(0, 300))
        .check((seed, size, cutAt) -> {
          List<I> items = items(seed, size);
          int cut = Math.min(cutAt, items.size());
          R whole = snapshot(accumulate(items));
          R merged = snapshot(merge(accumulate(items.subList(0, cut)), accumulate(items.subList(cut, items.size()))));
          return whole.equals(merged);
        });
  }

  @Test
  void orderDoesNotMatter() {
    qt().withExamples(30).forAll(longs().all(), integers().between(minimumSize(), 300)).check((seed, size) -> {
      List<I> items = items(seed, size);
      List<I> shuffled = new ArrayList<>(items);
      Collections.shuffle(shuffled, new Random(seed));
      return snapshot(accumulate(items)).equals(snapshot(accumulate(shuffled)));
    });
  }

  @Test
  void parallelCollectorEqualsTheLoop() {
    List<I> items = items(99, 5000);
    assertEquals(snapshot(accumulate(items)), items.parallelStream().collect(collector()));
  }

  @Test
  void mergingAnEmptyAccumulatorChangesNothing() {
    List<I> items = items(5, Math.max(minimumSize(), 50));
    assertEquals(snapshot(accumulate(items)), snapshot(merge(accumulate(items), newAccumulator())));
  }
}
