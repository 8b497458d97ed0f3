package org.cxkit.metrics.churn;

import java.util.Objects;
import org.cxkit.core.result.Estimate;
import org.cxkit.metrics.churn.internal.Checks;

/**
 * Converts churn rates between period lengths by compounding, never by multiplication: a customer
 * retained for a year is retained in each of its twelve months, so
 * {@code 1 - annual = (1 - monthly)^12}, and in general
 * {@code r_to = 1 - (1 - r_from)^(length_to / length_from)}. A 5 % monthly churn is a 46 % annual
 * churn, not 60 %; a 20 % annual churn is 1.842 % monthly, not 1.667 %.
 *
 * <p>The conversion assumes a constant hazard within the longer period, the usual reading of a rate
 * quoted "per month". It is computed as {@code -expm1(k * log1p(-r))}, which keeps full relative
 * precision for small rates. Retention rates convert by the same rule applied to their complement:
 * {@code retention_to = retention_from^k}.
 */
public final class ChurnRates {
  private ChurnRates() {}

  /** Standard lengths in months that rates are quoted per. */
  public enum Per {
    /** One month. */
    MONTH(1),
    /** Three months. */
    QUARTER(3),
    /** Six months. */
    HALF_YEAR(6),
    /** Twelve months. */
    YEAR(12);

    private final int months;

    Per(int months) {
      this.months = months;
    }

    /**
     * Returns the length in months.
     *
     * @return 1, 3, 6 or 12
     */
    public int months() {
      return months;
    }
  }

  /**
   * Converts a churn rate from one period length to another by compounding.
   *
   * @param rate the churn rate over {@code from}, from 0 to 1
   * @param from the period the rate is quoted per
   * @param to the period to quote it per
   * @return the churn rate over {@code to}, from 0 to 1
   */
  public static double convert(double rate, Per from, Per to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return convert(rate, from.months(), to.months());
  }

  /**
   * Converts a churn rate between any two period lengths in the same unit:
   * {@code 1 - (1 - rate)^(toLength / fromLength)}.
   *
   * @param rate the churn rate over a period of {@code fromLength}, from 0 to 1
   * @param fromLength the length the rate is quoted per, finite and greater than 0
   * @param toLength the length to quote it per, finite and greater than 0
   * @return the churn rate over {@code toLength}, from 0 to 1
   */
  public static double convert(double rate, double fromLength, double toLength) {
    Checks.inRange("rate", rate, 0, 1);
    Checks.positiveFinite("fromLength", fromLength);
    Checks.positiveFinite("toLength", toLength);
    if (rate == 1 || fromLength == toLength) {
      return rate;
    }
    double k = toLength / fromLength;
    double converted = -Math.expm1(k * Math.log1p(-rate));
    // The exact result lies in [0, 1]; clamp the last-place rounding of expm1.
    return Math.min(1, Math.max(0, converted));
  }

  /**
   * Converts an estimated churn rate with its interval. The conversion is increasing, so each bound
   * converts to the bound of the converted rate at the same level.
   *
   * @param rate the estimated churn rate over {@code from}, value and bounds in [0, 1]
   * @param from the period the rate is quoted per
   * @param to the period to quote it per
   * @return the estimated churn rate over {@code to}, with the same n and level
   */
  public static Estimate convert(Estimate rate, Per from, Per to) {
    Objects.requireNonNull(rate, "rate");
    Checks.inRange("rate.lower", rate.lower(), 0, 1);
    Checks.inRange("rate.upper", rate.upper(), 0, 1);
    return Estimate.of(convert(rate.value(), from, to), rate.n(), convert(rate.lower(), from, to),
        convert(rate.upper(), from, to), rate.level());
  }

  /**
   * Converts a monthly churn rate to an annual one: {@code 1 - (1 - monthly)^12}.
   *
   * @param monthly the monthly churn rate, from 0 to 1
   * @return the annual churn rate, from 0 to 1
   */
  public static double monthlyToAnnual(double monthly) {
    return convert(monthly, Per.MONTH, Per.YEAR);
  }

  /**
   * Converts an annual churn rate to a monthly one: {@code 1 - (1 - annual)^(1/12)}.
   *
   * @param annual the annual churn rate, from 0 to 1
   * @return the monthly churn rate, from 0 to 1
   */
  public static double annualToMonthly(double annual) {
    return convert(annual, Per.YEAR, Per.MONTH);
  }
}
