package org.cxkit.metrics.gap;

/** Argument checks whose messages name the field, the accepted range and the bad value. */
final class Checks {
  private Checks() {}

  static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Invalid value for " + field + " (must be finite): " + value);
    }
    return value;
  }

  static double nonNegative(String field, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (must be finite and zero or more): " + value);
    }
    return value;
  }

  static double inRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (valid values " + min + " - " + max + "): " + value);
    }
    return value;
  }

  static double level(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "Invalid value for level (valid values strictly between 0 and 1): " + level);
    }
    return level;
  }
}
