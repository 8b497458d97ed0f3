package org.cxkit.core.result;

/**
 * The one contract of every mergeable cx figure: a mutable accumulator that items are
 * {@linkplain #add added} to, that {@linkplain #merge merges} with another of its kind, and whose
 * {@linkplain #snapshot() snapshot} is the immutable figure, as Guava's {@code StatsAccumulator} is
 * beside {@code Stats}.
 *
 * <p>Every implementation keeps these laws, which the {@code cx-testkit} module checks for any
 * figure, a user's own included:
 * <ul>
 *   <li>merging the accumulators of two parts of the items equals accumulating all of them, for any
 *       split; merge is commutative and associative, and the order of the items does not matter;
 *   <li>a fresh accumulator is the identity of merge, and its snapshot is the figure's documented
 *       empty value (or throws {@link IllegalStateException} where the figure documents none);
 *   <li>a snapshot is a value: taking one changes nothing, and later adds do not change it.
 * </ul>
 * So {@code supplier}, {@link #add} and {@link #merge} are a valid supplier, accumulator and combiner
 * for {@link java.util.stream.Stream#collect} on parallel streams and for any distributed reduce;
 * {@link Accumulators#collector} makes the {@link java.util.stream.Collector}.
 *
 * <p>A bad item raises {@link InvalidValueException} and leaves the accumulator unchanged; bulk
 * operations beside the accumulators set such items aside instead.
 *
 * <p>Accumulators are not thread-safe: confine one to a thread, or merge per-thread instances.
 *
 * @param <T> the items added
 * @param <A> the accumulator itself, as returned by {@link #add} and {@link #merge}
 * @param <R> the immutable figure
 */
public interface Accumulator<T, A extends Accumulator<T, A, R>, R> {

  /**
   * Adds one item.
   *
   * @param item the item
   * @return this accumulator
   * @throws InvalidValueException if the item is not valid for the figure; the accumulator is unchanged
   */
  A add(T item);

  /**
   * Adds everything another accumulator holds; the other is left unchanged.
   *
   * @param other an accumulator with the same settings
   * @return this accumulator
   * @throws IllegalArgumentException if the settings differ (another scale, period or currency)
   */
  A merge(A other);

  /**
   * Returns the figure of everything added so far; the accumulator may go on.
   *
   * @return the immutable figure
   */
  R snapshot();

  /**
   * Returns how many items were added, merged ones included.
   *
   * @return the count, zero or more
   */
  long count();
}
