/**
 * The customer-experience domain model that every cx figure rests on.
 *
 * <p>Touchpoints, interactions and engagements (each a subtype of the one before), journeys,
 * expectations, perceptions and experiences, survey feedback, support tickets, purchases,
 * subscriptions and money, plus the result types that every metric module reports in and the
 * numerical building blocks they share ({@code org.cxkit.core.stat}). The module computes no
 * metrics; those live in the {@code cx-metrics} modules, each depending on this one alone.
 */
module org.cxkit.core {
  requires static org.immutables.value.annotations;

  exports org.cxkit.core;
  exports org.cxkit.core.commerce;
  exports org.cxkit.core.customer;
  exports org.cxkit.core.experience;
  exports org.cxkit.core.feedback;
  exports org.cxkit.core.journey;
  exports org.cxkit.core.money;
  exports org.cxkit.core.result;
  exports org.cxkit.core.scale;
  exports org.cxkit.core.stat;
  exports org.cxkit.core.ticket;
  exports org.cxkit.core.touchpoint;
}
