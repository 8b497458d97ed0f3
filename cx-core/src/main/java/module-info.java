/**
 * The customer-experience domain model that every cx figure rests on.
 *
 * <p>Touchpoints, interactions and engagements (each a subtype of the one before), journeys,
 * expectations, perceptions and experiences, survey feedback, support tickets, purchases,
 * subscriptions and money; the time vocabulary every figure is reported in ({@code org.cxkit.core.time});
 * and the result types every metric module shares ({@code org.cxkit.core.result}: estimates, the
 * confidence policy, set-aside reasons, the accumulator contract, breakdowns by segment). The module
 * computes no metrics; those live in the {@code cx-metrics} modules, each depending on this one alone.
 *
 * <h2>Null policy</h2>
 * Across every {@code org.cxkit} package, no method accepts or returns {@code null}: an absent value
 * is an {@link java.util.Optional}, an empty collection or an empty result, and passing {@code null}
 * throws {@link NullPointerException} naming the parameter.
 *
 * <h2>Validation</h2>
 * Factories and builders validate before they construct. A rejected value raises
 * {@link org.cxkit.core.result.InvalidValueException}, an {@link IllegalArgumentException} (or, from a
 * builder, {@link IllegalStateException} for a missing field) whose message names the field, the
 * accepted range and the bad value, for example
 * {@code Invalid value for score (valid values 0 - 10): 11}, and which carries a
 * {@linkplain org.cxkit.core.result.ReasonCode reason code}, so that bulk operations set the item aside
 * under that code.
 *
 * <h2>Immutability</h2>
 * Every public type of the model is immutable and thread-safe; mutable accumulators, where a metric
 * module has them, say so in their documentation.
 *
 * <h2>Not API</h2>
 * Two packages are not API and are exported only to the cx modules: {@code org.cxkit.core.internal}
 * (argument checks) and {@code org.cxkit.core.stat} (special functions and distributions).
 */
@SuppressWarnings("module") // the qualified exports name cx modules that are compiled after this one
module org.cxkit.core {
  requires static org.immutables.value.annotations;

  exports org.cxkit.core.commerce;
  exports org.cxkit.core.customer;
  exports org.cxkit.core.experience;
  exports org.cxkit.core.feedback;
  exports org.cxkit.core.journey;
  exports org.cxkit.core.money;
  exports org.cxkit.core.result;
  exports org.cxkit.core.scale;
  exports org.cxkit.core.ticket;
  exports org.cxkit.core.time;
  exports org.cxkit.core.touchpoint;

  exports org.cxkit.core.internal to
      org.cxkit.metrics.nps, org.cxkit.metrics.satisfaction, org.cxkit.metrics.churn,
      org.cxkit.metrics.clv, org.cxkit.metrics.gap, org.cxkit.metrics.drivers, org.cxkit.metrics.journey;
  exports org.cxkit.core.stat to
      org.cxkit.metrics.nps, org.cxkit.metrics.satisfaction, org.cxkit.metrics.churn,
      org.cxkit.metrics.clv, org.cxkit.metrics.gap, org.cxkit.metrics.drivers, org.cxkit.metrics.journey;
}
