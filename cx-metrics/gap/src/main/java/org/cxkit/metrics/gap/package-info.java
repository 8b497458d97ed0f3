/**
 * Gap figures: how what customers perceived compares with what they expected.
 *
 * <ul>
 *   <li>SERVQUAL (Parasuraman, Zeithaml and Berry 1988): {@link org.cxkit.metrics.gap.ServqualInstrument},
 *       {@link org.cxkit.metrics.gap.ServqualResponse}, per-respondent
 *       {@link org.cxkit.metrics.gap.ServqualScore}, and the mergeable
 *       {@link org.cxkit.metrics.gap.ServqualAccumulator} / {@link org.cxkit.metrics.gap.ServqualSummary}
 *       with SERVPERF (Cronin and Taylor 1992) beside it.
 *   <li>Zone of tolerance (Zeithaml, Berry and Parasuraman 1993): {@link org.cxkit.metrics.gap.ToleranceZone},
 *       {@link org.cxkit.metrics.gap.ZoneSummary}.
 *   <li>Disconfirmation (Oliver 1980): {@link org.cxkit.metrics.gap.Disconfirmation}.
 *   <li>Importance–performance analysis (Martilla and James 1977):
 *       {@link org.cxkit.metrics.gap.ImportancePerformance}.
 *   <li>Kano model (Kano et al. 1984; Berger et al. 1993): {@link org.cxkit.metrics.gap.KanoCategory},
 *       {@link org.cxkit.metrics.gap.KanoTally}.
 *   <li>Satisfaction and expectation dynamics: {@link org.cxkit.metrics.gap.ExpectationDynamics}.
 * </ul>
 *
 * <p>No method accepts or returns {@code null}. Figures that are estimates are
 * {@link org.cxkit.core.result.Estimate}s with a Student t interval.
 */
package org.cxkit.metrics.gap;
