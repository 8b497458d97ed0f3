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
   * Returns the weight if it lies in [1e-100, 1e100]: wide enough for any survey weighting, and
   * narrow enough that squared weights, and their sums over any long count, neither underflow
   * nor overflow (the effective sample size divides by the sum of squares).
   *
   * @param weight the weight
   * @return the weight
   */
  /** The smallest weight accepted. */
  public static final double MIN_WEIGHT = 1e-100;
  /** The largest weight accepted. */
  public static final double MAX_WEIGHT = 1e100;

  public static double weight(double weight) {
    if (!(weight >= MIN_WEIGHT && weight <= MAX_WEIGHT)) {
      throw new IllegalArgumentException(
          "Invalid value for weight (valid values " + MIN_WEIGHT + " - " + MAX_WEIGHT + "): " + weight);
    }
    return weight;
  }
}
