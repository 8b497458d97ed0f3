package org.cxkit.metrics.journey.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.Path;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.internal.LongLongMap;

/**
 * The mutable tally beside {@link TransitionCounts}: journeys' paths are
 * {@linkplain #add(JourneyPath) added} one at a time or as {@linkplain #add(PathCount) aggregated
 * rows}, accumulators of parts of the journeys {@linkplain #merge merge} into the accumulator of the
 * whole (transition counts are integers, so exactly), and {@link #snapshot()} gives the immutable
 * counts. A valid supplier, accumulator and combiner for {@link java.util.stream.Stream#collect} on
 * parallel streams; {@link TransitionCounts#toTransitionCounts(int)} is the collector.
 *
 * <p>Adding a path of {@code L} steps costs {@code L} label lookups and about {@code L} primitive
 * hash updates, with no allocation once the labels and states have been seen. At most 65,535
 * distinct labels. {@link #count()} is the number of journeys, a row of {@code c} conversions and
 * {@code m} nulls counting {@code c + m}.
 *
 * <p>This class is not thread-safe.
 */
public final class TransitionCountsAccumulator
    implements Accumulator<JourneyPath, TransitionCountsAccumulator, TransitionCounts> {

  /** The most distinct labels: ids 0 to 65534 fit a window code's 16 bits per step. */
  static final int MAX_LABELS = 65_535;

  private final int order;
  private final Map<String, Integer> labelIds = new HashMap<>();
  private final List<String> labels = new ArrayList<>();
  /** State code to its id plus one; 0 (absent) means a new state. */
  private final LongLongMap stateIds = new LongLongMap();
  private long[] stateCodes = new long[16];
  private long[] conversions = new long[16];
  private long[] nulls = new long[16];
  private double[] value = new double[16];
  private int states;
  /** Key {@code (from + 1) << 32 | to}, from {@code -1} for the start. */
  private final LongLongMap transitions = new LongLongMap();
  private long journeys;
  private int[] ids = new int[16];

  TransitionCountsAccumulator(int order) {
    this.order = Checks.inRange("order", order, 1, TransitionCounts.MAX_ORDER);
  }

  /**
   * Returns the order of the chain.
   *
   * @return the number of channels in a state, from 1 to {@value TransitionCounts#MAX_ORDER}
   */
  public int order() {
    return order;
  }

  /**
   * Adds one journey.
   *
   * @param path the journey's path
   * @return this accumulator
   * @throws IllegalArgumentException if the number of journeys overflows or there are more than
   *     65,535 labels; the counts are then unchanged
   */
  @Override
  public TransitionCountsAccumulator add(JourneyPath path) {
    Objects.requireNonNull(path, "path");
    return add(path.path(), path.converted() ? 1 : 0, path.value(), path.converted() ? 0 : 1);
  }

  /**
   * Adds an aggregated row's journeys.
   *
   * @param row the row
   * @return this accumulator
   * @throws IllegalArgumentException if the number of journeys overflows or there are more than
   *     65,535 labels; the counts are then unchanged
   */
  public TransitionCountsAccumulator add(PathCount row) {
    Objects.requireNonNull(row, "row");
    return add(row.path(), row.conversions(), row.value(), row.nulls());
  }

  private TransitionCountsAccumulator add(Path path, long conv, double val, long nul) {
    long weight = conv + nul;
    long total = Checks.addExact("journeys", journeys, weight);
    int length = path.length();
    if (ids.length < length) {
      ids = new int[Math.max(length, 2 * ids.length)];
    }
    for (int i = 0; i < length; i++) {
      ids[i] = labelId(path.step(i));
    }
    int width = Math.min(order, length);
    int windows = length - width + 1;
    int previous = -1;
    for (int w = 0; w < windows; w++) {
      long code = 0;
      for (int j = 0; j < width; j++) {
        code |= (long) (ids[w + j] + 1) << (16 * j);
      }
      int state = stateId(code);
      if (state != previous) { // consecutive identical states are one: no self-loops
        transitions.add(key(previous, state), weight, "transitions");
        previous = state;
      }
    }
    conversions[previous] = Checks.addExact("conversions", conversions[previous], conv);
    nulls[previous] = Checks.addExact("nulls", nulls[previous], nul);
    value[previous] += val;
    journeys = total;
    return this;
  }

  private static long key(int from, int to) {
    return ((long) (from + 1) << 32) | to;
  }

  private int labelId(String label) {
    Integer id = labelIds.get(label);
    if (id == null) {
      if (labels.size() >= MAX_LABELS) {
        throw Checks.invalid(ReasonCode.TOO_LARGE, "labels", "at most " + MAX_LABELS + " distinct", label);
      }
      id = labels.size();
      labelIds.put(label, id);
      labels.add(label);
    }
    return id;
  }

  private int stateId(long code) {
    int id = (int) stateIds.get(code) - 1;
    if (id < 0) {
      id = states++;
      if (id == stateCodes.length) {
        int size = 2 * id;
        stateCodes = Arrays.copyOf(stateCodes, size);
        conversions = Arrays.copyOf(conversions, size);
        nulls = Arrays.copyOf(nulls, size);
        value = Arrays.copyOf(value, size);
      }
      stateCodes[id] = code;
      stateIds.add(code, id + 1L, "states");
    }
    return id;
  }

  /**
   * Adds every journey another accumulator holds; the other is unchanged.
   *
   * @param other an accumulator of the same order
   * @return this accumulator
   * @throws IllegalArgumentException if the orders differ, a count overflows or there are more than
   *     65,535 labels
   */
  @Override
  public TransitionCountsAccumulator merge(TransitionCountsAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other.order != order) {
      throw Checks.invalid(ReasonCode.INVALID, "order", "the same as this accumulator's, " + order, other.order);
    }
    long total = Checks.addExact("journeys", journeys, other.journeys);
    int theirStates = other.states;
    long[] theirCodes = other.stateCodes.clone();
    long[] theirConversions = other.conversions.clone();
    long[] theirNulls = other.nulls.clone();
    double[] theirValue = other.value.clone();
    LongLongMap theirTransitions = other.transitions;
    long[][] theirEntries = new long[theirTransitions.size()][];
    int e = 0;
    for (int slot = 0; slot < theirTransitions.capacity(); slot++) {
      if (theirTransitions.isUsed(slot)) {
        theirEntries[e++] = new long[] {theirTransitions.keyAt(slot), theirTransitions.valueAt(slot)};
      }
    }
    List<String> theirLabels = List.copyOf(other.labels);
    int[] map = new int[theirStates];
    for (int s = 0; s < theirStates; s++) {
      long code = theirCodes[s];
      long mine = 0;
      for (int j = 0; j < order && (code >>> (16 * j) & 0xFFFF) != 0; j++) {
        int theirId = (int) (code >>> (16 * j) & 0xFFFF) - 1;
        mine |= (long) (labelId(theirLabels.get(theirId)) + 1) << (16 * j);
      }
      map[s] = stateId(mine);
    }
    for (long[] entry : theirEntries) {
      int from = (int) (entry[0] >>> 32) - 1;
      int to = (int) entry[0];
      transitions.add(key(from < 0 ? -1 : map[from], map[to]), entry[1], "transitions");
    }
    for (int s = 0; s < theirStates; s++) {
      int m = map[s];
      conversions[m] = Checks.addExact("conversions", conversions[m], theirConversions[s]);
      nulls[m] = Checks.addExact("nulls", nulls[m], theirNulls[s]);
      value[m] += theirValue[s];
    }
    journeys = total;
    return this;
  }

  /**
   * Returns the transition counts of every journey added so far.
   *
   * @return the transition counts, states in path order
   */
  @Override
  public TransitionCounts snapshot() {
    Path[] windows = new Path[states];
    for (int s = 0; s < states; s++) {
      List<String> steps = new ArrayList<>(order);
      long code = stateCodes[s];
      for (int j = 0; j < order && (code >>> (16 * j) & 0xFFFF) != 0; j++) {
        steps.add(labels.get((int) (code >>> (16 * j) & 0xFFFF) - 1));
      }
      windows[s] = Path.of(steps);
    }
    Integer[] sorted = new Integer[states];
    for (int s = 0; s < states; s++) {
      sorted[s] = s;
    }
    Arrays.sort(sorted, (a, b) -> windows[a].compareTo(windows[b]));
    int[] rank = new int[states];
    Path[] orderedWindows = new Path[states];
    for (int r = 0; r < states; r++) {
      rank[sorted[r]] = r;
      orderedWindows[r] = windows[sorted[r]];
    }
    long[] start = new long[states];
    long[] conv = new long[states];
    long[] nul = new long[states];
    double[] val = new double[states];
    for (int s = 0; s < states; s++) {
      conv[rank[s]] = conversions[s];
      nul[rank[s]] = nulls[s];
      val[rank[s]] = value[s];
    }
    List<List<long[]>> rows = new ArrayList<>(states);
    for (int s = 0; s < states; s++) {
      rows.add(new ArrayList<>());
    }
    for (int slot = 0; slot < transitions.capacity(); slot++) {
      if (transitions.isUsed(slot)) {
        long k = transitions.keyAt(slot);
        int from = (int) (k >>> 32) - 1;
        int to = rank[(int) k];
        if (from < 0) {
          start[to] = transitions.valueAt(slot);
        } else {
          rows.get(rank[from]).add(new long[] {to, transitions.valueAt(slot)});
        }
      }
    }
    int[][] targets = new int[states][];
    long[][] counts = new long[states][];
    for (int s = 0; s < states; s++) {
      List<long[]> row = rows.get(s);
      row.sort((a, b) -> Long.compare(a[0], b[0]));
      targets[s] = new int[row.size()];
      counts[s] = new long[row.size()];
      for (int i = 0; i < row.size(); i++) {
        targets[s][i] = (int) row.get(i)[0];
        counts[s][i] = row.get(i)[1];
      }
    }
    return new TransitionCounts(order, journeys, orderedWindows, start, targets, counts, conv, nul, val);
  }

  /**
   * Returns how many journeys were added, merged ones included.
   *
   * @return the number of journeys
   */
  @Override
  public long count() {
    return journeys;
  }
}
