/**
 * Net Promoter Score: {@link org.cxkit.metrics.nps.NpsTally} (counts and the score they give) with
 * its {@link org.cxkit.metrics.nps.NpsAccumulator}; the score reported as a core
 * {@link org.cxkit.core.result.Estimate} with a Wald or adjusted Wald interval
 * ({@link org.cxkit.metrics.nps.NpsInterval}) under a core {@link org.cxkit.core.result.Confidence};
 * {@link org.cxkit.metrics.nps.NpsComparison} (the difference of two scores with its z test);
 * {@link org.cxkit.metrics.nps.WeightedNpsTally} with its accumulator and
 * {@link org.cxkit.metrics.nps.WeightedAnswer}; {@link org.cxkit.metrics.nps.NpsTrend} (by
 * {@linkplain org.cxkit.core.time.CalendarPeriod calendar period}, on a core
 * {@link org.cxkit.core.result.Breakdown}, which also segments tallies by any other key); and
 * {@link org.cxkit.metrics.nps.NpsSampleSize} (how many answers a margin of error or a comparison
 * needs).
 *
 * <p>No method accepts or returns {@code null}; passing {@code null} throws
 * {@link java.lang.NullPointerException}. Scores are on the -100 to 100 scale throughout (shares are
 * fractions from 0 to 1). A rejected value throws {@link org.cxkit.core.result.InvalidValueException}
 * (an {@link IllegalArgumentException}) with a reason code and the field; bulk factories set bad
 * answers aside under the same codes. Every result type is immutable and thread-safe; accumulators
 * are mutable and not thread-safe, and say so.
 */
package org.cxkit.metrics.nps;
