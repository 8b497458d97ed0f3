/**
 * Expectation versus perception, and what it does to satisfaction, one package per concept:
 * <ul>
 *   <li>{@code org.cxkit.metrics.gap.servqual}: SERVQUAL gaps and SERVPERF scores with intervals
 *       (Parasuraman, Zeithaml and Berry 1988; Cronin and Taylor 1992);
 *   <li>{@code org.cxkit.metrics.gap.zone}: the zone of tolerance (Zeithaml, Berry and Parasuraman 1993);
 *   <li>{@code org.cxkit.metrics.gap.disconfirmation}: disconfirmation by touchpoint, channel and
 *       journey stage (Oliver 1980);
 *   <li>{@code org.cxkit.metrics.gap.ipa}: importance–performance analysis (Martilla and James 1977);
 *   <li>{@code org.cxkit.metrics.gap.kano}: the Kano model (Kano et al. 1984; Berger et al. 1993);
 *   <li>{@code org.cxkit.metrics.gap.dynamics}: how satisfaction and expectation move episode by episode.
 * </ul>
 * Figures that are estimates are {@link org.cxkit.core.result.Estimate}s with a Student t interval
 * and standard error, at a {@link org.cxkit.core.result.Confidence}; mergeable figures implement
 * {@link org.cxkit.core.result.Accumulator}. Depends on {@code org.cxkit.core} alone; the package
 * {@code org.cxkit.metrics.gap.internal} is not exported.
 */
module org.cxkit.metrics.gap {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;

  exports org.cxkit.metrics.gap.servqual;
  exports org.cxkit.metrics.gap.zone;
  exports org.cxkit.metrics.gap.disconfirmation;
  exports org.cxkit.metrics.gap.ipa;
  exports org.cxkit.metrics.gap.kano;
  exports org.cxkit.metrics.gap.dynamics;
}
