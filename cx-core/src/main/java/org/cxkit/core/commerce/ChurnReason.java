package org.cxkit.core.commerce;

import org.cxkit.core.internal.Checks;

/**
 * Why a customer left, as recorded when a subscription ended: too expensive, missing feature, poor support, or a reason of the user's own.
 *
 * <p>Open to users' own values: {@code ChurnReason.of("...")} makes any churn reason, and two values with the same
 * name are equal. Names are case-sensitive and kept as given.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the churn reason's name, not blank
 */
public record ChurnReason(String name) {
  /** The price was too high for the value. */
  public static final ChurnReason PRICE = new ChurnReason("price");
  /** A needed feature was missing. */
  public static final ChurnReason MISSING_FEATURE = new ChurnReason("missing-feature");
  /** Support or service was poor. */
  public static final ChurnReason POOR_SUPPORT = new ChurnReason("poor-support");
  /** The customer moved to a competitor. */
  public static final ChurnReason COMPETITOR = new ChurnReason("competitor");
  /** The customer no longer needs the product. */
  public static final ChurnReason NO_LONGER_NEEDED = new ChurnReason("no-longer-needed");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public ChurnReason {
    Checks.nonBlank("churn reason", name);
  }

  /**
   * Obtains a churn reason by name.
   *
   * @param name the name, not blank
   * @return the churn reason
   */
  public static ChurnReason of(String name) {
    return new ChurnReason(name);
  }

  /** Returns the name alone. */
  @Override
  public String toString() {
    return name;
  }
}
