package org.cxkit.metrics.journey.funnel;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.Intervals;
import org.cxkit.core.touchpoint.Channel;

/**
 * The journeys whose last touchpoint in a stage (before advancing, or before the cut-off) was on a
 * channel, and how many of them had not advanced by the cut-off: where journeys stall.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param channel the channel of the last touchpoint in the stage
 * @param journeys the journeys, at least 1
 * @param notAdvanced how many of them had not advanced by the cut-off, from 0 to {@code journeys}
 */
public record ChannelDropOff(Channel channel, long journeys, long notAdvanced) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a count is out of range
   */
  public ChannelDropOff {
    Objects.requireNonNull(channel, "channel");
    Checks.positive("journeys", journeys);
    Checks.inRange("notAdvanced", notAdvanced, 0, journeys);
  }

  /**
   * Returns the share of the journeys that had not advanced, with its Wilson interval at the default
   * confidence.
   *
   * @return not advanced ÷ journeys
   */
  public Estimate dropOff() {
    return dropOff(Confidence.DEFAULT);
  }

  /**
   * Returns the share of the journeys that had not advanced, with its Wilson interval.
   *
   * @param confidence the confidence level and minimum sample size
   * @return not advanced ÷ journeys
   */
  public Estimate dropOff(Confidence confidence) {
    return Intervals.wilson(notAdvanced, journeys, Objects.requireNonNull(confidence, "confidence"));
  }
}
