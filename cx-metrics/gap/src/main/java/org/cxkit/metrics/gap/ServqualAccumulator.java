package org.cxkit.metrics.gap;

/**
 * A mutable accumulator of SERVQUAL responses, giving a {@link ServqualSummary} on
 * {@link #snapshot()}.
 *
 * <p>{@link #add}, {@link #merge(ServqualAccumulator)} and {@link #addAll(ServqualSummary)} go through
 * one merge of exact integer sums, so merging partial accumulators gives the summary of the whole;
 * the accumulator can therefore serve as {@code Stream.collect(supplier, accumulator, combiner)}
 * or through {@link ServqualSummary#toSummary}, on sequential or parallel streams.
 *
 * <p>Not thread-safe: confine each instance to one thread, as a collector does.
 */
public final class ServqualAccumulator {
  private final ServqualSums sums;

  private ServqualAccumulator(ServqualInstrument instrument) {
    this.sums = new ServqualSums(instrument);
  }

  /**
   * Creates an empty accumulator.
   *
   * @param instrument the instrument every response answers
   * @return the accumulator
   */
  static ServqualAccumulator of(ServqualInstrument instrument) {
    return new ServqualAccumulator(instrument);
  }

  /**
   * Adds one response.
   *
   * @param response a response to the accumulator's instrument
   * @throws IllegalArgumentException if the response answers another instrument
   */
  public void add(ServqualResponse response) {
    sums.add(response);
  }

  /**
   * Adds everything another accumulator holds.
   *
   * @param other an accumulator of the same instrument
   * @return this accumulator
   * @throws IllegalArgumentException if the instruments differ
   */
  public ServqualAccumulator merge(ServqualAccumulator other) {
    sums.merge(other.sums);
    return this;
  }

  /**
   * Adds everything a summary holds.
   *
   * @param summary a summary of the same instrument
   * @return this accumulator
   * @throws IllegalArgumentException if the instruments differ
   */
  public ServqualAccumulator addAll(ServqualSummary summary) {
    sums.merge(summary.sums());
    return this;
  }

  /**
   * Returns how many responses were added.
   *
   * @return the count, zero or more
   */
  public long respondents() {
    return sums.n;
  }

  /**
   * Returns an immutable summary of what was added so far.
   *
   * @return the summary
   */
  public ServqualSummary snapshot() {
    return new ServqualSummary(sums.copy());
  }
}
