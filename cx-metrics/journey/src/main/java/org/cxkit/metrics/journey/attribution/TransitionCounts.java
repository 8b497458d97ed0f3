package org.cxkit.metrics.journey.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collector;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.Path;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.path.PathCounts;

/**
 * The transitions of journeys through a Markov chain of order {@code k}, counted: from the start to
 * each state, between states, and from each state to conversion or to null, with the value of the
 * conversions. Everything a Markov attribution needs, and mergeable: counts of parts of the journeys
 * add up to the counts of the whole.
 *
 * <p>The conventions are ChannelAttribution's {@code markov_model}. A state is a window of {@code k}
 * consecutive channels of a path (the whole path, if it has fewer than {@code k} steps); a path of
 * {@code L ≥ k} steps visits its {@code L − k + 1} windows in order. Consecutive identical states are
 * one state, so there are no self-loops ({@code a > a > b} at order 1 visits {@code a} then
 * {@code b}). Each journey goes from the start to its first state and, from its last, to conversion
 * if it converted or to null if it did not, the value of a conversion counted on its last state. An
 * aggregated row of {@code c} conversions and {@code m} nulls counts each of its transitions
 * {@code c + m} times.
 *
 * <p>Empty input: no journeys gives no states and counts of 0; a Markov attribution of it has no
 * credits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransitionCounts {

  /** The highest order supported. */
  public static final int MAX_ORDER = 4;

  final int order;
  final long journeys;
  final Path[] states;
  final long[] start;
  final int[][] targets;
  final long[][] counts;
  final long[] conversions;
  final long[] nulls;
  final double[] value;
  final List<String> channels;
  final int[][] statesOfChannel;
  private final long totalConversions;
  private final double totalValue;
  private volatile Map<Path, Integer> index;

  TransitionCounts(int order, long journeys, Path[] states, long[] start, int[][] targets, long[][] counts,
      long[] conversions, long[] nulls, double[] value) {
    this.order = order;
    this.journeys = journeys;
    this.states = states;
    this.start = start;
    this.targets = targets;
    this.counts = counts;
    this.conversions = conversions;
    this.nulls = nulls;
    this.value = value;
    SortedSet<String> labels = new TreeSet<>();
    for (Path p : states) {
      labels.addAll(p.steps());
    }
    this.channels = List.copyOf(labels);
    Map<String, Integer> channelIndex = new HashMap<>();
    for (int c = 0; c < channels.size(); c++) {
      channelIndex.put(channels.get(c), c);
    }
    List<List<Integer>> sets = new ArrayList<>();
    channels.forEach(c -> sets.add(new ArrayList<>()));
    for (int s = 0; s < states.length; s++) {
      for (String label : new TreeSet<>(states[s].steps())) {
        sets.get(channelIndex.get(label)).add(s);
      }
    }
    this.statesOfChannel = new int[channels.size()][];
    for (int c = 0; c < channels.size(); c++) {
      statesOfChannel[c] = sets.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
    long conv = 0;
    double val = 0;
    for (int s = 0; s < states.length; s++) {
      conv += conversions[s];
      val += value[s];
    }
    this.totalConversions = conv;
    this.totalValue = val;
  }

  /**
   * Returns the counts of no journeys.
   *
   * @param order the order, from 1 to {@value #MAX_ORDER}
   * @return the empty counts
   * @throws IllegalArgumentException if the order is out of range
   */
  public static TransitionCounts empty(int order) {
    return new TransitionCountsAccumulator(order).snapshot();
  }

  /**
   * Returns a new, empty accumulator.
   *
   * @param order the order: how many consecutive channels make a state, from 1 to {@value #MAX_ORDER}
   * @return the accumulator
   * @throws IllegalArgumentException if the order is out of range
   */
  public static TransitionCountsAccumulator accumulator(int order) {
    return new TransitionCountsAccumulator(order);
  }

  /**
   * Returns a collector of journey paths into their transition counts, for sequential and parallel
   * streams.
   *
   * @param order the order, from 1 to {@value #MAX_ORDER}
   * @return the collector
   * @throws IllegalArgumentException if the order is out of range
   */
  public static Collector<JourneyPath, TransitionCountsAccumulator, TransitionCounts> toTransitionCounts(int order) {
    Checks.inRange("order", order, 1, MAX_ORDER);
    return Accumulators.collector(() -> new TransitionCountsAccumulator(order));
  }

  /**
   * Counts the transitions of aggregated paths, such as ChannelAttribution's {@code PathData}.
   *
   * @param paths the paths with their conversions, value and nulls
   * @param order the order, from 1 to {@value #MAX_ORDER}
   * @return the transition counts
   * @throws IllegalArgumentException if the order is out of range or there are more than 65,535
   *     distinct labels
   */
  public static TransitionCounts of(PathCounts paths, int order) {
    TransitionCountsAccumulator accumulator = new TransitionCountsAccumulator(order);
    for (PathCount row : Objects.requireNonNull(paths, "paths").rows()) {
      accumulator.add(row);
    }
    return accumulator.snapshot();
  }

  /**
   * Returns the order of the chain.
   *
   * @return the number of consecutive channels in a state
   */
  public int order() {
    return order;
  }

  /**
   * Returns how many journeys were counted.
   *
   * @return the number of journeys
   */
  public long count() {
    return journeys;
  }

  /**
   * Returns how many of them converted.
   *
   * @return the conversions
   */
  public long conversions() {
    return totalConversions;
  }

  /**
   * Returns how many of them did not convert.
   *
   * @return the nulls
   */
  public long nulls() {
    return journeys - totalConversions;
  }

  /**
   * Returns the conversions' total value.
   *
   * @return the value, zero or more
   */
  public double value() {
    return totalValue;
  }

  /**
   * Returns the windows of channels that are states of the chain (the start, conversion and null
   * apart), in path order.
   *
   * @return the windows, unmodifiable
   */
  public List<Path> states() {
    return List.of(states);
  }

  /**
   * Returns the channels that appear in some state.
   *
   * @return the channels, in {@link String} order
   */
  public SortedSet<String> channels() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(channels));
  }

  /**
   * Returns how many journeys moved from one state to another.
   *
   * @param from the state moved from
   * @param to the state moved to
   * @return the count, 0 for states that are not in the chain or not connected
   */
  public long count(MarkovState from, MarkovState to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isWindow()) {
      int t = indexOf(to);
      return from.equals(MarkovState.START) && t >= 0 ? start[t] : 0;
    }
    int f = indexOf(from);
    if (f < 0) {
      return 0;
    }
    if (to.equals(MarkovState.CONVERSION)) {
      return conversions[f];
    }
    if (to.equals(MarkovState.NULL)) {
      return nulls[f];
    }
    int t = indexOf(to);
    int i = t < 0 ? -1 : Arrays.binarySearch(targets[f], t);
    return i < 0 ? 0 : counts[f][i];
  }

  /**
   * Returns the value of the conversions that left from a state.
   *
   * @param from the state
   * @return the value, 0 for a state not in the chain
   */
  public double conversionValue(MarkovState from) {
    int f = indexOf(Objects.requireNonNull(from, "from"));
    return f < 0 ? 0 : value[f];
  }

  /**
   * Returns the transition probabilities these counts estimate: each count divided by the journeys
   * leaving its state.
   *
   * @return the transition matrix
   */
  public TransitionMatrix transitionMatrix() {
    return new TransitionMatrix(this);
  }

  int indexOf(MarkovState state) {
    return state.window().map(w -> index().getOrDefault(w, -1)).orElse(-1);
  }

  private Map<Path, Integer> index() {
    Map<Path, Integer> m = index;
    if (m == null) {
      m = new HashMap<>();
      for (int s = 0; s < states.length; s++) {
        m.put(states[s], s);
      }
      index = m;
    }
    return m;
  }

  /**
   * Returns the states a path visits, by index, consecutive identical states once.
   *
   * @param path a path whose windows are all states of this chain
   * @return the state indices in order
   */
  int[] stateSequence(Path path) {
    Map<Path, Integer> m = index();
    int width = Math.min(order, path.length());
    int windows = path.length() - width + 1;
    int[] out = new int[windows];
    int k = 0;
    for (int w = 0; w < windows; w++) {
      int s = m.get(path.subPath(w, w + width));
      if (k == 0 || out[k - 1] != s) {
        out[k++] = s;
      }
    }
    return Arrays.copyOf(out, k);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransitionCounts t && order == t.order && journeys == t.journeys
        && Arrays.equals(states, t.states) && Arrays.equals(start, t.start)
        && Arrays.deepEquals(targets, t.targets) && Arrays.deepEquals(counts, t.counts)
        && Arrays.equals(conversions, t.conversions) && Arrays.equals(nulls, t.nulls)
        && Arrays.equals(value, t.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, journeys, Arrays.hashCode(states), Arrays.hashCode(start),
        Arrays.deepHashCode(counts), Arrays.hashCode(conversions), Arrays.hashCode(value));
  }

  @Override
  public String toString() {
    return "TransitionCounts{order=" + order + ", journeys=" + journeys + ", conversions=" + totalConversions
        + ", states=" + states.length + ", channels=" + channels.size() + "}";
  }
}
