/**
 * Key driver analysis: which attribute ratings (product quality, price, ease of use, support speed…)
 * move an outcome (likelihood to recommend, overall satisfaction, effort) among the same
 * respondents. Correlations with intervals, standardised regression weights, and the two measures
 * of relative importance that stay honest when drivers are correlated, LMG and Johnson's relative
 * weights, with bootstrap intervals and rank stability; and the driver matrix of importance against
 * performance. Every figure is computed from mergeable sums. Read as association, not causation.
 * Depends on {@code org.cxkit.core} alone.
 */
module org.cxkit.metrics.drivers {
  requires transitive org.cxkit.core;

  exports org.cxkit.metrics.drivers;
}
