package org.cxkit.metrics.gap.zone;

import org.cxkit.core.internal.Checks;

/**
 * Where a perception falls relative to the zone of tolerance between the adequate and the desired
 * expectation (Zeithaml, Berry and Parasuraman 1993). The bounds belong to the zone: a perception
 * equal to the adequate or the desired level is {@link #WITHIN}.
 */
public enum ZonePosition {
  /** Below the adequate level: a negative adequacy gap, service inadequate. */
  BELOW,
  /** From the adequate to the desired level, both included. */
  WITHIN,
  /** Above the desired level: a positive superiority gap, service superior. */
  ABOVE;

  /**
   * Classifies a perception.
   *
   * @param perceived the perception, finite
   * @param adequate the adequate level, finite
   * @param desired the desired level, finite and at least {@code adequate}
   * @return the position
   * @throws IllegalArgumentException if a value is not finite or desired is below adequate
   */
  public static ZonePosition of(double perceived, double adequate, double desired) {
    ToleranceZone.check(adequate, desired);
    Checks.finite("perceived", perceived);
    if (perceived < adequate) {
      return BELOW;
    }
    return perceived > desired ? ABOVE : WITHIN;
  }
}
