/**
 * Churn and retention of subscriptions per reporting period and per cohort.
 *
 * <ul>
 *   <li>{@link org.cxkit.metrics.churn.PeriodChurn} (with {@link org.cxkit.metrics.churn.PeriodChurnAccumulator}):
 *       who was at the start of a period, who was lost, who joined, and the recurring revenue
 *       behind them; churn rates, gross and net revenue retention, the share of departures citing
 *       each churn reason (one reason per departure, or several from a multi-select exit survey).
 *   <li>{@link org.cxkit.metrics.churn.CohortTable} (with {@link org.cxkit.metrics.churn.CohortTableAccumulator}
 *       and its rows {@link org.cxkit.metrics.churn.Cohort}): retention of customers and revenue by
 *       calendar start cohort and age, pooled over observed cohorts.
 *   <li>{@link org.cxkit.metrics.churn.ReasonTrend}: whether a churn reason's share of departures is
 *       rising (Cochran–Armitage).
 *   <li>{@link org.cxkit.metrics.churn.Subscriptions}: the rules across subscriptions (one currency,
 *       unique ids, no overlap for the same customer and product, plausible dates);
 *       {@link org.cxkit.metrics.churn.CustomerTenures}: the roll-up from subscriptions to customers.
 * </ul>
 *
 * <p>Time is cx-core's ({@code org.cxkit.core.time}): a period is a half-open
 * {@link org.cxkit.core.time.Interval} {@code [start, end)}, a calendar month or quarter in a stated
 * time zone is a {@link org.cxkit.core.time.CalendarPeriod} (its {@code toInterval(zone)} gives the
 * instants), a run of them a {@link org.cxkit.core.time.PeriodSeries}, and a churn rate converts
 * between period lengths by compounding with {@link org.cxkit.core.time.Rate#churn}. Estimates are
 * {@link org.cxkit.core.result.Estimate}s under a {@link org.cxkit.core.result.Confidence} policy.
 *
 * <p>No method accepts or returns {@code null}. A rejected value raises
 * {@link org.cxkit.core.result.InvalidValueException} (an {@link IllegalArgumentException} with a
 * reason code and the field); bulk factories set such subscriptions aside instead.
 */
package org.cxkit.metrics.churn;
