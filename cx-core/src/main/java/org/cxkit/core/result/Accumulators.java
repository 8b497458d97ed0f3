package org.cxkit.core.result;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * Collectors over {@link Accumulator}s, so that every figure's {@code toX(..)} collector is one
 * line and behaves alike on sequential and parallel streams. Stateless and thread-safe.
 */
public final class Accumulators {
  private Accumulators() {}

  /**
   * Returns a collector that adds each item to a fresh accumulator, merges the accumulators of
   * parallel parts and finishes with a snapshot. It is {@link Collector.Characteristics#UNORDERED
   * unordered}, since a figure does not depend on the order of its items.
   *
   * @param supplier makes a fresh, empty accumulator with the figure's settings
   * @param <T> the items
   * @param <A> the accumulator
   * @param <R> the figure
   * @return the collector
   */
  public static <T, A extends Accumulator<T, A, R>, R> Collector<T, A, R> collector(Supplier<A> supplier) {
    return collector(supplier, Accumulator::add);
  }

  /**
   * Returns a collector that adds each item to a fresh accumulator in a way of the caller's choosing
   * (such as {@code (a, r) -> a.add(r.score())}), merges the accumulators of parallel parts and
   * finishes with a snapshot.
   *
   * @param supplier makes a fresh, empty accumulator with the figure's settings
   * @param adder adds one stream element to an accumulator
   * @param <T> the stream elements
   * @param <A> the accumulator
   * @param <R> the figure
   * @return the collector
   */
  public static <T, A extends Accumulator<?, A, R>, R> Collector<T, A, R> collector(
      Supplier<A> supplier, BiConsumer<A, ? super T> adder) {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(adder, "adder");
    return Collector.of(supplier, adder::accept, Accumulator::merge, Accumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }
}
