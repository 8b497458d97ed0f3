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
 * @param reason why it was set aside: code, field and message
 * @param <I> the type of the input items
 */
public record SetAside<I>(long position, I item, Reason reason) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the position is negative
   */
  public SetAside {
    Checks.nonNegative("position", position);
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Obtains a set-aside item.
   *
   * @param position the item's zero-based position in the input, zero or more
   * @param item the item
   * @param reason why it was set aside
   * @param <I> the type of the item
   * @return the set-aside item
   */
  public static <I> SetAside<I> of(long position, I item, Reason reason) {
    return new SetAside<>(position, item, reason);
  }

  /**
   * Obtains a set-aside item from the exception that rejected it.
   *
   * @param position the item's zero-based position in the input, zero or more
   * @param item the item
   * @param rejection the exception, whose reason is kept
   * @param <I> the type of the item
   * @return the set-aside item
   */
  public static <I> SetAside<I> of(long position, I item, InvalidValueException rejection) {
    return new SetAside<>(position, item, rejection.reason());
  }

  /**
   * Returns the reason's code.
   *
   * @return the code
   */
  public ReasonCode code() {
    return reason.code();
  }
}
