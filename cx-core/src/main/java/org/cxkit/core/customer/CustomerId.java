package org.cxkit.core.customer;

import org.cxkit.core.internal.Checks;

/**
 * Identifies a customer, as the user's own systems do.
 *
 * <p>Any non-blank text is an id: {@code CustomerId.of("c-42")}. Two ids with the same text are equal;
 * ids are case-sensitive and kept as given.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the id text, not blank
 */
public record CustomerId(String value) {

  /**
   * Checks the id text.
   *
   * @throws IllegalArgumentException if the text is blank
   */
  public CustomerId {
    Checks.nonBlank("customer id", value);
  }

  /**
   * Obtains a customer id from its text.
   *
   * @param value the id text, not blank
   * @return the customer id
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  /** Returns the id text alone. */
  @Override
  public String toString() {
    return value;
  }
}
