package org.cxkit.metrics.gap.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cxkit.core.experience.Episode;
import org.cxkit.core.experience.ExpectationLevel;
import org.cxkit.core.experience.Perception;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * One perception read against a zone of tolerance (Zeithaml, Berry and Parasuraman 1993): the zone
 * runs from the adequate expectation (the least the customer accepts) to the desired expectation
 * (what they hope for).
 *
 * <ul>
 *   <li>measure of service adequacy: {@code MSA = P − adequate} (the adequacy gap);
 *   <li>measure of service superiority: {@code MSS = P − desired} (the superiority gap);
 *   <li>position: {@link ZonePosition#BELOW} if {@code MSA < 0}, {@link ZonePosition#ABOVE} if
 *       {@code MSS > 0}, else {@link ZonePosition#WITHIN}.
 * </ul>
 * A desired level below the adequate level is invalid input.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param dimension the quality dimension
 * @param adequate the adequate expectation, finite
 * @param desired the desired expectation, finite, at least {@code adequate}
 * @param perceived the perception, finite
 */
public record ToleranceZone(QualityDimension dimension, double adequate, double desired, double perceived) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a score is not finite or desired is below adequate
   */
  public ToleranceZone {
    Objects.requireNonNull(dimension, "dimension");
    check(adequate, desired);
    // -0.0 becomes 0.0, so that equal readings make equal records.
    adequate += 0.0;
    desired += 0.0;
    perceived = Checks.finite("perceived", perceived) + 0.0;
  }

  /**
   * Obtains a reading.
   *
   * @param dimension the dimension
   * @param adequate the adequate expectation, finite
   * @param desired the desired expectation, finite, at least {@code adequate}
   * @param perceived the perception, finite
   * @return the reading
   */
  public static ToleranceZone of(QualityDimension dimension, double adequate, double desired, double perceived) {
    return new ToleranceZone(dimension, adequate, desired, perceived);
  }

  /**
   * Reads one dimension of an episode, if it recorded a perception and both the adequate and the
   * desired expectation on it.
   *
   * @param episode the episode
   * @param dimension the dimension
   * @return the reading, or empty if one of the three is missing
   * @throws IllegalArgumentException if the desired expectation is below the adequate one
   */
  public static Optional<ToleranceZone> from(Episode episode, QualityDimension dimension) {
    Optional<Perception> p = episode.perception(dimension);
    var a = episode.expectation(dimension, ExpectationLevel.ADEQUATE);
    var d = episode.expectation(dimension, ExpectationLevel.DESIRED);
    if (p.isEmpty() || a.isEmpty() || d.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(of(dimension, a.get().score(), d.get().score(), p.get().score()));
  }

  /**
   * Reads every dimension of an episode that has a perception and both zone expectations.
   *
   * @param episode the episode
   * @return the readings, in the order of the episode's perceptions; possibly empty
   * @throws IllegalArgumentException if a desired expectation is below the adequate one
   */
  public static List<ToleranceZone> allFrom(Episode episode) {
    List<ToleranceZone> result = new ArrayList<>();
    for (Perception p : episode.perceptions()) {
      from(episode, p.dimension()).ifPresent(result::add);
    }
    return List.copyOf(result);
  }

  /**
   * Returns the adequacy gap, the measure of service adequacy.
   *
   * @return {@code perceived − adequate}
   */
  public double adequacyGap() {
    return perceived - adequate;
  }

  /**
   * Returns the superiority gap, the measure of service superiority.
   *
   * @return {@code perceived − desired}
   */
  public double superiorityGap() {
    return perceived - desired;
  }

  /**
   * Returns where the perception falls.
   *
   * @return below, within or above the zone
   */
  public ZonePosition position() {
    return ZonePosition.of(perceived, adequate, desired);
  }

  /**
   * Returns the width of the zone.
   *
   * @return {@code desired − adequate}, zero or more
   */
  public double width() {
    return desired - adequate;
  }

  static void check(double adequate, double desired) {
    Checks.finite("adequate", adequate);
    Checks.finite("desired", desired);
    if (desired < adequate) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "desired", "must be at least the adequate level " + adequate,
          desired);
    }
  }
}
