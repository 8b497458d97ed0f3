/**
 * Expectation versus perception, and what it does to satisfaction: SERVQUAL gaps and SERVPERF
 * scores with intervals, the zone of tolerance, disconfirmation by touchpoint, channel and journey
 * stage, importance–performance analysis, the Kano model, and a model of how satisfaction and
 * expectation move episode by episode. Depends on {@code org.cxkit.core} alone.
 */
module org.cxkit.metrics.gap {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;

  exports org.cxkit.metrics.gap;
}
