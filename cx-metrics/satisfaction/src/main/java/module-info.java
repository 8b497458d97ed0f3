/**
 * The figures customer service is measured by: CSAT on any declared scale (satisfied share with
 * Wilson score intervals, net satisfaction, mean, sample-size planning), CES on the 1 to 7 agreement
 * scale (agreeing share, net effort, mean), first response and resolution times as exact
 * distributions (optionally in business hours), first contact resolution under an explicit
 * definition, support ticket trends with a test for abnormal rises, and tickets resolved and open
 * per calendar period. Every tally is mergeable: an immutable result beside an
 * {@code org.cxkit.core.result.Accumulator} and a {@code Collector}.
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
