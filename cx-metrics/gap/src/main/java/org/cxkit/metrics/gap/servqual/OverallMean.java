package org.cxkit.metrics.gap.servqual;

/**
 * How an overall score is averaged from the items of a gap instrument. The two differ whenever the
 * dimensions have different numbers of items, as SERVQUAL's do (4, 5, 4, 4, 5):
 *
 * <ul>
 *   <li>{@link #OF_ITEMS}: the mean of all item scores, {@code Σ_i x(i) / K}, every item counting
 *       the same, so a dimension with more items counts more. This is SERVPERF's overall perception
 *       (Cronin and Taylor 1992, "Measuring Service Quality: A Reexamination and Extension", Journal
 *       of Marketing 56(3): the performance-only score over the 22 items), and the default of
 *       {@link ServqualSummary#overallPerception()} and {@link ServqualScore#overallPerception()}.
 *   <li>{@link #OF_DIMENSIONS}: the unweighted mean of the dimension means,
 *       {@code Σ_d (Σ_{i∈d} x(i) / k(d)) / D}, every dimension counting the same whatever its number
 *       of items. This is SERVQUAL's unweighted overall score (Parasuraman, Zeithaml and Berry 1988,
 *       Journal of Retailing 64(1); Zeithaml, Parasuraman and Berry 1990), and the default of
 *       {@link ServqualSummary#overallGap()} and {@link ServqualScore#overallGap()}; it is the
 *       weighted gap with equal importance points.
 * </ul>
 */
public enum OverallMean {
  /** The mean of every item score, each item counting the same (SERVPERF, Cronin and Taylor 1992). */
  OF_ITEMS,
  /** The unweighted mean of the dimension means, each dimension counting the same (SERVQUAL 1988). */
  OF_DIMENSIONS
}
