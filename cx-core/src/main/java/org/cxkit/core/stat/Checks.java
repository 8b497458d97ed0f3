package org.cxkit.core.stat;

/** Argument checks shared by the classes of this package; messages name the parameter, the range and the value. */
final class Checks {
  private Checks() {}

  /** Returns {@code value} if it lies strictly between 0 and 1. */
  static double openUnit(String field, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (valid values strictly between 0 and 1): " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is finite and greater than 0. */
  static double positiveFinite(String field, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (must be finite and greater than 0): " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is zero or more (positive infinity included). */
  static double nonNegative(String field, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException("Invalid value for " + field + " (must be zero or more): " + value);
    }
    return value;
  }

  /** Returns {@code value} unless it is NaN. */
  static double notNaN(String field, double value) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("Invalid value for " + field + " (must not be NaN): " + value);
    }
    return value;
  }
}
