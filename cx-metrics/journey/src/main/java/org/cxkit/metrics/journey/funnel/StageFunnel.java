package org.cxkit.metrics.journey.funnel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.core.touchpoint.Touchpoint;
import org.cxkit.metrics.journey.internal.KaplanMeier;

/**
 * The stage funnel of many journeys observed until a cut-off: for each journey stage, how many
 * journeys reached it, and for each step to the next stage, how many advanced, how long it took (a
 * Kaplan–Meier curve in which journeys that had not advanced by the cut-off are censored there) and
 * where the others stalled, by the channel of their last touchpoint in the stage.
 *
 * <p>The stages are, by default, the four stages of the purchase cycle in order: pre-purchase,
 * purchase, consumption and post-purchase; {@code EXIT} is not a step forward, and touchpoints in a
 * stage outside the list are ignored. A journey <em>reaches</em> a stage at its first touchpoint in
 * that stage or a later one, so stages only move forward: a journey seen in pre-purchase and then in
 * consumption passed through purchase at the moment it reached consumption (in 0 time), and a
 * touchpoint in an earlier stage after a later one was reached (a return to product pages after the
 * purchase) moves nothing. Touchpoints after the cut-off are not observed yet and are ignored. A
 * journey with no touchpoint in the listed stages by the cut-off has not started the funnel and is
 * counted apart.
 *
 * <p>Empty input: no journeys gives counts of 0 and steps with no journeys (see {@link StageStep}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StageFunnel {

  /** The four stages of the purchase cycle, in order. */
  public static final List<JourneyStage> PURCHASE_CYCLE = List.of(JourneyStage.PRE_PURCHASE,
      JourneyStage.PURCHASE, JourneyStage.CONSUMPTION, JourneyStage.POST_PURCHASE);

  private final List<JourneyStage> stages;
  private final Instant cutoff;
  private final long journeys;
  private final long[] reached;
  private final List<StageStep> steps;

  private StageFunnel(List<JourneyStage> stages, Instant cutoff, long journeys, long[] reached,
      List<StageStep> steps) {
    this.stages = stages;
    this.cutoff = cutoff;
    this.journeys = journeys;
    this.reached = reached;
    this.steps = steps;
  }

  /**
   * Builds the funnel of the purchase cycle at the default confidence (95 %).
   *
   * @param journeys the journeys
   * @param cutoff the end of observation
   * @return the funnel
   */
  public static StageFunnel of(Iterable<? extends Journey> journeys, Instant cutoff) {
    return of(journeys, cutoff, PURCHASE_CYCLE, Confidence.DEFAULT);
  }

  /**
   * Builds the funnel of some stages.
   *
   * @param journeys the journeys
   * @param cutoff the end of observation
   * @param stages at least two distinct stages, in life-cycle order
   * @param confidence the confidence level of the intervals
   * @return the funnel
   * @throws IllegalArgumentException if there are fewer than two stages or they are not in
   *     life-cycle order without repeats
   */
  public static StageFunnel of(Iterable<? extends Journey> journeys, Instant cutoff, List<JourneyStage> stages,
      Confidence confidence) {
    Objects.requireNonNull(journeys, "journeys");
    Objects.requireNonNull(cutoff, "cutoff");
    Objects.requireNonNull(confidence, "confidence");
    List<JourneyStage> list = List.copyOf(stages);
    Checks.atLeast("stages", list.size(), 2);
    int[] position = new int[JourneyStage.values().length];
    Arrays.fill(position, -1);
    for (int i = 0; i < list.size(); i++) {
      if (i > 0 && list.get(i).compareTo(list.get(i - 1)) <= 0) {
        throw Checks.invalid(ReasonCode.OUT_OF_ORDER, "stages", "distinct, in life-cycle order", list);
      }
      position[list.get(i).ordinal()] = i;
    }
    int m = list.size();
    long count = 0;
    long[] reachedCounts = new long[m];
    List<List<long[]>> durations = new ArrayList<>(); // per step: {millis, advanced ? 1 : 0}
    List<Map<String, long[]>> channels = new ArrayList<>(); // per step: channel -> {journeys, not advanced}
    for (int i = 0; i < m - 1; i++) {
      durations.add(new ArrayList<>());
      channels.add(new TreeMap<>());
    }
    Instant[] reach = new Instant[m];
    Channel[] lastChannel = new Channel[m];
    for (Journey journey : journeys) {
      count++;
      Arrays.fill(reach, null);
      Arrays.fill(lastChannel, null);
      int furthest = -1;
      for (Touchpoint t : journey.touchpoints()) {
        if (t.occurredAt().isAfter(cutoff)) {
          break;
        }
        int p = position[t.stage().ordinal()];
        if (p < 0) {
          continue;
        }
        if (p > furthest) {
          for (int i = furthest + 1; i <= p; i++) {
            reach[i] = t.occurredAt();
          }
          furthest = p;
        }
        if (p == furthest) {
          lastChannel[p] = t.channel();
        }
      }
      for (int i = 0; i <= furthest; i++) {
        reachedCounts[i]++;
      }
      for (int i = 0; i < m - 1 && i <= furthest; i++) {
        boolean advanced = i + 1 <= furthest;
        Instant end = advanced ? reach[i + 1] : cutoff;
        durations.get(i).add(new long[] {Duration.between(reach[i], end).toMillis(), advanced ? 1 : 0});
        if (lastChannel[i] != null) {
          long[] c = channels.get(i).computeIfAbsent(lastChannel[i].name(), k -> new long[2]);
          c[0]++;
          if (!advanced) {
            c[1]++;
          }
        }
      }
    }
    double z = confidence.criticalValue();
    List<StageStep> steps = new ArrayList<>(m - 1);
    for (int i = 0; i < m - 1; i++) {
      List<long[]> d = durations.get(i);
      long[] times = new long[d.size()];
      boolean[] events = new boolean[d.size()];
      long advanced = 0;
      for (int k = 0; k < d.size(); k++) {
        times[k] = d.get(k)[0];
        events[k] = d.get(k)[1] == 1;
        advanced += d.get(k)[1];
      }
      List<ChannelDropOff> byChannel = new ArrayList<>();
      channels.get(i).forEach((name, c) -> byChannel.add(new ChannelDropOff(Channel.of(name), c[0], c[1])));
      steps.add(new StageStep(list.get(i), list.get(i + 1), d.size(), advanced,
          new TimeToAdvance(KaplanMeier.fit(times, events, z), confidence), byChannel, confidence));
    }
    return new StageFunnel(list, cutoff, count, reachedCounts, Collections.unmodifiableList(steps));
  }

  /**
   * Returns the stages, in order.
   *
   * @return the stages
   */
  public List<JourneyStage> stages() {
    return stages;
  }

  /**
   * Returns the end of observation.
   *
   * @return the cut-off
   */
  public Instant cutoff() {
    return cutoff;
  }

  /**
   * Returns how many journeys were given.
   *
   * @return the number of journeys
   */
  public long count() {
    return journeys;
  }

  /**
   * Returns how many journeys had no touchpoint in the listed stages by the cut-off.
   *
   * @return the journeys that have not started the funnel
   */
  public long notStarted() {
    return journeys - reached[0];
  }

  /**
   * Returns how many journeys reached a stage (or a later one) by the cut-off.
   *
   * @param stage one of the funnel's stages
   * @return the journeys
   * @throws IllegalArgumentException if the stage is not one of the funnel's
   */
  public long reached(JourneyStage stage) {
    int i = stages.indexOf(Objects.requireNonNull(stage, "stage"));
    if (i < 0) {
      throw Checks.invalid(ReasonCode.INVALID, "stage", "one of " + stages, stage);
    }
    return reached[i];
  }

  /**
   * Returns how many journeys reached each stage, stages in order.
   *
   * @return stage to journeys, unmodifiable
   */
  public Map<JourneyStage, Long> reached() {
    Map<JourneyStage, Long> out = new EnumMap<>(JourneyStage.class);
    for (int i = 0; i < stages.size(); i++) {
      out.put(stages.get(i), reached[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the steps from each stage to the next, in order.
   *
   * @return the steps, one fewer than the stages
   */
  public List<StageStep> steps() {
    return steps;
  }

  @Override
  public String toString() {
    return "StageFunnel{journeys=" + journeys + ", cutoff=" + cutoff + ", reached=" + reached() + ", steps=" + steps
        + "}";
  }
}
