/** MODULE DOC */
module org.cxkit.metrics.churn {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;
}
