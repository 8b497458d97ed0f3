package org.cxkit.core.journey;

import java.util.OptionalDouble;
import org.cxkit.core.touchpoint.Touchpoint;
import org.cxkit.core.touchpoint.TouchpointKind;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;

/**
 * The funnel from exposure to interaction to engagement: how many touchpoints there were, how many
 * of them were interactions and how many engagements. The counts nest, because every engagement is
 * an interaction and every interaction a touchpoint.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param touchpoints all touchpoints, zero or more
 * @param interactions the interactions among them (engagements included), at most {@code touchpoints}
 * @param engagements the engagements among them, at most {@code interactions}
 */
public record Funnel(long touchpoints, long interactions, long engagements) {
  /** The funnel of no touchpoints. */
  public static final Funnel EMPTY = new Funnel(0, 0, 0);

  /**
   * Checks that the counts nest.
   *
   * @throws IllegalArgumentException if a count is negative or exceeds the one above it
   */
  public Funnel {
    if (engagements < 0 || engagements > interactions || interactions > touchpoints) {
      throw new InvalidValueException(ReasonCode.INVALID, "funnel",
          "Invalid funnel (need 0 <= engagements <= interactions <= touchpoints): "
          + engagements + ", " + interactions + ", " + touchpoints);
    }
  }

  /**
   * Counts the funnel of some touchpoints.
   *
   * @param touchpoints the touchpoints
   * @return their funnel
   */
  public static Funnel of(Iterable<? extends Touchpoint> touchpoints) {
    long all = 0;
    long interactions = 0;
    long engagements = 0;
    for (Touchpoint t : touchpoints) {
      all++;
      if (t.kind().isAtLeast(TouchpointKind.INTERACTION)) {
        interactions++;
      }
      if (t.kind() == TouchpointKind.ENGAGEMENT) {
        engagements++;
      }
    }
    return new Funnel(all, interactions, engagements);
  }

  /**
   * Adds another funnel's counts to this one's, as when journeys are pooled.
   *
   * @param other the other funnel
   * @return the pooled funnel
   */
  public Funnel plus(Funnel other) {
    return new Funnel(touchpoints + other.touchpoints, interactions + other.interactions,
        engagements + other.engagements);
  }

  /**
   * Returns the share of touchpoints that were interactions.
   *
   * @return interactions ÷ touchpoints, or empty when there are no touchpoints
   */
  public OptionalDouble interactionRate() {
    return touchpoints == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) interactions / touchpoints);
  }

  /**
   * Returns the share of interactions that were engagements.
   *
   * @return engagements ÷ interactions, or empty when there are no interactions
   */
  public OptionalDouble engagementRate() {
    return interactions == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) engagements / interactions);
  }
}
