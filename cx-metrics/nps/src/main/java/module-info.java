/**
 * Net Promoter Score as a statistician would compute it: answers classified into detractors (0 to
 * 6), passives (7 and 8) and promoters (9 and 10); the score from the counts, exact, with its sample
 * size, standard error and a Wald or adjusted Wald (Rocks 2016) confidence interval; the comparison
 * of two scores with a z test; weighted scores with Kish's effective sample size; scores by segment,
 * rolled up from counts; trends per calendar period; and sample-size planning.
 *
 * <p>Every figure is mergeable: an immutable result beside a mutable accumulator, usable as a
 * {@link java.util.stream.Collector} on sequential and parallel streams. Depends on cx-core alone.
 */
module org.cxkit.metrics.nps {
  requires transitive org.cxkit.core;
  requires static org.immutables.value.annotations;

  exports org.cxkit.metrics.nps;
}
