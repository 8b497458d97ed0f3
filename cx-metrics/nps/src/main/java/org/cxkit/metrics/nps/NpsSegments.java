package org.cxkit.metrics.nps;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;
import org.cxkit.core.feedback.NpsResponse;

/**
 * Net Promoter tallies by segment: any key the caller chooses (channel, team, journey stage,
 * touchpoint kind, relationship vs transactional survey, or their own).
 *
 * <p>Segments are rolled up from counts: the {@linkplain #total() total} is the tally of all answers
 * pooled, so its score is the score of the pooled responses, never an average of segment scores
 * (which would weigh a segment of 3 answers like one of 3,000).
 *
 * <p>Segments keep the order in which they were first seen; {@link #equals(Object)} ignores order.
 * A segment key is present only if at least one answer fell in it, except for segments given
 * explicitly to {@link #of(Map)} with an empty tally.
 *
 * <p>This class is immutable and thread-safe if the keys are; instances compare by value.
 *
 * @param <K> the type of the segment keys
 */
public final class NpsSegments<K> {
  private final Map<K, NpsTally> tallies;
  private final NpsTally total;

  private NpsSegments(Map<K, NpsTally> tallies) {
    this.tallies = tallies;
    NpsAccumulator all = new NpsAccumulator();
    tallies.values().forEach(all::addAll);
    this.total = all.snapshot();
  }

  /**
   * Obtains segments from their tallies.
   *
   * @param tallies each segment's tally
   * @param <K> the type of the segment keys
   * @return the segments, in the map's iteration order
   */
  public static <K> NpsSegments<K> of(Map<? extends K, NpsTally> tallies) {
    Map<K, NpsTally> copy = new LinkedHashMap<>();
    Objects.requireNonNull(tallies, "tallies").forEach((k, t) ->
        copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(t, "tally")));
    return new NpsSegments<>(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns an empty accumulator, to tally answers per segment one at a time.
   *
   * @param <K> the type of the segment keys
   * @return a new accumulator
   */
  public static <K> NpsSegmentsAccumulator<K> accumulator() {
    return new NpsSegmentsAccumulator<>();
  }

  /**
   * Returns a collector that tallies responses by a key, sequentially or in parallel.
   *
   * @param key the segment of a response, such as {@code r -> r.channel().orElse(UNKNOWN)}
   * @param <K> the type of the segment keys
   * @return the collector
   */
  public static <K> Collector<NpsResponse, NpsSegmentsAccumulator<K>, NpsSegments<K>> toSegments(
      Function<? super NpsResponse, ? extends K> key) {
    return toSegments(key, NpsResponse::score);
  }

  /**
   * Returns a collector that tallies elements' scores by a key, sequentially or in parallel.
   *
   * @param key the segment of an element
   * @param score the score of an element, from 0 to 10
   * @param <T> the type of the elements
   * @param <K> the type of the segment keys
   * @return the collector
   * @throws IllegalArgumentException from the collector, if a score is not from 0 to 10
   */
  public static <T, K> Collector<T, NpsSegmentsAccumulator<K>, NpsSegments<K>> toSegments(
      Function<? super T, ? extends K> key, ToIntFunction<? super T> score) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(score, "score");
    return Collector.of(NpsSegmentsAccumulator::new,
        (a, t) -> a.add(key.apply(t), score.applyAsInt(t)),
        NpsSegmentsAccumulator::merge, NpsSegmentsAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns each segment's tally.
   *
   * @return an unmodifiable map from segment to tally, in first-seen order
   */
  public Map<K, NpsTally> tallies() {
    return tallies;
  }

  /**
   * Returns a segment's tally.
   *
   * @param key the segment
   * @return its tally, empty if no answer fell in it
   */
  public NpsTally tally(K key) {
    return tallies.getOrDefault(Objects.requireNonNull(key, "key"), NpsTally.empty());
  }

  /**
   * Returns the tally of all answers pooled: the sum of the segments' counts.
   *
   * @return the pooled tally
   */
  public NpsTally total() {
    return total;
  }

  /**
   * Reports each non-empty segment's score under a policy.
   *
   * @param policy the confidence level, interval method and minimum sample size
   * @return an unmodifiable map from segment to estimate, in first-seen order; empty segments are left out
   */
  public Map<K, NpsEstimate> estimates(NpsPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Map<K, NpsEstimate> estimates = new LinkedHashMap<>();
    tallies.forEach((k, t) -> {
      if (!t.isEmpty()) {
        estimates.put(k, t.estimate(policy));
      }
    });
    return Collections.unmodifiableMap(estimates);
  }

  /**
   * Returns the segments of both, with the tallies of shared keys added.
   *
   * @param other the other segments
   * @return the merged segments
   */
  public NpsSegments<K> plus(NpsSegments<K> other) {
    Map<K, NpsTally> merged = new LinkedHashMap<>(tallies);
    other.tallies.forEach((k, t) -> merged.merge(k, t, NpsTally::plus));
    return new NpsSegments<>(Collections.unmodifiableMap(merged));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpsSegments<?> s && tallies.equals(s.tallies);
  }

  @Override
  public int hashCode() {
    return tallies.hashCode();
  }

  @Override
  public String toString() {
    return "NpsSegments{total=" + total + ", segments=" + tallies + "}";
  }
}
