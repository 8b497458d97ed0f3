/**
 * Journey analytics and attribution: which touchpoints lead to engagement.
 *
 * <p>Customers' journeys (cx-core's {@code Journey}) become {@linkplain org.cxkit.metrics.journey.Path
 * paths} of channels, touchpoint kinds or stages, ending at the first engagement that counts as a
 * conversion or at the end of observation. From them: the most frequent paths with their conversion
 * rates, path lengths, sub-paths and times to conversion ({@code org.cxkit.metrics.journey.path}); the
 * stage funnel with Kaplan–Meier times to advance, censored at the cut-off, and drop-off per stage and
 * channel ({@code org.cxkit.metrics.journey.funnel}); and the attribution of conversions and their
 * value to channels, by rule (first touch, last touch, linear, time decay, position-based) and by
 * Markov chain removal effects computed exactly, with bootstrap intervals
 * ({@code org.cxkit.metrics.journey.attribution}). Aggregated paths in ChannelAttribution's form
 * ({@code "a > b > c"}, conversions, value, nulls) are accepted as well as journeys.
 *
 * <p>Path counts and transition counts are mergeable, as every cx figure is: an immutable result
 * beside a mutable accumulator, usable as a {@link java.util.stream.Collector} on sequential and
 * parallel streams. Depends on cx-core alone.
 */
module org.cxkit.metrics.journey {
  requires transitive org.cxkit.core;

  exports org.cxkit.metrics.journey;
  exports org.cxkit.metrics.journey.attribution;
  exports org.cxkit.metrics.journey.funnel;
  exports org.cxkit.metrics.journey.path;
}
