package org.cxkit.core.result;

import java.util.Objects;

/**
 * Why a value was rejected: a {@linkplain ReasonCode code} to count by, the field that held the
 * value, and a message for people that names the field, the accepted values and the value given.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the stable key, such as {@link ReasonCode#OUT_OF_RANGE}
 * @param field the field, such as {@code score} or {@code responses.csv:score}, not blank
 * @param message the message, such as {@code Invalid value for score (valid values 0 - 10): 11}, not blank
 */
public record Reason(ReasonCode code, String field, String message) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the field or the message is blank
   */
  public Reason {
    Objects.requireNonNull(code, "code");
    requireText("field", field);
    requireText("message", message);
  }

  /**
   * Obtains a reason.
   *
   * @param code the stable key
   * @param field the field, not blank
   * @param message the message, not blank
   * @return the reason
   */
  public static Reason of(ReasonCode code, String field, String message) {
    return new Reason(code, field, message);
  }

  private static void requireText(String name, String value) {
    if (Objects.requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException("Invalid value for " + name + " (must not be blank): \"" + value + "\"");
    }
  }

  /** Returns the message, prefixed by the code: {@code [out-of-range] Invalid value for …}. */
  @Override
  public String toString() {
    return "[" + code + "] " + message;
  }
}
