package org.cxkit.metrics.churn.survival;

import org.cxkit.core.result.IntervalMethod;

/**
 * How a pointwise confidence interval for a survival probability {@code S} is built from
 * Greenwood's variance. With {@code g = sum d / (n (n - d))} over event times up to the age (so
 * that {@code Var(log S) ≈ g}) and {@code z} the normal critical value:
 *
 * <ul>
 *   <li>{@link #PLAIN}: {@code S ± z S sqrt(g)}, clipped to [0, 1];
 *   <li>{@link #LOG}: {@code S exp(± z sqrt(g))}, the upper bound clipped to 1 (the default of R's
 *       {@code survfit});
 *   <li>{@link #LOG_LOG}: a symmetric interval for {@code log(-log S)}, giving
 *       {@code [S^exp(z se), S^exp(-z se)]} with {@code se = sqrt(g) / |log S|} (Kalbfleisch &amp;
 *       Prentice 1980; Stata's default). Always inside [0, 1] with no clipping, and better behaved in
 *       the tails; this module's default.
 * </ul>
 *
 * <p>Each names the {@link IntervalMethod} that the resulting {@link org.cxkit.core.result.Estimate}
 * records ({@link #method()}).
 */
public enum IntervalType {
  /** The plain (linear) Greenwood interval. */
  PLAIN(IntervalMethod.GREENWOOD_PLAIN),
  /** The interval on the log scale. */
  LOG(IntervalMethod.GREENWOOD_LOG),
  /** The interval on the log-minus-log scale. */
  LOG_LOG(IntervalMethod.GREENWOOD_LOG_LOG);

  private final IntervalMethod method;

  IntervalType(IntervalMethod method) {
    this.method = method;
  }

  /**
   * Returns the interval method an estimate built this way records.
   *
   * @return {@link IntervalMethod#GREENWOOD_PLAIN}, {@link IntervalMethod#GREENWOOD_LOG} or
   *     {@link IntervalMethod#GREENWOOD_LOG_LOG}
   */
  public IntervalMethod method() {
    return method;
  }
}
