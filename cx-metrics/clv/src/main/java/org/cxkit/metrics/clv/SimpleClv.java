package org.cxkit.metrics.clv;

import java.util.Objects;

/**
 * Customer lifetime value by the closed-form definitions: the customer-value × lifespan form, the
 * margin ÷ churn form, and the discounted retention form with both timing conventions.
 *
 * <p>These are the textbook figures for a whole customer base, or for a segment, from averages.
 * Every per-period figure carries its period, and the forms refuse to combine figures for different
 * periods (a monthly revenue with an annual churn rate is an error, not a silent factor of 12).
 * Results are in the currency of the monetary input.
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
   * @throws IllegalArgumentException if an argument is out of range, named in the message
   */
  public static double customerValue(double averagePurchaseValue, double purchasesPerPeriod) {
    nonNegative("averagePurchaseValue", averagePurchaseValue);
    nonNegative("purchasesPerPeriod", purchasesPerPeriod);
    return averagePurchaseValue * purchasesPerPeriod;
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
   * @throws IllegalArgumentException if an argument is out of range, named in the message
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
   * @param revenuePerPeriod the average revenue per customer per {@code revenuePeriod}, finite and
   *     zero or more
   * @param revenuePeriod the period of the revenue
   * @param grossMargin the gross margin as a fraction, from 0 to 1
   * @param churn the churn rate per period, strictly above 0 and at most 1, for the same period as
   *     the revenue
   * @return the lifetime value, in the currency of the revenue
   * @throws IllegalArgumentException if an argument is out of range or the periods differ
   */
  public static double ofMargin(double revenuePerPeriod, TimeScale revenuePeriod, double grossMargin, Rate churn) {
    nonNegative("revenuePerPeriod", revenuePerPeriod);
    fraction("grossMargin", grossMargin);
    Objects.requireNonNull(churn, "churn");
    samePeriod("churn", churn.period(), revenuePeriod);
    if (!(churn.value() > 0 && churn.value() <= 1)) {
      throw new IllegalArgumentException("Invalid value for churn (valid values > 0 - 1): " + churn.value());
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
   * @param retention the retention rate per period, from 0 inclusive to 1 exclusive, for the same
   *     period as the margin
   * @param discount the discount rate per period, zero or more, for the same period as the margin
   * @param timing when the first margin is received
   * @return the lifetime value, in the currency of the margin
   * @throws IllegalArgumentException if an argument is out of range or the periods differ
   */
  public static double ofRetention(double marginPerPeriod, TimeScale marginPeriod, Rate retention, Rate discount,
      Timing timing) {
    if (!Double.isFinite(marginPerPeriod)) {
      throw new IllegalArgumentException("Invalid value for marginPerPeriod (must be finite): " + marginPerPeriod);
    }
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(timing, "timing");
    samePeriod("retention", retention.period(), marginPeriod);
    samePeriod("discount", discount.period(), marginPeriod);
    double r = retention.value();
    if (!(r >= 0 && r < 1)) {
      throw new IllegalArgumentException("Invalid value for retention (valid values 0 - 1, 1 excluded): " + r);
    }
    double d = discount.value();
    double denominator = 1 + d - r;
    return timing == Timing.FIRST_MARGIN_NOW
        ? marginPerPeriod * (1 + d) / denominator
        : marginPerPeriod * r / denominator;
  }

  private static void samePeriod(String field, TimeScale period, TimeScale expected) {
    Objects.requireNonNull(expected, "period");
    if (!period.equals(expected)) {
      throw new IllegalArgumentException("Invalid value for " + field + " period (must be the common time unit "
          + expected + "): " + period);
    }
  }

  private static void nonNegative(String field, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("Invalid value for " + field + " (valid values >= 0, finite): " + value);
    }
  }

  private static void fraction(String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("Invalid value for " + field + " (valid values 0 - 1): " + value);
    }
  }
}
