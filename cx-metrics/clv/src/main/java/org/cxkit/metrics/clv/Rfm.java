package org.cxkit.metrics.clv;

import java.util.Objects;
import java.util.OptionalDouble;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.TimeScale;

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
 * <p><b>Empty input:</b> a customer with no repeat purchase (only the first purchase day) has
 * frequency 0, recency 0 and repeat value 0, and no {@linkplain #meanRepeatValue() mean repeat value}.
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
   * @throws org.cxkit.core.result.InvalidValueException if a part is out of range, named in the
   *     message
   */
  public Rfm {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(unit, "unit");
    Checks.atLeast("frequency", frequency, 0);
    age = Checks.nonNegative("age", age);
    Checks.finite("recency", recency);
    if (frequency == 0 ? recency != 0 : !(recency > 0 && recency <= age)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "recency",
          "valid values " + (frequency == 0 ? "0 when frequency is 0" : "> 0 - age " + age), recency);
    }
    recency = recency + 0.0;
    repeatValue = Checks.nonNegative("repeatValue", repeatValue);
    if (frequency == 0 && repeatValue != 0) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "repeatValue", "must be 0 when frequency is 0", repeatValue);
    }
    Checks.atLeast("holdoutFrequency", holdoutFrequency, 0);
    holdoutValue = Checks.nonNegative("holdoutValue", holdoutValue);
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
   * @throws org.cxkit.core.result.InvalidValueException if a part is out of range, named in the
   *     message
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
   * @throws org.cxkit.core.result.InvalidValueException if a part is out of range, named in the
   *     message
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
