package org.cxkit.core.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;

/**
 * Argument checks shared by every cx module. Each returns the value it checked, or throws
 * {@link InvalidValueException} with a {@link ReasonCode} and a message in one form,
 * {@code Invalid value for <field> (<accepted values>): <value>}, so that a bulk operation can set
 * the item aside under its code and a person reads what was wrong.
 *
 * <p>Not API: exported only to the cx modules. Stateless and thread-safe.
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns the exception for a rejected value, in the one message form.
   *
   * @param code the reason code
   * @param field the field that held the value
   * @param rule the accepted values, such as {@code valid values 0 - 10}
   * @param value the value given
   * @return the exception, to throw
   */
  public static InvalidValueException invalid(ReasonCode code, String field, String rule, Object value) {
    return new InvalidValueException(code, field, "Invalid value for " + field + " (" + rule + "): " + value);
  }

  /** Returns {@code value} if it has a non-whitespace character. */
  public static String nonBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw invalid(ReasonCode.MISSING, field, "must not be blank", "\"" + value + "\"");
    }
    return value;
  }

  /** Returns {@code value} if it lies in {@code [min, max]}. */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw invalid(ReasonCode.OUT_OF_RANGE, field, "valid values " + min + " - " + max, value);
    }
    return value;
  }

  /** Returns {@code value} if it lies in {@code [min, max]}. */
  public static long inRange(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw invalid(ReasonCode.OUT_OF_RANGE, field, "valid values " + min + " - " + max, value);
    }
    return value;
  }

  /** Returns {@code value} if it is finite and lies in {@code [min, max]}. */
  public static double inRange(String field, double value, double min, double max) {
    finite(field, value);
    if (!(value >= min && value <= max)) {
      throw invalid(ReasonCode.OUT_OF_RANGE, field, "valid values " + min + " - " + max, value);
    }
    return value;
  }

  /** Returns {@code value} if it is at least {@code min}. */
  public static int atLeast(String field, int value, int min) {
    if (value < min) {
      throw invalid(ReasonCode.OUT_OF_RANGE, field, "must be at least " + min, value);
    }
    return value;
  }

  /** Returns {@code value} if it is at least {@code min}. */
  public static long atLeast(String field, long value, long min) {
    if (value < min) {
      throw invalid(ReasonCode.OUT_OF_RANGE, field, "must be at least " + min, value);
    }
    return value;
  }

  /** Returns {@code value} if it is at least 1. */
  public static long positive(String field, long value) {
    return atLeast(field, value, 1);
  }

  /** Returns {@code value} if it is zero or more. */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw invalid(ReasonCode.OUT_OF_RANGE, field, "must not be negative", value);
    }
    return value;
  }

  /** Returns {@code value} if it is finite and zero or more; {@code -0.0} becomes {@code 0.0}. */
  public static double nonNegative(String field, double value) {
    finite(field, value);
    if (!(value >= 0)) {
      throw invalid(ReasonCode.OUT_OF_RANGE, field, "must not be negative", value);
    }
    return value + 0.0;
  }

  /** Returns {@code value} if it is zero or more. */
  public static BigDecimal nonNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw invalid(ReasonCode.OUT_OF_RANGE, field, "must not be negative", value.toPlainString());
    }
    return value;
  }

  /** Returns {@code value} if it is zero or positive. */
  public static Duration nonNegative(String field, Duration value) {
    if (value.isNegative()) {
      throw invalid(ReasonCode.OUT_OF_RANGE, field, "must not be negative", value);
    }
    return value;
  }

  /** Returns {@code value} if it is neither NaN nor infinite. */
  public static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw invalid(ReasonCode.NOT_FINITE, field, "must be finite", value);
    }
    return value;
  }

  /** Returns {@code value} if it is zero or more, positive infinity included. */
  public static double zeroOrMore(String field, double value) {
    if (!(value >= 0)) {
      throw invalid(Double.isNaN(value) ? ReasonCode.NOT_FINITE : ReasonCode.OUT_OF_RANGE, field, "must be zero or more", value);
    }
    return value;
  }

  /** Returns {@code value} unless it is NaN (infinities pass). */
  public static double notNaN(String field, double value) {
    if (Double.isNaN(value)) {
      throw invalid(ReasonCode.NOT_FINITE, field, "must not be NaN", value);
    }
    return value;
  }

  /** Returns {@code value} if it is finite and greater than 0. */
  public static double positiveFinite(String field, double value) {
    finite(field, value);
    if (!(value > 0)) {
      throw invalid(ReasonCode.OUT_OF_RANGE, field, "must be finite and greater than 0", value);
    }
    return value;
  }

  /** Returns {@code value} if it lies strictly between 0 and 1. */
  public static double openUnit(String field, double value) {
    finite(field, value);
    if (!(value > 0 && value < 1)) {
      throw invalid(ReasonCode.OUT_OF_RANGE, field, "valid values strictly between 0 and 1", value);
    }
    return value;
  }

  /** Returns {@code value} if it is a probability, from 0 to 1; {@code -0.0} becomes {@code 0.0}. */
  public static double probability(String field, double value) {
    return inRange(field, value, 0, 1) + 0.0;
  }

  /** Returns a confidence level if it lies strictly between 0 and 1. */
  public static double level(double level) {
    return openUnit("level", level);
  }

  /** Returns {@code a + b}, or throws naming the field if the sum of counts overflows a {@code long}. */
  public static long addExact(String field, long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      throw invalid(ReasonCode.TOO_LARGE, field, "must not exceed " + Long.MAX_VALUE,
          new BigDecimal(a).add(new BigDecimal(b)).toPlainString());
    }
    return sum;
  }

  /** Checks that {@code later} is not before {@code earlier}. */
  public static void notBefore(String laterField, Instant later, String earlierField, Instant earlier) {
    if (later.isBefore(earlier)) {
      throw invalid(ReasonCode.OUT_OF_ORDER, laterField, "must not be before " + earlierField + " " + earlier, later);
    }
  }
}
