package org.cxkit.core.time;

import java.util.Objects;
import org.cxkit.core.internal.Checks;

/**
 * A length of time in a stated unit, such as 39 weeks: how predictions and horizons are asked for,
 * so that the unit always travels with the number.
 *
 * <p>This record is immutable and thread-safe. Two spans are equal when amount and unit are
 * (39 weeks is not equal to 273 days, though {@link #in(TimeScale)} converts between them).
 *
 * @param amount how many units, finite and zero or more
 * @param unit the unit
 */
public record TimeSpan(double amount, TimeScale unit) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the amount is negative or not finite
   */
  public TimeSpan {
    amount = Checks.nonNegative("amount", amount);
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * Obtains a span.
   *
   * @param amount how many units, finite and zero or more
   * @param unit the unit
   * @return the span
   */
  public static TimeSpan of(double amount, TimeScale unit) {
    return new TimeSpan(amount, unit);
  }

  /**
   * Returns this span's length in another unit: {@code TimeSpan.of(2, WEEK).in(DAY)} is 14.
   *
   * @param target the unit to express the span in
   * @return the amount of {@code target} units, finite and zero or more
   */
  public double in(TimeScale target) {
    return unit.equals(target) ? amount : amount * unit.days() / target.days();
  }

  @Override
  public String toString() {
    return amount + " " + unit;
  }
}
