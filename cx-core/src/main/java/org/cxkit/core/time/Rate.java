package org.cxkit.core.time;

import java.util.Locale;
import java.util.Objects;
import org.cxkit.core.internal.Checks;

/**
 * A rate per period that knows what it is, and so how it converts to another period: a discount
 * rate compounds, {@code (1 + d)^k − 1}; a churn rate is a per-period probability of leaving,
 * {@code 1 − (1 − c)^k}; a retention rate is the probability of staying, {@code r^k}; where
 * {@code k} is the ratio of the new period to the old. A 5 % monthly churn is a 46.0 % annual churn
 * (not 60 %, and not the 79.6 % that compounding it as a discount rate would give); a 10 % annual
 * discount rate is 0.797 % a month.
 *
 * <p>Churn and retention conversions assume a constant hazard within the longer period, the usual
 * reading of a rate quoted "per month". Every conversion is computed as {@code expm1(k · log1p(..))},
 * which keeps full relative precision for small rates.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind what the rate measures, which decides how it converts
 * @param value the fraction per period: zero or more and finite for a discount rate, from 0 to 1 for
 *     churn and retention
 * @param period the period the fraction applies to
 */
public record Rate(Kind kind, double value, TimeScale period) {

  /** What a rate measures. */
  public enum Kind {
    /** A discount (or interest) rate: compounds as {@code (1 + d)^k − 1}. */
    DISCOUNT,
    /** The probability of leaving within a period: converts as {@code 1 − (1 − c)^k}. */
    CHURN,
    /** The probability of staying through a period: converts as {@code r^k}. */
    RETENTION
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the value is out of range for its kind
   */
  public Rate {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(period, "period");
    value = kind == Kind.DISCOUNT ? Checks.nonNegative("rate", value) : Checks.probability("rate", value);
  }

  /**
   * Obtains a discount rate, such as 10 % a year.
   *
   * @param value the rate per period, finite and zero or more (0.1 for 10 %)
   * @param period the period
   * @return the rate
   */
  public static Rate discount(double value, TimeScale period) {
    return new Rate(Kind.DISCOUNT, value, period);
  }

  /**
   * Obtains a churn rate, such as 5 % a month.
   *
   * @param value the probability of leaving within a period, from 0 to 1
   * @param period the period
   * @return the rate
   */
  public static Rate churn(double value, TimeScale period) {
    return new Rate(Kind.CHURN, value, period);
  }

  /**
   * Obtains a retention rate, such as 90 % a year.
   *
   * @param value the probability of staying through a period, from 0 to 1
   * @param period the period
   * @return the rate
   */
  public static Rate retention(double value, TimeScale period) {
    return new Rate(Kind.RETENTION, value, period);
  }

  /**
   * Returns the equivalent rate per another period, converted by the rule of its kind.
   *
   * @param target the period to quote the rate per
   * @return the rate per {@code target}, of the same kind
   */
  public Rate per(TimeScale target) {
    Objects.requireNonNull(target, "target");
    if (target.equals(period)) {
      return this;
    }
    double k = period.per(target);
    double converted;
    switch (kind) {
      case DISCOUNT:
        converted = Math.expm1(k * Math.log1p(value));
        if (!Double.isFinite(converted)) {
          throw Checks.invalid(org.cxkit.core.result.ReasonCode.TOO_LARGE, "rate",
              "compounds beyond a finite rate per " + target, this);
        }
        break;
      case CHURN:
        converted = value == 1 ? 1 : Math.min(1, Math.max(0, -Math.expm1(k * Math.log1p(-value))));
        break;
      case RETENTION:
        converted = value == 0 ? 0 : Math.min(1, Math.max(0, Math.exp(k * Math.log(value))));
        break;
      default:
        throw new AssertionError(kind);
    }
    return new Rate(kind, converted, target);
  }

  /**
   * Returns the complement of a churn or retention rate over the same period: churn {@code c} is
   * retention {@code 1 − c}, and the other way round.
   *
   * @return the complementary rate
   * @throws IllegalStateException if this is a discount rate, which has no complement
   */
  public Rate complement() {
    switch (kind) {
      case CHURN:
        return retention(1 - value, period);
      case RETENTION:
        return churn(1 - value, period);
      default:
        throw new IllegalStateException("A discount rate has no complement: " + this);
    }
  }

  /** Returns a form such as {@code churn 0.05 per MONTH}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + " " + value + " per " + period;
  }
}
