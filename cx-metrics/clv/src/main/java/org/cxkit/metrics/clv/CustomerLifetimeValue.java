package org.cxkit.metrics.clv;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.Rate;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;

/**
 * Per-customer lifetime value from a fitted {@link BgNbdModel} (how many purchases) and a
 * {@link GammaGammaModel} (how much per purchase), over a finite horizon, discounted.
 *
 * <p>The horizon H is cut into steps of a stated length s (the last one shorter if s does not divide
 * H), with boundaries t<sub>k</sub> = min(k s, H). The value is
 *
 * <pre>  CLV = margin × E[spend | x, m̄] × Σₖ (E[Y(tₖ) | x, tₓ, T] − E[Y(tₖ₋₁) | …]) / (1 + d)^(tₖ / s)</pre>
 *
 * <p>where d is the discount rate per step, obtained from the given {@linkplain Rate#discount discount
 * rate} by compounding ({@link Rate#per}): each step's
 * expected purchases are discounted from the end of the step, as in lifetimes'
 * {@code customer_lifetime_value}. The horizon, the step and the discount rate each carry their
 * unit, and are converted into the BG/NBD model's unit here, so a weekly model with a monthly
 * step and an annual discount rate is computed correctly rather than silently mixed.
 *
 * <p>The value is in the currency of the spend data the Gamma-Gamma model was fitted to.
 *
 * <p><b>Empty input:</b> a horizon of 0 gives a value of 0; the models themselves cannot be fitted
 * to no customers ({@link BgNbdModel#fit} and {@link GammaGammaModel#fit} throw
 * {@link IllegalStateException}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CustomerLifetimeValue {
  private final BgNbdModel purchases;
  private final GammaGammaModel spend;

  private CustomerLifetimeValue(BgNbdModel purchases, GammaGammaModel spend) {
    this.purchases = Objects.requireNonNull(purchases, "purchases");
    this.spend = Objects.requireNonNull(spend, "spend");
  }

  /**
   * Obtains the calculator for two fitted models.
   *
   * @param purchases the model of repeat purchases
   * @param spend the model of spend per purchase; its q must exceed 1 for a finite mean
   * @return the calculator
   * @throws org.cxkit.core.result.InvalidValueException if the spend model's mean is infinite (q ≤ 1)
   */
  public static CustomerLifetimeValue of(BgNbdModel purchases, GammaGammaModel spend) {
    Objects.requireNonNull(spend, "spend");
    if (!(spend.q() > 1)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "spend q", "must be above 1 for a finite mean spend", spend.q());
    }
    return new CustomerLifetimeValue(purchases, spend);
  }

  /**
   * Returns the discounted lifetime value of one customer.
   *
   * @param customer the customer's history, in any unit
   * @param horizon how far ahead to count, in any unit
   * @param step the length of a discounting step, such as {@link TimeScale#MONTH}
   * @param discount a {@linkplain Rate#discount discount rate}, per any period, converted to the step
   *     by compounding
   * @param margin the profit margin on spend, as a fraction from 0 to 1
   * @return the value, zero or more, in the currency of the spend data
   * @throws org.cxkit.core.result.InvalidValueException if {@code margin} is outside 0 to 1 or
   *     {@code discount} is not a discount rate
   */
  public double value(Rfm customer, TimeSpan horizon, TimeScale step, Rate discount, double margin) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(horizon, "horizon");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(discount, "discount");
    Checks.probability("margin", margin);
    if (discount.kind() != Rate.Kind.DISCOUNT) {
      throw Checks.invalid(ReasonCode.INVALID, "discount", "must be a discount rate", discount);
    }
    double logDiscountPerStep = Math.log1p(discount.per(step).value());
    double end = horizon.in(step);
    double previous = 0;
    double discounted = 0;
    for (long k = 1; k - 1 < end; k++) {
      double t = Math.min(k, end);
      double expected = purchases.expectedPurchases(customer, TimeSpan.of(t, step));
      // max: E[Y] is non-decreasing; rounding must not make a step's purchases negative.
      discounted += Math.max(0, expected - previous) * Math.exp(-t * logDiscountPerStep);
      previous = Math.max(previous, expected);
    }
    return margin * spend.expectedAverageSpend(customer) * discounted;
  }

  /**
   * Returns the purchase model.
   *
   * @return the BG/NBD model
   */
  public BgNbdModel purchases() {
    return purchases;
  }

  /**
   * Returns the spend model.
   *
   * @return the Gamma-Gamma model
   */
  public GammaGammaModel spend() {
    return spend;
  }

  @Override
  public String toString() {
    return "CustomerLifetimeValue{" + purchases + ", " + spend + "}";
  }
}
