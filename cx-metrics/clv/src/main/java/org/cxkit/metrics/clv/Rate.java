package org.cxkit.metrics.clv;

import java.util.Objects;

/**
 * A fraction per period: a retention rate, a churn rate or a discount rate, such as 10 % per year.
 * The period is part of the value, so rates for different periods are never mixed by accident.
 *
 * <p>Converting to another period compounds: a rate d per period P is (1 + d)^(Q/P) − 1 per period Q
 * for a discount rate ({@link #compoundedTo(TimeScale)}), never d × Q/P.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the fraction per period, finite and zero or more
 * @param period the period the fraction applies to
 */
public record Rate(double value, TimeScale period) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the value is negative or not finite
   */
  public Rate {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("Invalid value for rate (valid values >= 0, finite): " + value);
    }
    Objects.requireNonNull(period, "period");
  }

  /**
   * Obtains a rate per period.
   *
   * @param value the fraction per period, finite and zero or more (0.1 for 10 %)
   * @param period the period
   * @return the rate
   */
  public static Rate of(double value, TimeScale period) {
    return new Rate(value, period);
  }

  /**
   * Returns the equivalent compound rate per another period: (1 + value)^(target/period) − 1.
   *
   * @param target the period to convert to
   * @return the equivalent rate per {@code target}
   */
  public Rate compoundedTo(TimeScale target) {
    if (target.equals(period)) {
      return this;
    }
    return new Rate(Math.expm1(period.per(target) * Math.log1p(value)), target);
  }

  @Override
  public String toString() {
    return value + " per " + period;
  }
}
