package org.cxkit.metrics.journey;

import java.util.Objects;
import java.util.Optional;
import org.cxkit.core.touchpoint.Commitment;
import org.cxkit.core.touchpoint.Engagement;
import org.cxkit.core.touchpoint.Touchpoint;

/**
 * What counts as a conversion in a journey: reaching any {@link Engagement}, or an engagement with a
 * given {@link Commitment} (a purchase, a trial sign-up). A journey converts at the first touchpoint
 * that counts; an interaction or an exposure never does, since only an engagement is a commitment to
 * act.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class Conversion {
  private static final Conversion ANY = new Conversion(null);

  private final Commitment commitment;

  private Conversion(Commitment commitment) {
    this.commitment = commitment;
  }

  /**
   * Returns the rule under which every engagement is a conversion.
   *
   * @return the rule
   */
  public static Conversion anyEngagement() {
    return ANY;
  }

  /**
   * Returns the rule under which only engagements with the given commitment are conversions.
   *
   * @param commitment the commitment, such as {@link Commitment#PURCHASE}
   * @return the rule
   */
  public static Conversion of(Commitment commitment) {
    return new Conversion(Objects.requireNonNull(commitment, "commitment"));
  }

  /**
   * Returns the commitment required, if any.
   *
   * @return the commitment, or empty if any engagement counts
   */
  public Optional<Commitment> commitment() {
    return Optional.ofNullable(commitment);
  }

  /**
   * Tells whether a touchpoint is a conversion under this rule.
   *
   * @param touchpoint the touchpoint
   * @return true if it is an engagement, with the required commitment where one is required
   */
  public boolean isConversion(Touchpoint touchpoint) {
    Objects.requireNonNull(touchpoint, "touchpoint");
    return touchpoint instanceof Engagement e && (commitment == null || commitment.equals(e.commitment()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Conversion c && Objects.equals(commitment, c.commitment);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(commitment);
  }

  /** Returns {@code any engagement} or {@code engagement with commitment <name>}. */
  @Override
  public String toString() {
    return commitment == null ? "any engagement" : "engagement with commitment " + commitment;
  }
}
