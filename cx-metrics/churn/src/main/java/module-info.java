/**
 * Churn, retention and survival of subscriptions, with the denominators right.
 *
 * <p>Package {@link org.cxkit.metrics.churn} tallies each reporting period (customer churn rate
 * over the count at the start, the other denominators under their own names, revenue churn with
 * gross and net revenue retention, churn reasons and their trend), builds cohort retention tables,
 * and converts rates between period lengths by compounding. Package
 * {@link org.cxkit.metrics.churn.survival} estimates the survival of customer lifetimes by
 * Kaplan–Meier with right censoring, Greenwood intervals, median and restricted mean lifetime, and
 * compares segments with the log-rank test.
 *
 * <p>Every tally is mergeable: an immutable result, a mutable accumulator beside it, and a
 * {@link java.util.stream.Collector}. The module depends on {@code org.cxkit.core} alone.
 */
module org.cxkit.metrics.churn {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;

  exports org.cxkit.metrics.churn;
  exports org.cxkit.metrics.churn.survival;
}
