/** MODULE DOC */
module org.cxkit.metrics.clv {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;
}
