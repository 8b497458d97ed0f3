/**
 * Support ticket trends: counts per category per period, the categories that recur most, and a
 * {@linkplain org.cxkit.metrics.satisfaction.trend.RiseDetector test for abnormal rises} with a
 * documented false-alarm rate.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
package org.cxkit.metrics.satisfaction.trend;
