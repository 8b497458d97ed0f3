/**
 * SERVQUAL gaps and SERVPERF scores (Parasuraman, Zeithaml and Berry 1988; Cronin and Taylor 1992):
 * the {@link org.cxkit.metrics.gap.servqual.ServqualInstrument instrument} and its
 * {@link org.cxkit.metrics.gap.servqual.ServqualItem items}, one respondent's raw
 * {@link org.cxkit.metrics.gap.servqual.ServqualAnswers answers} and checked
 * {@link org.cxkit.metrics.gap.servqual.ServqualResponse response} with its
 * {@link org.cxkit.metrics.gap.servqual.ServqualScore score}, importance
 * {@link org.cxkit.metrics.gap.servqual.ImportanceWeights weights}, and the mergeable
 * {@link org.cxkit.metrics.gap.servqual.ServqualAccumulator} /
 * {@link org.cxkit.metrics.gap.servqual.ServqualSummary} whose figures are
 * {@link org.cxkit.core.result.Estimate}s with a Student t interval. How an overall score averages
 * the items is an explicit choice, {@link org.cxkit.metrics.gap.servqual.OverallMean}.
 *
 * <p>No method in this package accepts or returns {@code null}; passing {@code null} throws
 * {@link NullPointerException}.
 */
package org.cxkit.metrics.gap.servqual;
