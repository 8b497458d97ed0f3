/**
 * Customer lifetime value: the closed-form definitions, per-customer RFM summaries from purchases,
 * the BG/NBD model of repeat buying, the Gamma-Gamma model of spend, and per-customer CLV from the
 * two models together.
 */
module org.cxkit.metrics.clv {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;

  exports org.cxkit.metrics.clv;
}
