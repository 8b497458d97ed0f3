package org.cxkit.metrics.journey.attribution;

import org.cxkit.core.internal.Checks;

/**
 * A channel's removal effect in a Markov chain of journeys (Anderl, Becker, von Wangenheim and
 * Schumann 2016): the share of the conversion probability lost when every state containing the
 * channel leads to null, {@code 1 − P(conversion without the channel) ÷ P(conversion)}; and the same
 * for the expected conversion value.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param channel the channel's label, not blank
 * @param conversions the removal effect on the conversion probability, from 0 to 1
 * @param value the removal effect on the expected conversion value, from 0 to 1 (0 when there is no
 *     value)
 */
public record RemovalEffect(String channel, double conversions, double value) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the channel is blank or an effect is not from 0 to 1
   */
  public RemovalEffect {
    Checks.nonBlank("channel", channel);
    conversions = Checks.probability("conversions", conversions);
    value = Checks.probability("value", value);
  }
}
