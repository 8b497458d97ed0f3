package org.cxkit.metrics.journey;

/**
 * What becomes of consecutive touchpoints with the same label when a journey becomes a path.
 */
public enum Repeats {
  /**
   * Every touchpoint is a step: {@code web, web, email} gives {@code web > web > email}. Linear
   * attribution then counts each repeat, as ChannelAttribution's heuristics do.
   */
  KEEP,
  /**
   * A run of consecutive equal labels is one step: {@code web, web, email} gives
   * {@code web > email}. The step is timed at the run's last touchpoint, the one nearest the
   * conversion.
   */
  COLLAPSE
}
