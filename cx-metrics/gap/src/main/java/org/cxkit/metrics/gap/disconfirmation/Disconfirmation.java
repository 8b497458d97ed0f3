package org.cxkit.metrics.gap.disconfirmation;

import org.cxkit.core.internal.Checks;

/**
 * The direction in which a perception departs from an expectation, in the expectancy
 * disconfirmation paradigm (Oliver 1980): performance below expectation is negative
 * disconfirmation, above it positive, and within a stated tolerance of it, confirmation.
 *
 * <p>With {@code gap = P − E} and a tolerance {@code τ ≥ 0}: {@link #NEGATIVE} if
 * {@code gap < −τ}, {@link #POSITIVE} if {@code gap > τ}, else {@link #CONFIRMED} (bounds included).
 */
public enum Disconfirmation {
  /** The perception fell short of the expectation by more than the tolerance. */
  NEGATIVE,
  /** The perception was within the tolerance of the expectation, bounds included. */
  CONFIRMED,
  /** The perception exceeded the expectation by more than the tolerance. */
  POSITIVE;

  /**
   * Classifies a gap.
   *
   * @param gap perception minus expectation, finite
   * @param tolerance how far from zero still counts as confirmed, finite and zero or more
   * @return the classification
   * @throws IllegalArgumentException if the gap is not finite or the tolerance is negative or not finite
   */
  public static Disconfirmation of(double gap, double tolerance) {
    Checks.finite("gap", gap);
    Checks.nonNegative("tolerance", tolerance);
    if (gap < -tolerance) {
      return NEGATIVE;
    }
    return gap > tolerance ? POSITIVE : CONFIRMED;
  }
}
