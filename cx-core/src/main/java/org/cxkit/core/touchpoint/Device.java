package org.cxkit.core.touchpoint;

/** The kind of device a contact happened on. One customer may cross devices within one journey. */
public enum Device {
  /** A desktop or laptop computer. */
  DESKTOP,
  /** A phone. */
  MOBILE,
  /** A tablet. */
  TABLET,
  /** Anything else: a kiosk, a television, a car. */
  OTHER
}
