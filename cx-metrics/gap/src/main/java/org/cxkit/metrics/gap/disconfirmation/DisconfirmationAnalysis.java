package org.cxkit.metrics.gap.disconfirmation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cxkit.core.experience.Episode;
import org.cxkit.core.experience.Expectation;
import org.cxkit.core.experience.ExpectationLevel;
import org.cxkit.core.experience.Perception;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.Breakdown;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.core.touchpoint.Touchpoint;

/**
 * Disconfirmation (Oliver 1980) read from episodes: on each dimension of an episode that has both
 * a perception and an expectation at the chosen level, {@code gap = P − E} is classified with the
 * tolerance ({@link Disconfirmation#of}), and the classifications are tallied per touchpoint,
 * channel, journey stage or any key of the touchpoint.
 *
 * <p>Oliver's expectation is the predicted one, the default level; the desired level reads the
 * SERVQUAL-style "should" expectation instead. An episode with no dimension carrying both is set
 * aside with the reason; each used episode contributes one gap per such dimension. Tallies per key
 * are a {@link Breakdown}, whose total is the merge of its segments.
 *
 * <p>Empty input: no episodes give an empty breakdown whose total is the empty tally (count 0).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param tolerance how far from zero a gap still counts as confirmed, finite, zero or more, in scale points
 * @param level the expectation level compared with the perception
 */
public record DisconfirmationAnalysis(double tolerance, ExpectationLevel level) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the tolerance is negative or not finite
   */
  public DisconfirmationAnalysis {
    tolerance = Checks.nonNegative("tolerance", tolerance);
    Objects.requireNonNull(level, "level");
  }

  /**
   * Obtains an analysis against predicted expectations.
   *
   * @param tolerance how far from zero a gap still counts as confirmed, finite, zero or more
   * @return the analysis
   */
  public static DisconfirmationAnalysis of(double tolerance) {
    return new DisconfirmationAnalysis(tolerance, ExpectationLevel.PREDICTED);
  }

  /**
   * Returns the gaps of one episode, per dimension with both a perception and an expectation at the
   * level.
   *
   * @param episode the episode
   * @return dimension to {@code P − E}, in the order of the episode's perceptions; possibly empty
   */
  public Map<QualityDimension, Double> gaps(Episode episode) {
    Map<QualityDimension, Double> result = new LinkedHashMap<>();
    for (Perception p : episode.perceptions()) {
      Optional<Expectation> e = episode.expectation(p.dimension(), level);
      e.ifPresent(x -> result.put(p.dimension(), p.score() - x.score()));
    }
    return result;
  }

  /**
   * Tallies all episodes together.
   *
   * @param episodes the episodes
   * @return the tally, and the episodes set aside
   */
  public BulkResult<Episode, DisconfirmationTally> overall(Iterable<Episode> episodes) {
    BulkResult<Episode, Breakdown<Boolean, DisconfirmationTally>> all = by(episodes, t -> Boolean.TRUE);
    return BulkResult.of(all.value().total(), all.usedCount(), all.setAside());
  }

  /**
   * Tallies per touchpoint id.
   *
   * @param episodes the episodes
   * @return a tally per touchpoint id, in first-seen order, with their total, and the episodes set aside
   */
  public BulkResult<Episode, Breakdown<String, DisconfirmationTally>> byTouchpoint(Iterable<Episode> episodes) {
    return by(episodes, Touchpoint::id);
  }

  /**
   * Tallies per channel.
   *
   * @param episodes the episodes
   * @return a tally per channel, in first-seen order, with their total, and the episodes set aside
   */
  public BulkResult<Episode, Breakdown<Channel, DisconfirmationTally>> byChannel(Iterable<Episode> episodes) {
    return by(episodes, Touchpoint::channel);
  }

  /**
   * Tallies per journey stage.
   *
   * @param episodes the episodes
   * @return a tally per stage, in first-seen order, with their total, and the episodes set aside
   */
  public BulkResult<Episode, Breakdown<JourneyStage, DisconfirmationTally>> byStage(Iterable<Episode> episodes) {
    return by(episodes, Touchpoint::stage);
  }

  /**
   * Tallies per any key of the episode's touchpoint, such as its team.
   *
   * @param episodes the episodes
   * @param key the key of a touchpoint, never null
   * @param <K> the key type
   * @return a tally per key, in first-seen order, with their total, and the episodes set aside
   */
  public <K> BulkResult<Episode, Breakdown<K, DisconfirmationTally>> by(
      Iterable<Episode> episodes, Function<? super Touchpoint, ? extends K> key) {
    Objects.requireNonNull(key, "key");
    List<Gap> gaps = new ArrayList<>();
    List<SetAside<Episode>> setAside = new ArrayList<>();
    long position = 0;
    long used = 0;
    for (Episode episode : Objects.requireNonNull(episodes, "episodes")) {
      Map<QualityDimension, Double> episodeGaps = gaps(episode);
      if (episodeGaps.isEmpty()) {
        setAside.add(SetAside.of(position, episode, Checks.invalid(ReasonCode.MISSING,
            "episode " + episode.touchpoint().id(), "needs a perception and a " + level + " expectation on one dimension",
            "none")));
      } else {
        episodeGaps.values().forEach(g -> gaps.add(new Gap(episode.touchpoint(), g)));
        used++;
      }
      position++;
    }
    Breakdown<K, DisconfirmationTally> tallies = gaps.stream().collect(Breakdown.by(g -> key.apply(g.touchpoint()),
        Accumulators.collector(() -> DisconfirmationAccumulator.of(tolerance),
            (DisconfirmationAccumulator acc, Gap g) -> acc.add(g.gap()))));
    return BulkResult.of(tallies, used, setAside);
  }

  /** One gap of an episode, with the touchpoint it is keyed by. */
  private record Gap(Touchpoint touchpoint, double gap) {}
}
