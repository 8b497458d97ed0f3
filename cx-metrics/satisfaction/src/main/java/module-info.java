/** MODULE DOC */
module org.cxkit.metrics.satisfaction {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;
}
