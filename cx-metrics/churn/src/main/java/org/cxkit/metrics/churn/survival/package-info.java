/**
 * Survival of customer lifetimes: the Kaplan–Meier curve with right censoring
 * ({@link org.cxkit.metrics.churn.survival.SurvivalCurve}), built from
 * {@link org.cxkit.metrics.churn.survival.Tenure}s through a mergeable
 * {@link org.cxkit.metrics.churn.survival.SurvivalAccumulator}, and the log-rank test between two
 * segments ({@link org.cxkit.metrics.churn.survival.LogRankTest}). Pointwise intervals come in three
 * kinds ({@link org.cxkit.metrics.churn.survival.IntervalType}), and lifetime quantiles with their
 * limits as {@link org.cxkit.metrics.churn.survival.LifetimeQuantile}.
 *
 * <p>No method accepts or returns {@code null}.
 */
package org.cxkit.metrics.churn.survival;
