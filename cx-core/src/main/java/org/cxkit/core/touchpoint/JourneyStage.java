package org.cxkit.core.touchpoint;

/**
 * The stage of the customer life cycle a touchpoint belongs to, in life-cycle order. The whole cycle
 * counts, from first interest to leaving.
 */
public enum JourneyStage {
  /** First interest and evaluation, before buying. */
  PRE_PURCHASE,
  /** The purchase itself. */
  PURCHASE,
  /** Onboarding and use of what was bought. */
  CONSUMPTION,
  /** Support, renewal and advocacy after the purchase. */
  POST_PURCHASE,
  /** The customer leaves; how leaving is handled is still part of the experience. */
  EXIT
}
