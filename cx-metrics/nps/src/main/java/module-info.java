/** MODULE DOC */
module org.cxkit.metrics.nps {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;
}
