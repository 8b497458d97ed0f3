package org.cxkit.metrics.journey.attribution;

import org.cxkit.core.internal.Checks;

/**
 * The credit one channel receives under an attribution model: a share of the conversions, and of
 * their value.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param channel the channel's label, not blank
 * @param conversions the conversions credited, finite and zero or more (a fraction in general)
 * @param value the conversion value credited, finite and zero or more
 */
public record Credit(String channel, double conversions, double value) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the channel is blank or a credit is negative or not finite
   */
  public Credit {
    Checks.nonBlank("channel", channel);
    conversions = Checks.nonNegative("conversions", conversions);
    value = Checks.nonNegative("value", value);
  }
}
