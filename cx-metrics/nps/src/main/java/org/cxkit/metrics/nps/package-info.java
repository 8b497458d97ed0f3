/**
 * Net Promoter Score: {@link org.cxkit.metrics.nps.NpsTally} (counts and the score they give) with
 * its {@link org.cxkit.metrics.nps.NpsAccumulator}; {@link org.cxkit.metrics.nps.NpsEstimate} (the
 * score as reported, with n, interval, margin of error and a small-sample flag) under an
 * {@link org.cxkit.metrics.nps.NpsPolicy}; {@link org.cxkit.metrics.nps.NpsComparison} (the
 * difference of two scores with its z test); {@link org.cxkit.metrics.nps.WeightedNpsTally};
 * {@link org.cxkit.metrics.nps.NpsSegments} (by any key) and {@link org.cxkit.metrics.nps.NpsTrend}
 * (by calendar period).
 *
 * <p>No method accepts or returns {@code null}; passing {@code null} throws
 * {@link java.lang.NullPointerException}. Scores are on the -100 to 100 scale throughout (shares are
 * fractions from 0 to 1). Every result type is immutable and thread-safe; accumulators are mutable
 * and not thread-safe, and say so.
 */
package org.cxkit.metrics.nps;
