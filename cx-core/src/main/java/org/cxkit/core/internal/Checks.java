package org.cxkit.core.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Argument checks whose messages name the field, the accepted range and the bad value. Internal to
 * cx-core (the package is not exported).
 */
public final class Checks {
  private Checks() {}

  /** Returns {@code value} if it has a non-whitespace character. */
  public static String nonBlank(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field);
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException("Invalid value for " + field + " (must not be blank): \"" + value + "\"");
    }
    return value;
  }

  /** Returns {@code value} if it lies in {@code [min, max]}. */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (valid values " + min + " - " + max + "): " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is finite and lies in {@code [min, max]}. */
  public static double inRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (valid values " + min + " - " + max + "): " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is at least {@code min}. */
  public static int atLeast(String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (must be at least " + min + "): " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is zero or more. */
  public static BigDecimal nonNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (must not be negative): " + value.toPlainString());
    }
    return value;
  }

  /** Returns {@code value} if it is zero or positive. */
  public static Duration nonNegative(String field, Duration value) {
    if (value.isNegative()) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (must not be negative): " + value);
    }
    return value;
  }

  /** Checks that {@code later} is not before {@code earlier}. */
  public static void notBefore(String laterField, Instant later, String earlierField, Instant earlier) {
    if (later.isBefore(earlier)) {
      throw new IllegalArgumentException(
          "Invalid value for " + laterField + " (must not be before " + earlierField + " " + earlier + "): " + later);
    }
  }
}
