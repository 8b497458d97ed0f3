package org.cxkit.metrics.gap;

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
import org.cxkit.core.result.BulkResult;
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
 * aside with the reason; each used episode contributes one gap per such dimension.
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
    Checks.nonNegative("tolerance", tolerance);
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
    BulkResult<Episode, Map<String, DisconfirmationTally>> all = by(episodes, t -> "all");
    DisconfirmationTally tally = all.value().getOrDefault("all", DisconfirmationTally.accumulator(tolerance).snapshot());
    return BulkResult.of(tally, all.usedCount(), all.setAside());
  }

  /**
   * Tallies per touchpoint id.
   *
   * @param episodes the episodes
   * @return touchpoint id to tally, in first-seen order, and the episodes set aside
   */
  public BulkResult<Episode, Map<String, DisconfirmationTally>> byTouchpoint(Iterable<Episode> episodes) {
    return by(episodes, Touchpoint::id);
  }

  /**
   * Tallies per channel.
   *
   * @param episodes the episodes
   * @return channel to tally, in first-seen order, and the episodes set aside
   */
  public BulkResult<Episode, Map<Channel, DisconfirmationTally>> byChannel(Iterable<Episode> episodes) {
    return by(episodes, Touchpoint::channel);
  }

  /**
   * Tallies per journey stage.
   *
   * @param episodes the episodes
   * @return stage to tally, in first-seen order, and the episodes set aside
   */
  public BulkResult<Episode, Map<JourneyStage, DisconfirmationTally>> byStage(Iterable<Episode> episodes) {
    return by(episodes, Touchpoint::stage);
  }

  /**
   * Tallies per any key of the episode's touchpoint, such as its team.
   *
   * @param episodes the episodes
   * @param key the key of a touchpoint, never null
   * @param <K> the key type
   * @return key to tally, in first-seen order, and the episodes set aside
   */
  public <K> BulkResult<Episode, Map<K, DisconfirmationTally>> by(
      Iterable<Episode> episodes, Function<? super Touchpoint, ? extends K> key) {
    Objects.requireNonNull(key, "key");
    Map<K, DisconfirmationAccumulator> groups = new LinkedHashMap<>();
    List<SetAside<Episode>> setAside = new ArrayList<>();
    long position = 0;
    long used = 0;
    for (Episode episode : Objects.requireNonNull(episodes, "episodes")) {
      Map<QualityDimension, Double> gaps = gaps(episode);
      if (gaps.isEmpty()) {
        setAside.add(new SetAside<>(position, episode, "Invalid value for episode " + episode.touchpoint().id()
            + " (needs a perception and a " + level + " expectation on one dimension): none"));
      } else {
        DisconfirmationAccumulator acc = groups.computeIfAbsent(
            Objects.requireNonNull(key.apply(episode.touchpoint()), "key"), k -> DisconfirmationTally.accumulator(tolerance));
        gaps.values().forEach(acc::add);
        used++;
      }
      position++;
    }
    Map<K, DisconfirmationTally> result = new LinkedHashMap<>();
    groups.forEach((k, acc) -> result.put(k, acc.snapshot()));
    return BulkResult.of(java.util.Collections.unmodifiableMap(result), used, setAside);
  }
}
