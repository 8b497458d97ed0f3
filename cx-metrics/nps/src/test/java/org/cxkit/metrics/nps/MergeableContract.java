package org.cxkit.metrics.nps;

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
 * The contract of every mergeable figure of the module, after Micrometer's compatibility kits:
 * tallying parts and merging them equals tallying the whole, whatever the split, the order of the
 * items or the grouping of the merges; the empty accumulator has a defined snapshot; the collector
 * gives the same result sequentially and in parallel. Subclasses bind it to one accumulator.
 *
 * @param <A> the accumulator type
 * @param <R> the immutable result type
 * @param <X> the type of the items added
 */
abstract class MergeableContract<A, R, X> {

  abstract A newAccumulator();

  abstract void add(A accumulator, X item);

  abstract void merge(A into, A other);

  abstract R snapshot(A accumulator);

  abstract Gen<X> items();

  abstract Collector<X, ?, R> collector();

  abstract R expectedEmpty();

  private R tally(List<X> items) {
    A a = newAccumulator();
    items.forEach(x -> add(a, x));
    return snapshot(a);
  }

  private Gen<List<X>> itemLists(int max) {
    return lists().of(items()).ofSizeBetween(0, max);
  }

  @Test
  void mergingTwoPartsEqualsTheWhole() {
    qt().forAll(itemLists(200), integers().between(0, 200))
        .check((items, cut) -> {
          int k = Math.min(cut, items.size());
          A left = newAccumulator();
          items.subList(0, k).forEach(x -> add(left, x));
          A right = newAccumulator();
          items.subList(k, items.size()).forEach(x -> add(right, x));
          merge(left, right);
          return snapshot(left).equals(tally(items));
        });
  }

  @Test
  void mergeIsCommutativeAndAssociative() {
    qt().forAll(itemLists(60), itemLists(60), itemLists(60))
        .check((xs, ys, zs) -> {
          A ab = newAccumulator();
          xs.forEach(x -> add(ab, x));
          A b = newAccumulator();
          ys.forEach(y -> add(b, y));
          merge(ab, b);
          A c = newAccumulator();
          zs.forEach(z -> add(c, z));
          merge(ab, c); // (x + y) + z

          A bc = newAccumulator();
          ys.forEach(y -> add(bc, y));
          A c2 = newAccumulator();
          zs.forEach(z -> add(c2, z));
          merge(bc, c2);
          A a = newAccumulator();
          xs.forEach(x -> add(a, x));
          merge(bc, a); // (y + z) + x
          return snapshot(ab).equals(snapshot(bc));
        });
  }

  @Test
  void orderDoesNotMatter() {
    qt().forAll(itemLists(200), integers().all())
        .check((items, seed) -> {
          List<X> shuffled = new ArrayList<>(items);
          Collections.shuffle(shuffled, new Random(seed));
          return tally(shuffled).equals(tally(items));
        });
  }

  @Test
  void mergingAnEmptyAccumulatorChangesNothing() {
    qt().forAll(itemLists(100))
        .check(items -> {
          A a = newAccumulator();
          items.forEach(x -> add(a, x));
          merge(a, newAccumulator());
          A e = newAccumulator();
          merge(e, a);
          return snapshot(a).equals(tally(items)) && snapshot(e).equals(tally(items));
        });
  }

  @Test
  void emptyAccumulatorHasADefinedSnapshot() {
    assertEquals(expectedEmpty(), snapshot(newAccumulator()));
    assertEquals(expectedEmpty(), List.<X>of().stream().collect(collector()));
  }

  @Test
  void parallelCollectionEqualsSequential() {
    qt().withExamples(30).forAll(itemLists(5_000))
        .check(items -> items.parallelStream().collect(collector()).equals(tally(items))
            && items.stream().collect(collector()).equals(tally(items)));
  }
}
