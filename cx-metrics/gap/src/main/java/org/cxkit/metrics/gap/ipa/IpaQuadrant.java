package org.cxkit.metrics.gap.ipa;

import org.cxkit.core.internal.Checks;

/**
 * The four quadrants of an importance–performance grid (Martilla and James 1977), named as in the
 * paper. Importance runs up the grid, performance across it.
 */
public enum IpaQuadrant {
  /** High importance, low performance: where improvement pays most. */
  CONCENTRATE_HERE,
  /** High importance, high performance. */
  KEEP_UP_THE_GOOD_WORK,
  /** Low importance, low performance. */
  LOW_PRIORITY,
  /** Low importance, high performance: effort perhaps better spent elsewhere. */
  POSSIBLE_OVERKILL;

  /**
   * Places a point relative to a crosshair. A coordinate equal to the crosshair's counts as high
   * (Martilla and James leave this open): a point exactly on both lines is
   * {@link #KEEP_UP_THE_GOOD_WORK}.
   *
   * @param importance the point's importance, finite
   * @param performance the point's performance, finite
   * @param crosshair where the grid is divided
   * @return the quadrant
   * @throws IllegalArgumentException if a coordinate is not finite
   */
  public static IpaQuadrant of(double importance, double performance, IpaCrosshair crosshair) {
    Checks.finite("importance", importance);
    Checks.finite("performance", performance);
    boolean important = importance >= crosshair.importance();
    boolean performing = performance >= crosshair.performance();
    if (important) {
      return performing ? KEEP_UP_THE_GOOD_WORK : CONCENTRATE_HERE;
    }
    return performing ? POSSIBLE_OVERKILL : LOW_PRIORITY;
  }
}
