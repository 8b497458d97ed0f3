/**
 * Customer satisfaction (CSAT) on any declared scale and customer effort (CES) on the 1 to 7
 * agreement scale, as mergeable tallies of exact counts ({@link org.cxkit.metrics.satisfaction.Csat},
 * {@link org.cxkit.metrics.satisfaction.Ces}, one implementation behind both), the boxes their shares
 * and net figures are read in, and sample-size planning for a CSAT survey
 * ({@link org.cxkit.metrics.satisfaction.CsatSampleSize}).
 *
 * <p>Every figure that is an estimate is an {@link org.cxkit.core.result.Estimate} under a
 * {@link org.cxkit.core.result.Confidence} ({@code Confidence.DEFAULT} where none is given): shares
 * are reported from 0 to 1 with Wilson score intervals, net figures (top boxes minus bottom boxes)
 * from -1 to 1 with Wald intervals, means with Student t intervals. Immutable results sit beside
 * mutable, not thread-safe {@link org.cxkit.core.result.Accumulator}s, as in Guava's
 * {@code Stats}/{@code StatsAccumulator}. Per segment and per period, read them with
 * {@link org.cxkit.core.result.Breakdown} and {@link org.cxkit.core.time.CalendarPeriod}.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
package org.cxkit.metrics.satisfaction;
