/**
 * The figures customer service is measured by: CSAT on any declared scale with Wilson score
 * intervals, CES on the 1 to 7 agreement scale, first response and resolution times as exact
 * distributions (optionally in business hours), first contact resolution under an explicit
 * definition, and support ticket trends with a test for abnormal rises. Every tally is mergeable:
 * an immutable result beside a mutable accumulator and a {@code Collector}.
 *
 * <p>Depends on {@code org.cxkit.core} alone.
 */
module org.cxkit.metrics.satisfaction {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;

  exports org.cxkit.metrics.satisfaction;
  exports org.cxkit.metrics.satisfaction.service;
  exports org.cxkit.metrics.satisfaction.trend;
}
