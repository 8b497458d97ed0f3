package org.cxkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.Accumulators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract every mergeable cx figure keeps, published in the manner of Micrometer's
 * compatibility kit so that a figure of your own can be checked as cx checks its own: extend this
 * class in a test, bind it to your {@link Accumulator}, and inherit every check.
 *
 * <pre>{@code
 * class MyFigureContractTest extends AccumulatorContract<Order, MyAccumulator, MyFigure> {
 *   protected MyAccumulator newAccumulator() { return MyFigure.accumulator(); }
 *   protected Gen<Order> items() { return ...; }
 *   protected MyFigure expectedEmpty() { return MyFigure.empty(); }
 * }
 * }</pre>
 *
 * <p>A mergeable figure is an immutable result type {@code R} with an {@link Accumulator} {@code A}
 * ({@code add(item)}, {@code merge(other)} returning {@code this}, {@code snapshot()},
 * {@code count()}) and a {@link Collector}. For any items, the contract is:
 * <ul>
 *   <li>merging the accumulators of two parts equals accumulating the whole, for any split;
 *   <li>merge is commutative and associative;
 *   <li>the order of the items does not matter;
 *   <li>merging an empty accumulator, on either side, is the identity, and merge leaves its
 *       argument unchanged and returns the accumulator merged into;
 *   <li>a snapshot is a value: taking it does not change the accumulator, and later adds do not
 *       change it;
 *   <li>the empty input is defined: a fresh accumulator's snapshot and the collector over no items
 *       both equal {@link #expectedEmpty() the documented empty value} (or both throw
 *       {@link IllegalStateException} where the figure documents that no input has no value);
 *   <li>the collector gives the same result as the accumulator, sequentially and in parallel;
 *   <li>{@code count()} is the number of items added, merged ones included.
 * </ul>
 *
 * <p>Results are compared with {@link #equivalent(Object, Object)}: by default {@code equals} and
 * equal hash codes. Items should be chosen so that sums are exact in floating point; a figure whose
 * results agree only to rounding overrides the equivalence instead.
 *
 * <p>Add {@code org.cxkit:cx-testkit} at test scope; it brings JUnit Jupiter and QuickTheories.
 *
 * @param <X> the items added
 * @param <A> the accumulator, mutable
 * @param <R> the immutable result
 */
public abstract class AccumulatorContract<X, A extends Accumulator<X, A, R>, R> {

  /** For subclasses. */
  protected AccumulatorContract() {}

  /**
   * Returns a fresh, empty accumulator; every call a new one with the same settings.
   *
   * @return a new accumulator
   */
  protected abstract A newAccumulator();


  /**
   * Generates single valid items; {@link #itemLists(int, int)} draws lists of them.
   *
   * @return the generator of items
   */
  protected abstract Gen<X> items();

  /**
   * Generates lists of valid items. The default draws each item independently from
   * {@link #items()}; figures whose items must be drawn together (distinct identifiers, one
   * subscription per customer) override it.
   *
   * @param minSize the fewest items, 0 or more
   * @param maxSize the most items, at least {@code minSize}
   * @return the generator of lists, each with a size from {@code minSize} to {@code maxSize}
   */
  protected Gen<List<X>> itemLists(int minSize, int maxSize) {
    return lists().of(items()).ofSizeBetween(minSize, maxSize);
  }

  /**
   * Returns the figure's collector, with the same settings as {@link #newAccumulator()}. The default
   * is {@link Accumulators#collector(java.util.function.Supplier)} over {@link #newAccumulator()}; a
   * figure with a collector of its own (such as {@code NpsTally.toTally()}) returns that one.
   *
   * @return the collector
   */
  protected Collector<X, ?, R> collector() {
    return Accumulators.collector(this::newAccumulator);
  }

  /**
   * Returns the documented value of the figure over no items, built from its public factories
   * where it has one (such as {@code NpsTally.empty()}); a figure without one returns its bulk or
   * collector result over no items and says in {@link #checkEmpty(Object)} what that value holds.
   * Returns {@code null} only if the figure documents that no input has no value: a fresh
   * accumulator's snapshot and the collector over no items must then throw
   * {@link IllegalStateException}, and every check uses at least one item.
   *
   * @return the empty value, or {@code null} if the empty input is documented to have none
   */
  protected abstract R expectedEmpty();

  /**
   * Checks what the empty result gives (counts of zero, figures that throw
   * {@link IllegalStateException}); called only when {@link #expectedEmpty()} is not null. The
   * default checks nothing more.
   *
   * @param empty the snapshot of a fresh accumulator
   */
  protected void checkEmpty(R empty) {}

  /**
   * Whether two results agree. The default requires {@code equals} and equal hash codes; a figure
   * whose results agree only to rounding overrides it.
   *
   * @param expected the expected result
   * @param actual the actual result
   * @return true if they agree
   */
  protected boolean equivalent(R expected, R actual) {
    return expected.equals(actual) && expected.hashCode() == actual.hashCode();
  }

  /**
   * Whether adding any valid item changes the result; true by default. A figure that accepts items
   * it does not count (a subscription outside the period) returns false.
   *
   * @return true if every item added shows in the snapshot
   */
  protected boolean everyItemCounts() {
    return true;
  }

  /**
   * The number of examples each property tries; QuickTheories' default of 1,000 unless a figure
   * with costly items lowers it.
   *
   * @return the number of examples, at least 1
   */
  protected int examples() {
    return 1000;
  }

  /**
   * The largest number of items the properties draw at once (the large parallel check excepted); the
   * merge properties split one such list into parts, so that items drawn together stay together.
   *
   * @return the largest size, 1 or more; 200 by default
   */
  protected int maxSize() {
    return 200;
  }

  private int minSize() {
    return expectedEmpty() == null ? 1 : 0;
  }

  private A accumulate(List<X> items) {
    A accumulator = newAccumulator();
    items.forEach(accumulator::add);
    return accumulator;
  }

  private static <X, A extends Accumulator<X, A, R>, R> A merge(A into, A other) {
    return into.merge(other);
  }

  private static <A extends Accumulator<?, A, R>, R> R snapshot(A accumulator) {
    return accumulator.snapshot();
  }

  private R tally(List<X> items) {
    return snapshot(accumulate(items));
  }

  private void assertEquivalent(R expected, R actual) {
    if (!equivalent(expected, actual)) {
      assertEquals(expected, actual);
      assertEquals(expected.hashCode(), actual.hashCode(), "hash codes of equal results");
      throw new AssertionError("Not equivalent: expected " + expected + " but was " + actual);
    }
  }

  @Test
  void mergingTwoPartsEqualsTheWhole() {
    qt().withExamples(examples()).forAll(itemLists(minSize(), maxSize()), integers().between(0, maxSize()))
        .check((items, cut) -> {
          int k = Math.min(cut, items.size());
          A merged = merge(accumulate(items.subList(0, k)), accumulate(items.subList(k, items.size())));
          return equivalent(tally(items), snapshot(merged));
        });
  }

  @Test
  void mergeIsCommutative() {
    qt().withExamples(examples()).forAll(itemLists(minSize(), maxSize()), integers().between(0, maxSize()))
        .check((items, cut) -> {
          int k = Math.min(cut, items.size());
          List<X> xs = items.subList(0, k);
          List<X> ys = items.subList(k, items.size());
          return equivalent(snapshot(merge(accumulate(xs), accumulate(ys))),
              snapshot(merge(accumulate(ys), accumulate(xs))));
        });
  }

  @Test
  void mergeIsAssociative() {
    qt().withExamples(examples())
        .forAll(itemLists(minSize(), maxSize()), integers().between(0, maxSize()), integers().between(0, maxSize()))
        .check((items, i, j) -> {
          int lo = Math.min(Math.min(i, j), items.size());
          int hi = Math.min(Math.max(i, j), items.size());
          List<X> xs = items.subList(0, lo);
          List<X> ys = items.subList(lo, hi);
          List<X> zs = items.subList(hi, items.size());
          R leftFirst = snapshot(merge(merge(accumulate(xs), accumulate(ys)), accumulate(zs))); // (x + y) + z
          R rightFirst = snapshot(merge(accumulate(xs), merge(accumulate(ys), accumulate(zs)))); // x + (y + z)
          R rotated = snapshot(merge(merge(accumulate(ys), accumulate(zs)), accumulate(xs))); // (y + z) + x
          return equivalent(leftFirst, rightFirst) && equivalent(leftFirst, rotated);
        });
  }

  @Test
  void orderDoesNotMatter() {
    qt().withExamples(examples()).forAll(itemLists(minSize(), maxSize()), integers().all())
        .check((items, seed) -> {
          List<X> shuffled = new ArrayList<>(items);
          Collections.shuffle(shuffled, new Random(seed));
          return equivalent(tally(items), tally(shuffled));
        });
  }

  @Test
  void mergingAnEmptyAccumulatorIsTheIdentity() {
    if (expectedEmpty() != null) {
      assertEquivalent(expectedEmpty(), snapshot(merge(newAccumulator(), newAccumulator())));
    }
    qt().withExamples(examples()).forAll(itemLists(minSize(), maxSize())).check(items -> {
      R whole = tally(items);
      return equivalent(whole, snapshot(merge(accumulate(items), newAccumulator())))
          && equivalent(whole, snapshot(merge(newAccumulator(), accumulate(items))));
    });
  }

  @Test
  void mergingLeavesTheOtherAccumulatorUnchanged() {
    qt().withExamples(examples()).forAll(itemLists(minSize(), maxSize()), integers().between(0, maxSize()))
        .check((items, cut) -> {
          int k = Math.min(cut, items.size() - minSize());
          List<X> ys = items.subList(k, items.size());
          A other = accumulate(ys);
          merge(accumulate(items.subList(0, k)), other);
          merge(newAccumulator(), other);
          return equivalent(tally(ys), snapshot(other));
        });
  }

  @Test
  void mergeReturnsTheAccumulatorMergedInto() {
    A into = newAccumulator();
    assertSame(into, merge(into, newAccumulator()));
  }

  @Test
  void aSnapshotNeitherChangesTheAccumulatorNorFollowsIt() {
    // The first items are at least the fewest with a defined result; one more is added afterwards.
    qt().withExamples(examples()).forAll(itemLists(minSize() + 1, maxSize())).check(items -> {
      List<X> first = items.subList(0, items.size() - 1);
      A accumulator = accumulate(first);
      R before = snapshot(accumulator);
      R again = snapshot(accumulator);
      accumulator.add(items.get(items.size() - 1));
      R after = snapshot(accumulator);
      R expectedBefore = tally(first);
      return equivalent(expectedBefore, before) && equivalent(expectedBefore, again)
          && equivalent(tally(items), after) && (!everyItemCounts() || !equivalent(before, after));
    });
  }

  @Test
  void theEmptyInputIsDefined() {
    R expected = expectedEmpty();
    if (expected == null) {
      assertThrows(IllegalStateException.class, () -> snapshot(newAccumulator()));
      assertThrows(IllegalStateException.class, () -> Stream.<X>empty().collect(collector()));
      return;
    }
    R empty = snapshot(newAccumulator());
    assertEquivalent(expected, empty);
    assertEquivalent(expected, List.<X>of().stream().collect(collector()));
    assertEquivalent(expected, List.<X>of().parallelStream().collect(collector()));
    checkEmpty(empty);
  }

  @Test
  void collectorEqualsTheAccumulatorSequentialAndParallel() {
    qt().withExamples(examples()).forAll(itemLists(minSize(), Math.max(300, maxSize()))).check(items -> {
      R expected = tally(items);
      return equivalent(expected, items.stream().collect(collector()))
          && equivalent(expected, items.parallelStream().collect(collector()));
    });
  }

  @Test
  void countIsTheNumberOfItemsAddedAndMerged() {
    assertEquals(0, newAccumulator().count());
    qt().withExamples(examples()).forAll(itemLists(minSize(), maxSize()), integers().between(0, maxSize()))
        .check((items, cut) -> {
          int k = Math.min(cut, items.size());
          A whole = accumulate(items);
          A merged = merge(accumulate(items.subList(0, k)), accumulate(items.subList(k, items.size())));
          return whole.count() == items.size() && merged.count() == items.size();
        });
  }

  @Test
  void collectorOnALargeParallelStreamEqualsTheLoop() {
    qt().withExamples(30).forAll(itemLists(minSize(), 5000)).check(items -> {
      R expected = tally(items);
      return equivalent(expected, items.parallelStream().collect(collector()))
          && equivalent(expected, items.stream().collect(collector()));
    });
  }
}
