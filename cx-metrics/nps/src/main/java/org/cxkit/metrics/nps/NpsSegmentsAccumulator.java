package org.cxkit.metrics.nps;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A mutable tally of Net Promoter answers per segment, read with {@link #snapshot()}: the
 * accumulator beside {@link NpsSegments}. A segment is any key the caller chooses: a channel, a team,
 * a journey stage, a survey kind, a period, or a key of their own.
 *
 * <p>Counts are whole numbers, so merging is exact and order-independent.
 * {@link NpsSegments#accumulator()}, {@link #add(Object, int)} and
 * {@link #merge(NpsSegmentsAccumulator)} are a valid supplier, accumulator and combiner for a
 * parallel stream, and {@link NpsSegments#toSegments(java.util.function.Function)} is the matching
 * collector.
 *
 * <p>Not thread-safe: confine an instance to one thread, or merge per-thread instances.
 *
 * @param <K> the type of the segment keys, with consistent {@code equals} and {@code hashCode}
 */
public final class NpsSegmentsAccumulator<K> {
  private final Map<K, NpsAccumulator> segments = new LinkedHashMap<>();

  /** Creates an empty accumulator; users call {@link NpsSegments#accumulator()}. */
  NpsSegmentsAccumulator() {}

  /**
   * Adds one answer to a segment.
   *
   * @param key the segment
   * @param score the answer, from 0 to 10
   * @throws IllegalArgumentException if the answer is not from 0 to 10; the segment is then left unchanged
   */
  public void add(K key, int score) {
    Objects.requireNonNull(key, "key");
    NpsAccumulator accumulator = segments.get(key);
    if (accumulator == null) {
      NpsCategory.of(score);
      accumulator = new NpsAccumulator();
      segments.put(key, accumulator);
    }
    accumulator.add(score);
  }

  /**
   * Adds a tally to a segment.
   *
   * @param key the segment
   * @param tally the tally
   */
  public void addAll(K key, NpsTally tally) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(tally, "tally");
    if (tally.isEmpty()) {
      return; // a segment exists only where an answer fell, so that merged parts equal the whole
    }
    segments.computeIfAbsent(key, k -> new NpsAccumulator()).addAll(tally);
  }

  /**
   * Adds every segment of another accumulator, which is left unchanged.
   *
   * @param other the other accumulator
   * @return this accumulator
   */
  public NpsSegmentsAccumulator<K> merge(NpsSegmentsAccumulator<K> other) {
    other.segments.forEach((k, a) -> segments.computeIfAbsent(k, x -> new NpsAccumulator()).merge(a));
    return this;
  }

  /**
   * Returns the tallies of the answers added so far; the accumulator may go on.
   *
   * @return the segments, in the order their first answer was added
   */
  public NpsSegments<K> snapshot() {
    Map<K, NpsTally> tallies = new LinkedHashMap<>();
    segments.forEach((k, a) -> tallies.put(k, a.snapshot()));
    return NpsSegments.of(tallies);
  }
}
