package org.cxkit.core.result;

import java.util.Objects;
import org.cxkit.core.internal.Checks;

/**
 * An item of a bulk input that was not used, with where it stood in the input and why it was set
 * aside.
 *
 * <p>This record is immutable and thread-safe if the item is.
 *
 * @param position the item's zero-based position in the input, zero or more
 * @param item the item as it was given
 * @param reason why it was set aside, naming the field and the value, not blank
 * @param <I> the type of the input items
 */
public record SetAside<I>(long position, I item, String reason) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the position is negative or the reason blank
   */
  public SetAside {
    if (position < 0) {
      throw new IllegalArgumentException("Invalid value for position (must not be negative): " + position);
    }
    Objects.requireNonNull(item, "item");
    Checks.nonBlank("reason", reason);
  }
}
