package org.cxkit.core.result;

import java.util.regex.Pattern;

/**
 * Why an item was set aside, as a stable key that can be counted, filtered and written to a side
 * table: {@code out-of-range}, {@code missing}, {@code currency-mismatch}, … The vocabulary is open:
 * the constants are the codes cx itself uses, and {@link #of(String)} makes any other.
 *
 * <p>A code is lower-case words joined by hyphens. This record is immutable and thread-safe; codes
 * compare by name.
 *
 * @param name the key, such as {@code out-of-range}: lower-case letters and digits in words joined
 *     by single hyphens
 */
public record ReasonCode(String name) implements Comparable<ReasonCode> {
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** A number outside the accepted range or scale: a score of 11 on 0–10, a negative amount. */
  public static final ReasonCode OUT_OF_RANGE = new ReasonCode("out-of-range");
  /** Text where a number was expected. */
  public static final ReasonCode NOT_A_NUMBER = new ReasonCode("not-a-number");
  /** NaN or an infinity where a finite number was expected. */
  public static final ReasonCode NOT_FINITE = new ReasonCode("not-finite");
  /** A required value that is absent or blank. */
  public static final ReasonCode MISSING = new ReasonCode("missing");
  /** A second item with an identity already seen. */
  public static final ReasonCode DUPLICATE = new ReasonCode("duplicate");
  /** An amount in another currency than the others. */
  public static final ReasonCode CURRENCY_MISMATCH = new ReasonCode("currency-mismatch");
  /** An amount with more fraction digits than its currency has, or an exponent. */
  public static final ReasonCode PRECISION = new ReasonCode("precision");
  /** A reference to a customer that is not known. */
  public static final ReasonCode UNKNOWN_CUSTOMER = new ReasonCode("unknown-customer");
  /** A date outside the plausible window, such as a year 10000. */
  public static final ReasonCode IMPLAUSIBLE_DATE = new ReasonCode("implausible-date");
  /** Two values in the wrong order: a ticket resolved before it was opened, an end before its start. */
  public static final ReasonCode OUT_OF_ORDER = new ReasonCode("out-of-order");
  /** Text that cannot be read in the expected form: a date, a code, a row. */
  public static final ReasonCode MALFORMED = new ReasonCode("malformed");
  /** A count or size beyond what can be represented or is allowed (an overflow, a size cap). */
  public static final ReasonCode TOO_LARGE = new ReasonCode("too-large");
  /** Any other invalid value; prefer a specific code. */
  public static final ReasonCode INVALID = new ReasonCode("invalid");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is not lower-case words joined by hyphens
   */
  public ReasonCode {
    if (!KEY.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Invalid value for name (lower-case words joined by hyphens, such as out-of-range): \"" + name + "\"");
    }
  }

  /**
   * Obtains a code.
   *
   * @param name the key, such as {@code out-of-range}
   * @return the code
   * @throws IllegalArgumentException if the name is not lower-case words joined by hyphens
   */
  public static ReasonCode of(String name) {
    return new ReasonCode(name);
  }

  @Override
  public int compareTo(ReasonCode other) {
    return name.compareTo(other.name);
  }

  /** Returns the name, such as {@code out-of-range}. */
  @Override
  public String toString() {
    return name;
  }
}
