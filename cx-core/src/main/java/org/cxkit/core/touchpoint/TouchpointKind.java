package org.cxkit.core.touchpoint;

import java.util.Optional;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;

/**
 * The most specific kind of a touchpoint, and the rule that decides it from the facts of an observed
 * event.
 *
 * <p>The kinds nest: every engagement is an interaction and every interaction a touchpoint, so
 * {@link #isAtLeast} is the order {@code EXPOSURE < INTERACTION < ENGAGEMENT}.
 */
public enum TouchpointKind {
  /** The customer was exposed to the company and nothing came back: an {@link Exposure}. */
  EXPOSURE,
  /** Communication went both ways, without a commitment: an {@link Exchange}. */
  INTERACTION,
  /** Communication went both ways and the customer committed to act: an {@link Engagement}. */
  ENGAGEMENT;

  /**
   * Classifies an observed event by the definitions.
   *
   * <ul>
   *   <li>not exposed: no touchpoint at all (empty);
   *   <li>exposed, one-way: {@link #EXPOSURE};
   *   <li>exposed, two-way, no commitment: {@link #INTERACTION};
   *   <li>exposed, two-way, committed: {@link #ENGAGEMENT}.
   * </ul>
   *
   * A commitment is only ever made in an interaction, so facts that say the customer committed
   * without two-way communication, or communicated without being exposed, contradict the
   * definitions and are rejected rather than guessed at.
   *
   * @param exposed whether the customer came into contact with, or was exposed to, the company
   * @param twoWay whether something was exchanged in both directions
   * @param committed whether the customer committed, or agreed, to act
   * @return the most specific kind, or empty if the event is not a touchpoint
   * @throws IllegalArgumentException if the facts contradict each other
   */
  public static Optional<TouchpointKind> classify(boolean exposed, boolean twoWay, boolean committed) {
    if (committed && !twoWay) {
      throw new InvalidValueException(ReasonCode.INVALID, "facts",
          "Invalid facts (a commitment is made in a two-way interaction): committed=true, twoWay=false");
    }
    if (twoWay && !exposed) {
      throw new InvalidValueException(ReasonCode.INVALID, "facts",
          "Invalid facts (two-way communication is a contact): twoWay=true, exposed=false");
    }
    if (!exposed) {
      return Optional.empty();
    }
    return Optional.of(committed ? ENGAGEMENT : twoWay ? INTERACTION : EXPOSURE);
  }

  /**
   * Tells whether a touchpoint of this kind is also of the given kind: an engagement is at least an
   * interaction, and everything is at least an exposure-level touchpoint.
   *
   * @param other the kind to compare with
   * @return true if this kind is {@code other} or nested inside it
   */
  public boolean isAtLeast(TouchpointKind other) {
    return compareTo(other) >= 0;
  }
}
