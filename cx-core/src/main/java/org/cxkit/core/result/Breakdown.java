package org.cxkit.core.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * A figure per segment, such as CSAT per channel, per team, per agent or per
 * {@linkplain org.cxkit.core.time.CalendarPeriod calendar period},
 * with the total rolled up from the same partial tallies rather than recomputed from the raw data, so
 * that the total is exactly the merge of its segments.
 *
 * <pre>{@code
 * Breakdown<Channel, Csat> byChannel = responses.stream().collect(
 *     Breakdown.by(r -> r.channel().orElse(Channel.of("unknown")), Csat.toCsat(Scale.ONE_TO_FIVE)));
 * Breakdown<CalendarPeriod, Csat> byMonth = responses.stream().collect(Breakdown.sortedBy(
 *     r -> CalendarPeriod.containing(r.answeredAt(), zone, CalendarUnit.MONTH), Csat.toCsat(Scale.ONE_TO_FIVE)));
 * }</pre>
 *
 * <p>Only segments that received an item appear. This class is immutable and thread-safe if the keys
 * and figures are.
 *
 * @param <K> the segment key
 * @param <R> the figure
 */
public final class Breakdown<K, R> {
  private final Map<K, R> segments;
  private final R total;

  private Breakdown(Map<K, R> segments, R total) {
    this.segments = segments;
    this.total = total;
  }

  /**
   * Returns a collector that groups items by key, tallies each group with the downstream collector and
   * rolls the groups' accumulators up into the total with the downstream combiner. Segments are kept
   * in first-seen order (on a parallel stream, in no particular order).
   *
   * @param key the segment of an item, never null
   * @param downstream the mergeable figure's collector, such as {@code Csat.toCsat(scale)}, whose finisher
   *     returns a snapshot independent of the accumulator
   * @param <T> the items
   * @param <K> the segment key
   * @param <A> the downstream accumulator
   * @param <R> the figure
   * @return the collector
   */
  public static <T, K, A, R> Collector<T, ?, Breakdown<K, R>> by(
      Function<? super T, ? extends K> key, Collector<T, A, R> downstream) {
    return collector(key, downstream, LinkedHashMap::new);
  }

  /**
   * As {@link #by}, with the segments sorted by key, which suits periods.
   *
   * @param key the segment of an item, never null
   * @param downstream the mergeable figure's collector
   * @param <T> the items
   * @param <K> the segment key, comparable
   * @param <A> the downstream accumulator
   * @param <R> the figure
   * @return the collector
   */
  public static <T, K extends Comparable<? super K>, A, R> Collector<T, ?, Breakdown<K, R>> sortedBy(
      Function<? super T, ? extends K> key, Collector<T, A, R> downstream) {
    return collector(key, downstream, TreeMap::new);
  }

  private static <T, K, A, R> Collector<T, Map<K, A>, Breakdown<K, R>> collector(
      Function<? super T, ? extends K> key, Collector<T, A, R> downstream, Supplier<Map<K, R>> resultMap) {
    Objects.requireNonNull(key, "key");
    Supplier<A> supplier = downstream.supplier();
    BinaryOperator<A> combiner = downstream.combiner();
    BiConsumer<A, T> accumulator = downstream.accumulator();
    return Collector.of(
        LinkedHashMap::new,
        (groups, item) -> {
          K k = Objects.requireNonNull(key.apply(item), "key");
          A a = groups.get(k);
          if (a == null) {
            // A segment appears only once an item is in it: a rejected first item leaves no empty segment.
            a = supplier.get();
            accumulator.accept(a, item);
            groups.put(k, a);
          } else {
            accumulator.accept(a, item);
          }
        },
        (left, right) -> {
          right.forEach((k, a) -> left.merge(k, a, combiner));
          return left;
        },
        groups -> {
          Map<K, R> segments = resultMap.get();
          // Finish every segment before the roll-up, whose combiner may reuse the accumulators.
          groups.forEach((k, a) -> segments.put(k, downstream.finisher().apply(a)));
          A all = supplier.get();
          for (A a : groups.values()) {
            all = combiner.apply(all, a);
          }
          return new Breakdown<>(Collections.unmodifiableMap(segments), downstream.finisher().apply(all));
        });
  }

  /**
   * Returns the figure of each segment.
   *
   * @return segment to figure, unmodifiable
   */
  public Map<K, R> segments() {
    return segments;
  }

  /**
   * Returns the figure of every item together.
   *
   * @return the total
   */
  public R total() {
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Breakdown<?, ?> b && segments.equals(b.segments) && total.equals(b.total);
  }

  @Override
  public int hashCode() {
    return Objects.hash(segments, total);
  }

  @Override
  public String toString() {
    return "Breakdown{segments=" + segments + ", total=" + total + "}";
  }
}
