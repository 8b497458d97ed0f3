/**
 * The stage funnel: {@link org.cxkit.metrics.journey.funnel.StageFunnel} counts the journeys that
 * reach each journey stage by a cut-off and, for each {@link org.cxkit.metrics.journey.funnel.StageStep}
 * to the next stage, the share that advanced, the {@link org.cxkit.metrics.journey.funnel.TimeToAdvance}
 * as a Kaplan–Meier curve censored at the cut-off ({@link org.cxkit.metrics.journey.funnel.SurvivalPoint}s
 * with Greenwood log(−log) intervals), and the drop-off per channel
 * ({@link org.cxkit.metrics.journey.funnel.ChannelDropOff}).
 *
 * <p>No method accepts or returns {@code null}; passing {@code null} throws
 * {@link java.lang.NullPointerException}. Shares are fractions from 0 to 1, reported as cx-core
 * {@link org.cxkit.core.result.Estimate}s. Every type is immutable and thread-safe.
 */
package org.cxkit.metrics.journey.funnel;
