/**
 * Key driver analysis: which attribute ratings move an outcome (likelihood to recommend, overall
 * satisfaction, effort) among the same respondents, and how much each matters when the attributes
 * are correlated, as they always are in surveys.
 *
 * <ul>
 *   <li>The data: a {@link org.cxkit.metrics.drivers.DriverModel} (the outcome and the drivers, by
 *       name, optionally on answer scales) and one {@link org.cxkit.metrics.drivers.DriverResponse}
 *       per respondent, answers possibly missing, handled by the
 *       {@link org.cxkit.metrics.drivers.MissingAnswers} policy (listwise by default).
 *   <li>The mergeable sums: {@link org.cxkit.metrics.drivers.DriverSums} and its
 *       {@link org.cxkit.metrics.drivers.DriverSumsAccumulator} (counts, means and co-moments of every
 *       pair of variables, and the counts of answer pairs on scales), usable as a collector on
 *       parallel streams and in any distributed reduce.
 *   <li>The figures: {@link org.cxkit.metrics.drivers.DriverAnalysis} with correlations
 *       ({@link org.cxkit.metrics.drivers.DriverCorrelation}), the standardised regression
 *       ({@link org.cxkit.metrics.drivers.DriverRegression}), relative importance by LMG and Johnson's
 *       weights ({@link org.cxkit.metrics.drivers.Importance}) and the driver matrix
 *       ({@link org.cxkit.metrics.drivers.DriverMatrix}); bootstrap intervals and rank stability in
 *       {@link org.cxkit.metrics.drivers.ImportanceBootstrap}.
 * </ul>
 *
 * <p>Every figure describes an association among the respondents, not a causal effect.
 *
 * <p>No method accepts or returns {@code null}. Rejected values raise
 * {@link org.cxkit.core.result.InvalidValueException} naming the field and the value, with a reason
 * code. Every estimate is a core {@link org.cxkit.core.result.Estimate}: Student t for regression
 * coefficients, Fisher z (Bonett–Wright for Spearman) for correlations, bootstrap percentile for
 * importance.
 */
package org.cxkit.metrics.drivers;
