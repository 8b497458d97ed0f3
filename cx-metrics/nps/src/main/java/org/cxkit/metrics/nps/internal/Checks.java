package org.cxkit.metrics.nps.internal;

/**
 * Argument checks whose messages name the field, the accepted range and the bad value, in the form
 * the whole library uses: {@code Invalid value for level (valid values strictly between 0 and 1): 1.5}.
 *
 * <p>Internal to the module (the package is not exported). Stateless and thread-safe.
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns the value if it is zero or more.
   *
   * @param field the field name, for the message
   * @param value the value
   * @return the value
   */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("Invalid value for " + field + " (must not be negative): " + value);
    }
    return value;
  }

  /**
   * Returns the value if it is at least 1.
   *
   * @param field the field name, for the message
   * @param value the value
   * @return the value
   */
  public static long positive(String field, long value) {
    if (value < 1) {
      throw new IllegalArgumentException("Invalid value for " + field + " (must be at least 1): " + value);
    }
    return value;
  }

  /**
   * Returns the level if it lies strictly between 0 and 1.
   *
   * @param level the confidence level
   * @return the level
   */
  public static double level(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "Invalid value for level (valid values strictly between 0 and 1): " + level);
    }
    return level;
  }

  /**
   * Returns the weight if it is finite and greater than zero.
   *
   * @param weight the weight
   * @return the weight
   */
  public static double weight(double weight) {
    if (!(weight > 0 && weight < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "Invalid value for weight (must be finite and greater than 0): " + weight);
    }
    return weight;
  }
}
