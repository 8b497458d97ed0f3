/**
 * Customer lifetime value: {@link org.cxkit.metrics.clv.SimpleClv} for the closed-form
 * definitions; {@link org.cxkit.metrics.clv.RfmSummary} (with its
 * {@link org.cxkit.metrics.clv.RfmAccumulator}) to turn purchases into per-customer histories;
 * {@link org.cxkit.metrics.clv.BgNbdModel} and {@link org.cxkit.metrics.clv.GammaGammaModel} for
 * repeat purchases and spend; {@link org.cxkit.metrics.clv.CustomerLifetimeValue} to combine them.
 *
 * <p>Every time-bearing quantity carries a {@link org.cxkit.core.time.TimeScale}, and every rate is a
 * {@link org.cxkit.core.time.Rate} of a stated kind (discount, churn or retention), which decides
 * how it converts between periods. Unless stated otherwise, a null argument throws
 * {@link java.lang.NullPointerException} naming it; an argument out of range throws
 * {@link org.cxkit.core.result.InvalidValueException} (an {@link java.lang.IllegalArgumentException})
 * with a reason code, naming the field, the accepted range and the value.
 *
 * <p>Accumulators throw on a bad item and stay unchanged; bulk operations ({@code from}, {@code fit})
 * set bad items aside, with their reasons, in a {@link org.cxkit.core.result.BulkResult}.
 */
package org.cxkit.metrics.clv;
