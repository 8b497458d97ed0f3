package org.cxkit.metrics.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract every mergeable figure of this module keeps: merging partial accumulators equals
 * accumulating the whole, order does not matter, empty input gives a defined (empty) result, and a
 * snapshot does not change when the accumulator goes on. Each figure's test extends it.
 *
 * @param <A> the accumulator
 * @param <R> the immutable result
 * @param <X> the item added
 */
abstract class MergeableContract<A, R, X> {

  abstract A create();

  abstract void add(A accumulator, X item);

  abstract A merge(A left, A right);

  abstract R snapshot(A accumulator);

  /** Items whose sums are exact in floating point, so that equality can be exact. */
  abstract X randomItem(SplittableRandom random);

  private List<X> items(long seed, int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<X> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(randomItem(rnd));
    }
    return list;
  }

  private R tally(List<X> items) {
    A acc = create();
    items.forEach(x -> add(acc, x));
    return snapshot(acc);
  }

  @Test
  void mergingPartsEqualsTheWhole() {
    qt().withExamples(60).forAll(longs().all(), integers().between(0, 80), integers().between(0, 80))
        .check((seed, n, k) -> {
          List<X> all = items(seed, n);
          int cut = Math.min(k, n);
          A left = create();
          A right = create();
          all.subList(0, cut).forEach(x -> add(left, x));
          all.subList(cut, n).forEach(x -> add(right, x));
          return snapshot(merge(left, right)).equals(tally(all));
        });
  }

  @Test
  void orderDoesNotMatter() {
    qt().withExamples(60).forAll(longs().all(), integers().between(0, 80)).check((seed, n) -> {
      List<X> all = items(seed, n);
      List<X> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, new Random(seed));
      R a = tally(all);
      R b = tally(shuffled);
      return a.equals(b) && a.hashCode() == b.hashCode();
    });
  }

  @Test
  void emptyInputIsDefinedAndMergesAsIdentity() {
    R empty = snapshot(create());
    assertEquals(empty, snapshot(merge(create(), create())));
    List<X> some = items(7, 10);
    assertEquals(tally(some), snapshot(merge(create(), accumulatorOf(some))));
    assertEquals(tally(some), snapshot(merge(accumulatorOf(some), create())));
  }

  @Test
  void aSnapshotDoesNotChangeWhenTheAccumulatorGoesOn() {
    A acc = accumulatorOf(items(11, 5));
    R before = snapshot(acc);
    R copy = snapshot(acc);
    add(acc, randomItem(new SplittableRandom(3)));
    assertEquals(copy, before);
    assertNotEquals(before, snapshot(acc));
  }

  private A accumulatorOf(List<X> items) {
    A acc = create();
    items.forEach(x -> add(acc, x));
    return acc;
  }
}
