/** MODULE DOC */
module org.cxkit.metrics.gap {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;
}
