package org.cxkit.metrics.churn.internal;

/**
 * Argument checks whose messages name the field, the accepted range and the bad value. Internal to
 * the churn module (the package is not exported).
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns a confidence level if it lies strictly between 0 and 1.
   *
   * @param level the level
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
   * Returns a value if it is finite and lies in {@code [min, max]}.
   *
   * @param field the field's name
   * @param value the value
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @return the value
   */
  public static double inRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (valid values " + min + " - " + max + "): " + value);
    }
    return value;
  }

  /**
   * Returns a value if it is finite and zero or more.
   *
   * @param field the field's name
   * @param value the value
   * @return the value
   */
  public static double nonNegativeFinite(String field, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (must be finite and zero or more): " + value);
    }
    return value;
  }

  /**
   * Returns a value if it is finite and strictly positive.
   *
   * @param field the field's name
   * @param value the value
   * @return the value
   */
  public static double positiveFinite(String field, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (must be finite and greater than 0): " + value);
    }
    return value;
  }
}
