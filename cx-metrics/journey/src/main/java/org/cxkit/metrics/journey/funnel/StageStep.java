package org.cxkit.metrics.journey.funnel;

import java.util.List;
import java.util.Objects;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.Intervals;
import org.cxkit.core.touchpoint.JourneyStage;

/**
 * One step of the stage funnel, from a stage to the next: how many journeys reached the stage, how
 * many of them advanced by the cut-off, how long advancing took (a Kaplan–Meier curve censored at the
 * cut-off), and the drop-off by the channel of the last touchpoint in the stage.
 *
 * <p>Empty input: when no journey reached the stage, the counts are 0, the channel table is empty,
 * the curve has no points, and {@link #advancedShare()} and {@link #dropOff()} throw
 * {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StageStep {
  private final JourneyStage from;
  private final JourneyStage to;
  private final long reached;
  private final long advanced;
  private final TimeToAdvance timeToAdvance;
  private final List<ChannelDropOff> byChannel;
  private final Confidence confidence;

  StageStep(JourneyStage from, JourneyStage to, long reached, long advanced, TimeToAdvance timeToAdvance,
      List<ChannelDropOff> byChannel, Confidence confidence) {
    this.from = from;
    this.to = to;
    this.reached = reached;
    this.advanced = advanced;
    this.timeToAdvance = timeToAdvance;
    this.byChannel = List.copyOf(byChannel);
    this.confidence = confidence;
  }

  /**
   * Returns the stage the step starts from.
   *
   * @return the stage
   */
  public JourneyStage from() {
    return from;
  }

  /**
   * Returns the next stage.
   *
   * @return the stage
   */
  public JourneyStage to() {
    return to;
  }

  /**
   * Returns how many journeys reached the stage {@link #from()} (or a later one) by the cut-off.
   *
   * @return the journeys
   */
  public long reached() {
    return reached;
  }

  /**
   * Returns how many of them reached {@link #to()} (or a later stage) by the cut-off.
   *
   * @return the journeys that advanced
   */
  public long advanced() {
    return advanced;
  }

  /**
   * Returns how many of them had not advanced by the cut-off: censored, in the curve.
   *
   * @return {@code reached() - advanced()}
   */
  public long notAdvanced() {
    return reached - advanced;
  }

  /**
   * Returns the share of the journeys in the stage that advanced by the cut-off, with its Wilson
   * interval: the plain funnel conversion, which counts journeys that entered just before the
   * cut-off as not advancing; {@link #timeToAdvance()} does not.
   *
   * @return advanced ÷ reached
   * @throws IllegalStateException if no journey reached the stage
   */
  public Estimate advancedShare() {
    requireJourneys();
    return Intervals.wilson(advanced, reached, confidence);
  }

  /**
   * Returns the share of the journeys in the stage that had not advanced by the cut-off, with its
   * Wilson interval.
   *
   * @return not advanced ÷ reached
   * @throws IllegalStateException if no journey reached the stage
   */
  public Estimate dropOff() {
    requireJourneys();
    return Intervals.wilson(reached - advanced, reached, confidence);
  }

  private void requireJourneys() {
    if (reached == 0) {
      throw new IllegalStateException("No journey reached " + from);
    }
  }

  /**
   * Returns the time to advance, censored at the cut-off.
   *
   * @return the Kaplan–Meier curve
   */
  public TimeToAdvance timeToAdvance() {
    return timeToAdvance;
  }

  /**
   * Returns the drop-off by the channel of each journey's last touchpoint in the stage, channels by
   * name. A journey that passed through the stage without a touchpoint in it (from an earlier stage
   * straight to a later one) has no such channel and is not in this table.
   *
   * @return the channels, unmodifiable
   */
  public List<ChannelDropOff> byChannel() {
    return byChannel;
  }

  @Override
  public String toString() {
    return "StageStep{" + from + " -> " + to + ", reached=" + reached + ", advanced=" + advanced + ", "
        + timeToAdvance + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StageStep s && from == s.from && to == s.to && reached == s.reached && advanced == s.advanced
        && byChannel.equals(s.byChannel) && timeToAdvance.points().equals(s.timeToAdvance.points());
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, reached, advanced, byChannel);
  }
}
