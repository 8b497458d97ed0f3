package org.cxkit.metrics.journey.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The transition probabilities of a Markov chain of journeys, estimated from
 * {@link TransitionCounts}: the probability of moving from a state to another is the number of
 * journeys that made the move divided by the number that left the state. The states are the
 * {@linkplain MarkovState#START start}, the windows of channels in path order, and the absorbing
 * {@linkplain MarkovState#CONVERSION conversion} and {@linkplain MarkovState#NULL null}, each of which
 * moves to itself with probability 1. There are no self-loops among the windows.
 *
 * <p>Empty input: with no journeys the start has no transitions (its row is empty).
 *
 * <p>This class is immutable and thread-safe; two matrices are equal when they are estimated from
 * equal counts.
 */
public final class TransitionMatrix {
  private final TransitionCounts counts;
  private final List<MarkovState> states;

  TransitionMatrix(TransitionCounts counts) {
    this.counts = counts;
    List<MarkovState> all = new ArrayList<>(counts.states.length + 3);
    all.add(MarkovState.START);
    for (var window : counts.states) {
      all.add(MarkovState.of(window));
    }
    all.add(MarkovState.CONVERSION);
    all.add(MarkovState.NULL);
    this.states = Collections.unmodifiableList(all);
  }

  /**
   * Returns the states: the start, the windows in path order, conversion and null.
   *
   * @return the states, unmodifiable
   */
  public List<MarkovState> states() {
    return states;
  }

  /**
   * Returns the probability of moving from one state to another.
   *
   * @param from the state moved from
   * @param to the state moved to
   * @return the probability, from 0 to 1; 0 for states not in the chain
   */
  public double probability(MarkovState from, MarkovState to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.equals(MarkovState.CONVERSION) || from.equals(MarkovState.NULL)) {
      return from.equals(to) ? 1 : 0;
    }
    long out = leaving(from);
    return out == 0 ? 0 : (double) counts.count(from, to) / out;
  }

  /**
   * Returns the moves from one state with a positive probability, in the order of {@link #states()}.
   *
   * @param from the state moved from
   * @return state moved to, to probability; empty for a state not in the chain
   */
  public Map<MarkovState, Double> row(MarkovState from) {
    Map<MarkovState, Double> out = new LinkedHashMap<>();
    for (MarkovState to : states) {
      double p = probability(from, to);
      if (p > 0) {
        out.put(to, p);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private long leaving(MarkovState from) {
    if (from.equals(MarkovState.START)) {
      return counts.count();
    }
    int f = counts.indexOf(from);
    if (f < 0) {
      return 0;
    }
    long out = counts.conversions[f] + counts.nulls[f];
    for (long c : counts.counts[f]) {
      out += c;
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransitionMatrix m && counts.equals(m.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("TransitionMatrix{");
    for (MarkovState from : states) {
      Map<MarkovState, Double> row = row(from);
      if (!row.isEmpty()) {
        s.append(from).append(" -> ").append(row).append("; ");
      }
    }
    return s.append('}').toString();
  }
}
