package org.cxkit.core.touchpoint;

import org.cxkit.core.internal.Checks;

/**
 * What a customer commits, or agrees, to do in an engagement: sign up for a trial, book a demo, try something on, buy, renew, upgrade, or a commitment of the user's own.
 *
 * <p>Open to users' own values: {@code Commitment.of("...")} makes any commitment, and two values with the same
 * name are equal. Names are case-sensitive and kept as given.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the commitment's name, not blank
 */
public record Commitment(String name) {
  /** Signs up for a free trial. */
  public static final Commitment TRIAL_SIGN_UP = new Commitment("trial-sign-up");
  /** Books a demonstration. */
  public static final Commitment DEMO_BOOKED = new Commitment("demo-booked");
  /** Asks to try a product on or out. */
  public static final Commitment TRY_ON = new Commitment("try-on");
  /** Buys: the strongest engagement. */
  public static final Commitment PURCHASE = new Commitment("purchase");
  /** Starts a subscription. */
  public static final Commitment SUBSCRIPTION = new Commitment("subscription");
  /** Renews a subscription or contract. */
  public static final Commitment RENEWAL = new Commitment("renewal");
  /** Moves to a higher plan. */
  public static final Commitment UPGRADE = new Commitment("upgrade");
  /** Registers an account. */
  public static final Commitment SIGN_UP = new Commitment("sign-up");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public Commitment {
    Checks.nonBlank("commitment", name);
  }

  /**
   * Obtains a commitment by name.
   *
   * @param name the name, not blank
   * @return the commitment
   */
  public static Commitment of(String name) {
    return new Commitment(name);
  }

  /** Returns the name alone. */
  @Override
  public String toString() {
    return name;
  }
}
