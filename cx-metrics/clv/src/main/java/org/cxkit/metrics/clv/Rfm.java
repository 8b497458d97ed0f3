package org.cxkit.metrics.clv;

import java.util.Objects;
import java.util.OptionalDouble;
import org.cxkit.core.customer.CustomerId;

/**
 * One customer's repeat-buying history in a calibration period, the input of the BG/NBD and
 * Gamma-Gamma models: frequency x (repeat purchases, that is purchase days after the first),
 * recency t<sub>x</sub> (time of the last purchase since the first), age T (time from the first
 * purchase to the end of calibration), the total value of the repeat purchases, and, where a
 * holdout period was given, the purchases and value in it.
 *
 * <p>Times are in {@link #unit()}. The first purchase is not a repeat purchase: it defines time 0,
 * and its value is not in {@link #repeatValue()} (the Gamma-Gamma convention).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer
 * @param frequency x, the number of repeat purchases, zero or more
 * @param recency t<sub>x</sub>, from 0 to {@code age}; 0 when {@code frequency} is 0 and strictly
 *     positive otherwise
 * @param age T, finite and zero or more
 * @param repeatValue the summed value of the repeat purchases, finite and zero or more; 0 when
 *     {@code frequency} is 0
 * @param holdoutFrequency purchases in the holdout period, zero or more (0 without a holdout)
 * @param holdoutValue their value, finite and zero or more
 * @param unit the unit of {@code recency} and {@code age}
 */
public record Rfm(CustomerId customer, int frequency, double recency, double age, double repeatValue,
    int holdoutFrequency, double holdoutValue, TimeScale unit) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a part is out of range, named in the message
   */
  public Rfm {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(unit, "unit");
    if (frequency < 0) {
      throw new IllegalArgumentException("Invalid value for frequency (must be at least 0): " + frequency);
    }
    if (!(age >= 0 && age < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("Invalid value for age (valid values >= 0, finite): " + age);
    }
    if (frequency == 0 ? recency != 0 : !(recency > 0 && recency <= age)) {
      throw new IllegalArgumentException("Invalid value for recency (valid values "
          + (frequency == 0 ? "0 when frequency is 0" : "> 0 - age " + age) + "): " + recency);
    }
    if (!(repeatValue >= 0 && repeatValue < Double.POSITIVE_INFINITY) || (frequency == 0 && repeatValue != 0)) {
      throw new IllegalArgumentException("Invalid value for repeatValue (valid values >= 0, finite; "
          + "0 when frequency is 0): " + repeatValue);
    }
    if (holdoutFrequency < 0) {
      throw new IllegalArgumentException("Invalid value for holdoutFrequency (must be at least 0): " + holdoutFrequency);
    }
    if (!(holdoutValue >= 0 && holdoutValue < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("Invalid value for holdoutValue (valid values >= 0, finite): " + holdoutValue);
    }
  }

  /**
   * Obtains a history without monetary values or holdout, as for a BG/NBD fit.
   *
   * @param customer the customer
   * @param frequency x, zero or more
   * @param recency t<sub>x</sub>, 0 when x is 0, else from above 0 to {@code age}
   * @param age T, finite and zero or more
   * @param unit the unit of the times
   * @return the history
   */
  public static Rfm of(CustomerId customer, int frequency, double recency, double age, TimeScale unit) {
    return new Rfm(customer, frequency, recency, age, 0, 0, 0, unit);
  }

  /**
   * Obtains a history with the mean value of the repeat purchases, as for a Gamma-Gamma fit.
   *
   * @param customer the customer
   * @param frequency x, zero or more
   * @param recency t<sub>x</sub>, 0 when x is 0, else from above 0 to {@code age}
   * @param age T, finite and zero or more
   * @param meanRepeatValue the mean value of the repeat purchases, finite and zero or more; 0 when x is 0
   * @param unit the unit of the times
   * @return the history
   */
  public static Rfm of(CustomerId customer, int frequency, double recency, double age, double meanRepeatValue,
      TimeScale unit) {
    return new Rfm(customer, frequency, recency, age, meanRepeatValue * frequency, 0, 0, unit);
  }

  /**
   * Returns the mean value of the repeat purchases.
   *
   * @return the mean, or empty when there is no repeat purchase
   */
  public OptionalDouble meanRepeatValue() {
    return frequency == 0 ? OptionalDouble.empty() : OptionalDouble.of(repeatValue / frequency);
  }

  /**
   * Returns the recency in another unit.
   *
   * @param target the unit
   * @return t<sub>x</sub> in {@code target} units
   */
  public double recencyIn(TimeScale target) {
    return unit.equals(target) ? recency : recency * unit.days() / target.days();
  }

  /**
   * Returns the age in another unit.
   *
   * @param target the unit
   * @return T in {@code target} units
   */
  public double ageIn(TimeScale target) {
    return unit.equals(target) ? age : age * unit.days() / target.days();
  }
}
