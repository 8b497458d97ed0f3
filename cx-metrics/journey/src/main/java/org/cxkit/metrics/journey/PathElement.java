package org.cxkit.metrics.journey;

import java.util.Locale;
import java.util.Objects;
import org.cxkit.core.touchpoint.Touchpoint;

/**
 * What each touchpoint contributes to a path: its channel, its kind or its journey stage.
 */
public enum PathElement {
  /** The channel's name, such as {@code email} or {@code web}: the element attribution credits. */
  CHANNEL,
  /** The most specific kind: {@code exposure}, {@code interaction} or {@code engagement}. */
  TOUCHPOINT_KIND,
  /**
   * The journey stage: {@code pre-purchase}, {@code purchase}, {@code consumption},
   * {@code post-purchase} or {@code exit}.
   */
  STAGE;

  /**
   * Returns a touchpoint's label for this element: the channel's name as given, or the kind's or
   * stage's constant name in lower case with hyphens.
   *
   * @param touchpoint the touchpoint
   * @return the label
   */
  public String label(Touchpoint touchpoint) {
    Objects.requireNonNull(touchpoint, "touchpoint");
    switch (this) {
      case CHANNEL:
        return touchpoint.channel().name();
      case TOUCHPOINT_KIND:
        return key(touchpoint.kind().name());
      case STAGE:
        return key(touchpoint.stage().name());
      default:
        throw new AssertionError(this);
    }
  }

  private static String key(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
