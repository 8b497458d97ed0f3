/**
 * Attribution of conversions, and of their value, to channels. Rule-based:
 * {@link org.cxkit.metrics.journey.attribution.PathRule} (first touch, last touch, linear,
 * position-based) and {@link org.cxkit.metrics.journey.attribution.TimeDecay}. Data-driven:
 * {@link org.cxkit.metrics.journey.attribution.MarkovAttribution}, a Markov chain of order 1 to 4
 * fitted to {@link org.cxkit.metrics.journey.attribution.TransitionCounts} (mergeable, with its
 * {@link org.cxkit.metrics.journey.attribution.TransitionCountsAccumulator}), with
 * {@link org.cxkit.metrics.journey.attribution.RemovalEffect}s computed exactly, the
 * {@link org.cxkit.metrics.journey.attribution.TransitionMatrix} exposed, and
 * {@link org.cxkit.metrics.journey.attribution.MarkovBootstrap} percentile intervals for the shares
 * (core {@link org.cxkit.core.result.Estimate}s by channel). Every model
 * gives an {@link org.cxkit.metrics.journey.attribution.Attribution} whose
 * {@link org.cxkit.metrics.journey.attribution.Credit}s sum to the total conversions and value.
 *
 * <p>Channels are the labels of the paths' steps ({@link org.cxkit.core.touchpoint.Channel#name()}
 * for paths of channels). No method accepts or returns {@code null}; passing {@code null} throws
 * {@link java.lang.NullPointerException}. Shares are fractions from 0 to 1. Result types are
 * immutable and thread-safe; the accumulator is mutable and not thread-safe.
 */
package org.cxkit.metrics.journey.attribution;
