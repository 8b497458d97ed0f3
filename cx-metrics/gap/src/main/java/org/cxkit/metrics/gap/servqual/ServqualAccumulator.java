package org.cxkit.metrics.gap.servqual;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.metrics.gap.internal.ServqualSums;

/**
 * A mutable accumulator of SERVQUAL responses to one instrument, giving a {@link ServqualSummary} on
 * {@link #snapshot()}.
 *
 * <p>{@link #add}, {@link #merge(ServqualAccumulator)} and {@link #addAll(ServqualSummary)} go through
 * one merge of exact integer sums, so merging partial accumulators gives the summary of the whole bit
 * for bit; the accumulator can therefore serve as {@code Stream.collect(supplier, accumulator,
 * combiner)} or through {@link ServqualSummary#toServqualSummary}, on sequential or parallel streams.
 *
 * <p>Not thread-safe: confine each instance to one thread, as a collector does.
 */
public final class ServqualAccumulator
    implements Accumulator<ServqualResponse, ServqualAccumulator, ServqualSummary> {
  private final ServqualInstrument instrument;
  private final ServqualSums sums;

  private ServqualAccumulator(ServqualInstrument instrument) {
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    this.sums = instrument.newSums();
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
   * @return this accumulator
   * @throws IllegalArgumentException if the response answers another instrument; nothing is added
   */
  @Override
  public ServqualAccumulator add(ServqualResponse response) {
    // Identity first: comparing 22 items by value on every add would cost more than the sums.
    if (response.instrument() != instrument && !response.instrument().equals(instrument)) {
      throw Checks.invalid(ReasonCode.INVALID, "response instrument", "must be " + instrument.name(),
          response.instrument().name());
    }
    int[] points = response.importancePoints();
    if (points == null) {
      sums.add(response.perceptionAnswers(), response.expectationAnswers());
    } else {
      sums.add(response.perceptionAnswers(), response.expectationAnswers(), points);
    }
    return this;
  }

  /**
   * Adds everything another accumulator holds; the other is unchanged.
   *
   * @param other an accumulator of the same instrument
   * @return this accumulator
   * @throws IllegalArgumentException if the instruments differ, or the count would overflow
   */
  @Override
  public ServqualAccumulator merge(ServqualAccumulator other) {
    return merge(other.instrument, other.sums);
  }

  /**
   * Adds everything a summary holds.
   *
   * @param summary a summary of the same instrument
   * @return this accumulator
   * @throws IllegalArgumentException if the instruments differ, or the count would overflow
   */
  public ServqualAccumulator addAll(ServqualSummary summary) {
    return merge(summary.instrument(), summary.sums());
  }

  private ServqualAccumulator merge(ServqualInstrument otherInstrument, ServqualSums otherSums) {
    if (!otherInstrument.equals(instrument)) {
      throw Checks.invalid(ReasonCode.INVALID, "merged instrument", "must be " + instrument.name(),
          otherInstrument.name());
    }
    sums.merge(otherSums);
    return this;
  }

  /**
   * Returns how many responses were added.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return sums.count();
  }

  /**
   * Returns an immutable summary of what was added so far.
   *
   * @return the summary
   */
  @Override
  public ServqualSummary snapshot() {
    return new ServqualSummary(instrument, sums.copy());
  }
}
