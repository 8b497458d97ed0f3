/**
 * Churn and retention of subscriptions per reporting period and per cohort.
 *
 * <ul>
 *   <li>{@link org.cxkit.metrics.churn.PeriodChurn} (with {@link org.cxkit.metrics.churn.PeriodChurnAccumulator}):
 *       who was at the start of a period, who was lost, who joined, and the recurring revenue
 *       behind them; churn rates, gross and net revenue retention, churn reason shares.
 *   <li>{@link org.cxkit.metrics.churn.CohortTable} (with {@link org.cxkit.metrics.churn.CohortTableAccumulator}):
 *       retention of customers and revenue by start cohort and age, pooled over observed cohorts.
 *   <li>{@link org.cxkit.metrics.churn.ChurnRates}: conversion between monthly, quarterly and annual
 *       rates by compounding.
 *   <li>{@link org.cxkit.metrics.churn.ReasonTrend} and {@link org.cxkit.metrics.churn.CochranArmitage}:
 *       whether a churn reason's share is rising.
 *   <li>{@link org.cxkit.metrics.churn.Subscriptions}: the rules across subscriptions (one currency,
 *       unique ids, no overlap for the same customer and product);
 *       {@link org.cxkit.metrics.churn.CustomerTenures}: the roll-up from subscriptions to customers.
 * </ul>
 *
 * <p>Periods are half-open {@code [start, end)} and calendar periods are read in a stated time zone
 * ({@link org.cxkit.metrics.churn.ReportingPeriod}, {@link org.cxkit.metrics.churn.PeriodGrid}).
 * No method accepts or returns {@code null}.
 */
package org.cxkit.metrics.churn;
