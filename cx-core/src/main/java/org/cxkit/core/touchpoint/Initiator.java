package org.cxkit.core.touchpoint;

/** Who started an interaction. */
public enum Initiator {
  /** The customer reached out (a question, a click, a call). */
  CUSTOMER,
  /** The company reached out (an outbound call, a chat invitation, an in-product prompt). */
  COMPANY
}
