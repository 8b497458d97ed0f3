/**
 * Customer satisfaction (CSAT) on any declared scale and customer effort (CES) on the 1 to 7
 * agreement scale, as mergeable tallies of exact counts, and the {@link
 * org.cxkit.metrics.satisfaction.Breakdown} and {@link org.cxkit.metrics.satisfaction.ReportingPeriod}
 * that read any mergeable figure per segment and per period.
 *
 * <p>Every figure that is an estimate is an {@link org.cxkit.core.result.Estimate}: proportions are
 * reported from 0 to 1 with Wilson score intervals, means with Student t intervals. Immutable results
 * ({@code Csat}, {@code Ces}) sit beside mutable, not thread-safe accumulators, as in Guava's
 * {@code Stats}/{@code StatsAccumulator}.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
package org.cxkit.metrics.satisfaction;
