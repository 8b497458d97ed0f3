/**
 * Churn, retention and survival of subscriptions, with the denominators right.
 *
 * <p>Package {@link org.cxkit.metrics.churn} tallies each reporting period (customer churn rate
 * over the count at the start, the other denominators under their own names, revenue churn with
 * gross and net revenue retention, churn reasons, one or several per departure, and their trend) and
 * builds cohort retention tables over calendar periods. Package
 * {@link org.cxkit.metrics.churn.survival} estimates the survival of customer lifetimes by
 * Kaplan–Meier with right censoring, Greenwood intervals, median and restricted mean lifetime, and
 * compares segments with the log-rank test.
 *
 * <p>Periods, series of calendar periods and rate conversion by compounding are cx-core's
 * ({@code org.cxkit.core.time}); estimates, the confidence policy, set-aside reasons and the
 * accumulator contract too ({@code org.cxkit.core.result}). Every tally is mergeable: an immutable
 * result, an {@link org.cxkit.core.result.Accumulator} beside it, and a
 * {@link java.util.stream.Collector}. The module depends on {@code org.cxkit.core} alone.
 */
module org.cxkit.metrics.churn {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;

  exports org.cxkit.metrics.churn;
  exports org.cxkit.metrics.churn.survival;
}
