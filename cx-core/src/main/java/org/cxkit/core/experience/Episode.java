package org.cxkit.core.experience;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.touchpoint.Touchpoint;
import org.immutables.value.Value;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;

/**
 * One individual experience: an episode at a touchpoint, holding what the customer expected on each
 * quality dimension, what they perceived, and, where known, whether their problem was solved.
 *
 * <p>Rules: at most one perception per dimension; at most one expectation per dimension and level;
 * an expectation and a perception of the same dimension are on the same scale.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract class Episode {

  Episode() {}

  /**
   * Returns a builder; {@code build()} checks every rule.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the touchpoint the episode happened at.
   *
   * @return the touchpoint
   */
  public abstract Touchpoint touchpoint();

  /**
   * Returns the expectations the customer brought, per dimension and level.
   *
   * @return the expectations, possibly empty
   */
  public abstract List<Expectation> expectations();

  /**
   * Returns what the customer perceived, per dimension.
   *
   * @return the perceptions, possibly empty
   */
  public abstract List<Perception> perceptions();

  /**
   * Returns whether using what the customer bought solved their problem (customer success), where
   * known.
   *
   * @return true if solved, false if not, empty if not known
   */
  public abstract Optional<Boolean> problemSolved();

  /**
   * Returns the customer, that of the touchpoint.
   *
   * @return the customer
   */
  public final CustomerId customer() {
    return touchpoint().customer();
  }

  /**
   * Returns when the episode happened, that of the touchpoint.
   *
   * @return the instant
   */
  public final Instant occurredAt() {
    return touchpoint().occurredAt();
  }

  /**
   * Returns the expectation on a dimension at a level.
   *
   * @param dimension the dimension
   * @param level the level
   * @return the expectation, or empty if none was recorded
   */
  public final Optional<Expectation> expectation(QualityDimension dimension, ExpectationLevel level) {
    return expectations().stream()
        .filter(e -> e.dimension().equals(dimension) && e.level() == level)
        .findFirst();
  }

  /**
   * Returns the perception on a dimension.
   *
   * @param dimension the dimension
   * @return the perception, or empty if none was recorded
   */
  public final Optional<Perception> perception(QualityDimension dimension) {
    return perceptions().stream().filter(p -> p.dimension().equals(dimension)).findFirst();
  }

  @Value.Check
  final void check() {
    Map<QualityDimension, Scale> scales = new HashMap<>();
    for (Perception p : perceptions()) {
      if (scales.put(p.dimension(), p.scale()) != null) {
        throw new InvalidValueException(ReasonCode.DUPLICATE, "perceptions",
            "Invalid value for perceptions (one per dimension): " + p.dimension() + " appears twice");
      }
    }
    Set<String> seen = new HashSet<>();
    for (Expectation e : expectations()) {
      if (!seen.add(e.dimension().name() + '\u0000' + e.level())) {
        throw new InvalidValueException(ReasonCode.DUPLICATE, "expectations",
            "Invalid value for expectations (one per dimension and level): "
            + e.dimension() + " " + e.level() + " appears twice");
      }
      Scale perceived = scales.get(e.dimension());
      if (perceived != null && !perceived.equals(e.scale())) {
        throw new InvalidValueException(ReasonCode.INVALID, "expectation scale",
            "Invalid value for expectation scale (must be the perception's scale "
            + perceived + " on " + e.dimension() + "): " + e.scale());
      }
    }
  }

  /** Builds an {@link Episode}; not thread-safe. */
  public static final class Builder extends ImmutableEpisode.Builder {
    Builder() {}
  }
}
