/**
 * Paths counted: {@link org.cxkit.metrics.journey.path.PathCounts} (journeys, conversions and value
 * per distinct path, ChannelAttribution's input table) with its
 * {@link org.cxkit.metrics.journey.path.PathCountsAccumulator}; from it the most frequent paths and
 * their conversion rates, the length distribution and conversion rate by length
 * ({@link org.cxkit.metrics.journey.path.ConversionTally}), and sub-path frequencies
 * ({@link org.cxkit.metrics.journey.path.NgramCount}); and the time from first touchpoint to
 * conversion ({@link org.cxkit.metrics.journey.path.TimeToConversion}).
 *
 * <p>No method accepts or returns {@code null}; passing {@code null} throws
 * {@link java.lang.NullPointerException}. Shares are fractions from 0 to 1, reported as cx-core
 * {@link org.cxkit.core.result.Estimate}s with Wilson intervals. Result types are immutable and
 * thread-safe; the accumulator is mutable and not thread-safe.
 */
package org.cxkit.metrics.journey.path;
