/**
 * The one time vocabulary of cx: calendar periods that figures are reported per
 * ({@link org.cxkit.core.time.CalendarUnit}, {@link org.cxkit.core.time.CalendarPeriod}, with labels
 * such as {@code 2025-03}, {@code 2025-W07} and {@code 2025-Q1}), runs of consecutive periods with a
 * size cap ({@link org.cxkit.core.time.PeriodSeries}), half-open intervals of instants
 * ({@link org.cxkit.core.time.Interval}), fixed lengths of time ({@link org.cxkit.core.time.TimeScale},
 * {@link org.cxkit.core.time.TimeSpan}), and rates that convert between periods by the rule of their
 * kind ({@link org.cxkit.core.time.Rate}).
 *
 * <p>Periods are always aligned to the calendar in an explicit {@link java.time.ZoneId}, never to the
 * first row of the data. Every metric module and every {@code cx} subcommand uses these types.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation); a value out of range
 * raises {@link org.cxkit.core.result.InvalidValueException}, never a
 * {@link java.time.DateTimeException}.
 */
package org.cxkit.core.time;
