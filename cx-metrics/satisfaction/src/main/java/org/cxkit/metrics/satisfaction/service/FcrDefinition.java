package org.cxkit.metrics.satisfaction.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * What "resolved in the first contact" means: first contact resolution has several definitions in
 * use, which give different figures, so the definition is always stated.
 *
 * <ul>
 *   <li>{@link #oneContact()}: among tickets resolved now, those the customer raised once
 *       ({@code contacts() == 1}) and that were never reopened (a reopening is a further contact).</li>
 *   <li>{@link #oneAgentReply()}: among tickets resolved now with a known, non-zero number of agent
 *       replies, those resolved with exactly one reply and never reopened ("one-touch"). Tickets with
 *       no recorded reply count, or closed without any agent reply, are not judged.</li>
 *   <li>{@link #noRecontactWithin(Duration, Instant)}: among tickets first resolved at least
 *       {@code window} before {@code asOf}, those not reopened within {@code window} of their first
 *       resolution. Tickets resolved more recently are not judged yet, since a re-contact may still
 *       come; that is why this variant needs the instant the data was taken.</li>
 * </ul>
 *
 * <p>Implementations are immutable and thread-safe, and compare by value.
 */
public sealed interface FcrDefinition {

  /**
   * Returns the definition "raised once, never reopened".
   *
   * @return the definition
   */
  static FcrDefinition oneContact() {
    return OneContact.INSTANCE;
  }

  /**
   * Returns the definition "resolved with exactly one agent reply, never reopened".
   *
   * @return the definition
   */
  static FcrDefinition oneAgentReply() {
    return OneAgentReply.INSTANCE;
  }

  /**
   * Returns the definition "not reopened within {@code window} of the first resolution", judged on
   * data taken at {@code asOf}.
   *
   * @param window how long after the first resolution a reopening counts as a re-contact, positive
   * @param asOf when the ticket data was taken
   * @return the definition
   */
  static FcrDefinition noRecontactWithin(Duration window, Instant asOf) {
    return new NoRecontactWithin(window, asOf);
  }

  /** Raised once, never reopened. */
  enum OneContact implements FcrDefinition {
    /** The only instance. */
    INSTANCE;

    @Override
    public String toString() {
      return "ONE_CONTACT";
    }
  }

  /** Resolved with exactly one agent reply, never reopened. */
  enum OneAgentReply implements FcrDefinition {
    /** The only instance. */
    INSTANCE;

    @Override
    public String toString() {
      return "ONE_AGENT_REPLY";
    }
  }

  /**
   * Not reopened within a window of the first resolution, judged on data taken at {@code asOf}.
   *
   * @param window how long after the first resolution a reopening counts as a re-contact, positive
   * @param asOf when the ticket data was taken
   */
  record NoRecontactWithin(Duration window, Instant asOf) implements FcrDefinition {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the window is not positive
     */
    public NoRecontactWithin {
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(asOf, "asOf");
      if (window.isNegative() || window.isZero()) {
        throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "window", "must be positive", window);
      }
    }

    @Override
    public String toString() {
      return "NO_RECONTACT_WITHIN " + window + " as of " + asOf;
    }
  }
}
