package org.cxkit.metrics.satisfaction.internal;

/**
 * Argument checks whose messages name the field, the accepted range and the bad value. Internal (the
 * package is not exported).
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks a confidence level.
   *
   * @param level the level
   * @return the level
   * @throws IllegalArgumentException unless strictly between 0 and 1
   */
  public static double level(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "Invalid value for level (valid values strictly between 0 and 1): " + level);
    }
    return level;
  }
}
