package org.cxkit.core.touchpoint;

import java.time.Duration;
import java.util.Optional;

/**
 * A touchpoint with two-way communication between the customer and the company or its product:
 * the customer picked the shoe up and asked about it, answered a chat, clicked and got a page.
 *
 * <p>Every interaction is a {@link Touchpoint}. The interface is sealed: an interaction is either an
 * {@link Engagement} (the customer committed to act) or an {@link Exchange} (no commitment).
 *
 * <p>Implementations are immutable and thread-safe, and compare by value.
 */
public sealed interface Interaction extends Touchpoint permits Exchange, Engagement {

  /**
   * Returns who started the interaction.
   *
   * @return the customer or the company
   */
  Initiator initiator();

  /**
   * Returns what was exchanged, in the user's words, such as "asked about sizing, was answered".
   *
   * @return the exchange, or empty if not recorded
   */
  Optional<String> exchange();

  /**
   * Returns how long the interaction lasted, where known.
   *
   * @return the duration, zero or positive, or empty if not known
   */
  Optional<Duration> duration();
}
