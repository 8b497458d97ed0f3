/**
 * Customer lifetime value: {@link org.cxkit.metrics.clv.SimpleClv} for the closed-form
 * definitions; {@link org.cxkit.metrics.clv.RfmSummary} to turn purchases into per-customer
 * histories; {@link org.cxkit.metrics.clv.BgNbdModel} and {@link org.cxkit.metrics.clv.GammaGammaModel}
 * for repeat purchases and spend; {@link org.cxkit.metrics.clv.CustomerLifetimeValue} to combine them.
 *
 * <p>Every time-bearing quantity carries a {@link org.cxkit.metrics.clv.TimeScale}. Unless stated
 * otherwise, a null argument throws {@link java.lang.NullPointerException} naming it; an argument
 * out of range throws {@link java.lang.IllegalArgumentException} naming the field, the accepted
 * range and the value.
 */
package org.cxkit.metrics.clv;
