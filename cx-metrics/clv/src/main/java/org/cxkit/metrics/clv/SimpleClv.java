package org.cxkit.metrics.clv;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.Rate;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;

/**
 * Customer lifetime value by the closed-form definitions: the customer-value × lifespan form, the
 * margin ÷ churn form, and the discounted retention form with both timing conventions.
 *
 * <p>These are the textbook figures for a whole customer base, or for a segment, from averages.
 * Every per-period figure carries its period, and the forms refuse to combine figures for different
 * periods (a monthly revenue with an annual churn rate is an error, not a silent factor of 12).
 * Each rate is a cx-core {@link Rate} of the kind its parameter names, so that converting one to the
 * common period is explicit and correct: {@code Rate.churn(0.05, MONTH).per(YEAR)} is a 46.0 % annual
 * churn ({@code 1 − 0.95^12}), {@code Rate.discount(0.01, MONTH).per(YEAR)} a 12.68 % annual discount
 * rate ({@code 1.01^12 − 1}). Results are in the currency of the monetary input.
 *
 * <p><b>Empty input:</b> not applicable; each form takes averages, and a figure of 0 (no purchases,
 * no margin) gives a lifetime value of 0.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SimpleClv {
  private SimpleClv() {}

  /** When the first margin of the retention form is received. */
  public enum Timing {
    /**
     * The first margin is received now, undiscounted and certain; then m r^t / (1 + d)^t for
     * t = 1, 2, …: CLV = m (1 + d) / (1 + d − r).
     */
    FIRST_MARGIN_NOW,
    /**
     * The first margin is received at the end of the first period, if the customer is retained:
     * m r^t / (1 + d)^t for t = 1, 2, …: CLV = m r / (1 + d − r).
     */
    FIRST_MARGIN_AT_END_OF_PERIOD
  }

  /**
   * Returns the customer value per period: average purchase value × purchase frequency.
   *
   * @param averagePurchaseValue the average value of a purchase, finite and zero or more
   * @param purchasesPerPeriod the average number of purchases per period, finite and zero or more
   * @return the value per period, in the currency of the purchase value
   * @throws org.cxkit.core.result.InvalidValueException if an argument is out of range, named in the
   *     message
   */
  public static double customerValue(double averagePurchaseValue, double purchasesPerPeriod) {
    return Checks.nonNegative("averagePurchaseValue", averagePurchaseValue)
        * Checks.nonNegative("purchasesPerPeriod", purchasesPerPeriod);
  }

  /**
   * Returns the simplest CLV: customer value (average purchase value × purchase frequency) ×
   * average customer lifespan. The lifespan is converted into the frequency's period (linearly: a
   * count per week times a number of weeks).
   *
   * @param averagePurchaseValue the average value of a purchase, finite and zero or more
   * @param purchasesPerPeriod the average number of purchases per {@code frequencyPeriod}, finite
   *     and zero or more
   * @param frequencyPeriod the period of the purchase frequency
   * @param averageLifespan the average customer lifespan, in any unit
   * @return the lifetime value, in the currency of the purchase value
   * @throws org.cxkit.core.result.InvalidValueException if an argument is out of range, named in the
   *     message
   */
  public static double ofLifespan(double averagePurchaseValue, double purchasesPerPeriod,
      TimeScale frequencyPeriod, TimeSpan averageLifespan) {
    Objects.requireNonNull(frequencyPeriod, "frequencyPeriod");
    Objects.requireNonNull(averageLifespan, "averageLifespan");
    return customerValue(averagePurchaseValue, purchasesPerPeriod) * averageLifespan.in(frequencyPeriod);
  }

  /**
   * Returns the margin form: average revenue per customer per period × gross margin ÷ churn rate
   * per the same period (1 / churn is the expected lifetime in periods when churn is constant).
   *
   * <p>The churn rate must be for the revenue's period: convert it first if it is not, as a churn
   * rate ({@code Rate.churn(0.05, MONTH).per(YEAR)} is 45.96 % a year). The figure depends on the
   * period it is computed in (the lifetime is counted in whole periods), which is why it is not
   * converted silently here.
   *
   * @param revenuePerPeriod the average revenue per customer per {@code revenuePeriod}, finite and
   *     zero or more
   * @param revenuePeriod the period of the revenue
   * @param grossMargin the gross margin as a fraction, from 0 to 1
   * @param churn a {@linkplain Rate#churn churn rate} per {@code revenuePeriod}, strictly above 0
   * @return the lifetime value, in the currency of the revenue
   * @throws org.cxkit.core.result.InvalidValueException if an argument is out of range, the rate is
   *     not a churn rate or its period is not the revenue's
   */
  public static double ofMargin(double revenuePerPeriod, TimeScale revenuePeriod, double grossMargin, Rate churn) {
    Checks.nonNegative("revenuePerPeriod", revenuePerPeriod);
    Checks.probability("grossMargin", grossMargin);
    Objects.requireNonNull(churn, "churn");
    kind("churn", churn, Rate.Kind.CHURN);
    samePeriod("churn", churn.period(), revenuePeriod);
    if (!(churn.value() > 0)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "churn", "valid values > 0 - 1", churn.value());
    }
    return revenuePerPeriod * grossMargin / churn.value();
  }

  /**
   * Returns the discounted retention form: the present value of a margin m per period while the
   * customer stays, retention r and discount rate d per period, summed over an infinite horizon.
   *
   * @param marginPerPeriod the margin per customer per {@code marginPeriod}, finite (negative for a
   *     loss-making customer)
   * @param marginPeriod the period of the margin
   * @param retention a {@linkplain Rate#retention retention rate} per {@code marginPeriod}, from 0
   *     inclusive to 1 exclusive
   * @param discount a {@linkplain Rate#discount discount rate} per {@code marginPeriod}
   * @param timing when the first margin is received
   * @return the lifetime value, in the currency of the margin
   * @throws org.cxkit.core.result.InvalidValueException if an argument is out of range, a rate is not
   *     of its kind or its period is not the margin's
   */
  public static double ofRetention(double marginPerPeriod, TimeScale marginPeriod, Rate retention, Rate discount,
      Timing timing) {
    Checks.finite("marginPerPeriod", marginPerPeriod);
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(timing, "timing");
    kind("retention", retention, Rate.Kind.RETENTION);
    kind("discount", discount, Rate.Kind.DISCOUNT);
    samePeriod("retention", retention.period(), marginPeriod);
    samePeriod("discount", discount.period(), marginPeriod);
    double r = retention.value();
    if (!(r < 1)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "retention", "valid values 0 - 1, 1 excluded", r);
    }
    double d = discount.value();
    double denominator = 1 + d - r;
    return timing == Timing.FIRST_MARGIN_NOW
        ? marginPerPeriod * (1 + d) / denominator
        : marginPerPeriod * r / denominator;
  }

  private static void kind(String field, Rate rate, Rate.Kind expected) {
    if (rate.kind() != expected) {
      throw Checks.invalid(ReasonCode.INVALID, field, "must be a " + expected.name().toLowerCase(java.util.Locale.ROOT)
          + " rate", rate);
    }
  }

  private static void samePeriod(String field, TimeScale period, TimeScale expected) {
    Objects.requireNonNull(expected, "period");
    if (!period.equals(expected)) {
      throw Checks.invalid(ReasonCode.INVALID, field + " period", "must be the common time unit " + expected, period);
    }
  }
}
