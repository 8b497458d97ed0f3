package org.cxkit.metrics.churn.survival;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.metrics.churn.internal.Screening;

/**
 * How long one subscription has lasted, and whether that length ended in churn or is only a lower
 * bound because the subscription is still active (right-censored): the observation a survival curve
 * is built from.
 *
 * <p>A length of {@code -0.0} is read as {@code 0.0}, so that equal lengths give equal tenures.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param length the time from the start to the churn or to the end of observation, finite, zero or more
 * @param churned true if the subscription ended at {@code length}; false if it was still active then
 */
public record Tenure(double length, boolean churned) {

  /**
   * Checks the length.
   *
   * @throws IllegalArgumentException if the length is negative, NaN or infinite
   */
  public Tenure {
    length = Checks.nonNegative("length", length);
  }

  /**
   * Obtains a tenure that ended in churn.
   *
   * @param length the lifetime, finite, zero or more
   * @return the tenure
   * @throws IllegalArgumentException if the length is negative, NaN or infinite
   */
  public static Tenure churned(double length) {
    return new Tenure(length, true);
  }

  /**
   * Obtains a tenure still running when observation stopped.
   *
   * @param length the time observed so far, finite, zero or more
   * @return the tenure
   * @throws IllegalArgumentException if the length is negative, NaN or infinite
   */
  public static Tenure censored(double length) {
    return new Tenure(length, false);
  }

  /**
   * Obtains a subscription's tenure as seen at an instant: churned at {@code endedAt - startedAt} if
   * it ended at or before {@code asOf}, otherwise censored at {@code asOf - startedAt} (an end after
   * {@code asOf} is not yet known then). Lengths are in the given unit, fractions kept; for months
   * and years the unit's average length is used ({@link ChronoUnit#MONTHS} is 30.436875 days).
   *
   * @param subscription the subscription, its instants in the years 1 to 9999
   * @param asOf the end of observation, after the subscription's start
   * @param unit the unit of length, from {@link ChronoUnit#SECONDS} to {@link ChronoUnit#YEARS}
   * @return the tenure
   * @throws IllegalArgumentException if the subscription starts at or after {@code asOf}, has an
   *     instant outside the years 1 to 9999, or the unit is out of range
   */
  public static Tenure of(Subscription subscription, Instant asOf, ChronoUnit unit) {
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(asOf, "asOf");
    checkUnit(unit);
    Screening.check(subscription, null);
    if (!subscription.startedAt().isBefore(asOf)) {
      throw Checks.invalid(ReasonCode.OUT_OF_ORDER, "startedAt", "must be before asOf " + asOf,
          subscription.startedAt());
    }
    Instant end = subscription.endedAt().filter(e -> !e.isAfter(asOf)).orElse(null);
    Duration length = Duration.between(subscription.startedAt(), end == null ? asOf : end);
    double seconds = length.getSeconds() + length.getNano() / 1e9;
    return new Tenure(seconds / unit.getDuration().getSeconds(), end != null);
  }

  /** Checks a unit of length: from seconds to years. */
  static ChronoUnit checkUnit(ChronoUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (unit.compareTo(ChronoUnit.SECONDS) < 0 || unit.compareTo(ChronoUnit.YEARS) > 0) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "unit", "valid values SECONDS - YEARS", unit);
    }
    return unit;
  }
}
