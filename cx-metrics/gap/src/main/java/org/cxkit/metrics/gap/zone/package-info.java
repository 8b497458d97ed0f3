/**
 * The zone of tolerance (Zeithaml, Berry and Parasuraman 1993): one perception read against the
 * adequate and the desired expectation ({@link org.cxkit.metrics.gap.zone.ToleranceZone}, with its
 * {@link org.cxkit.metrics.gap.zone.ZonePosition position}), and the mergeable
 * {@link org.cxkit.metrics.gap.zone.ZoneAccumulator} / {@link org.cxkit.metrics.gap.zone.ZoneSummary}
 * per quality dimension.
 *
 * <p>No method in this package accepts or returns {@code null}; passing {@code null} throws
 * {@link NullPointerException}.
 */
package org.cxkit.metrics.gap.zone;
