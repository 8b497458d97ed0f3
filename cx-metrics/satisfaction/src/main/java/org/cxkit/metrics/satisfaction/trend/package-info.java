/**
 * Support ticket trends over {@linkplain org.cxkit.core.time.CalendarPeriod calendar periods}: counts
 * per category per period, the categories that recur most, a
 * {@linkplain org.cxkit.metrics.satisfaction.trend.RiseDetector test for abnormal rises} with a
 * documented false-alarm rate, and the {@linkplain org.cxkit.metrics.satisfaction.trend.TicketBacklog
 * flow of tickets} (opened, reopened, resolved per period, and the open backlog at each period's end)
 * over a {@link org.cxkit.core.time.PeriodSeries}.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
package org.cxkit.metrics.satisfaction.trend;
