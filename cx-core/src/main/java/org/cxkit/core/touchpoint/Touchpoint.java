package org.cxkit.core.touchpoint;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.customer.CustomerId;

/**
 * Any single moment in which a customer comes into contact with, or is merely exposed to, the
 * company: its brand, product, people or message, on any channel or device. Nothing needs to come
 * back: a billboard seen from the highway is a touchpoint.
 *
 * <p>The interface is sealed: a touchpoint is either an {@link Exposure} (one-way) or an
 * {@link Interaction} (two-way). Use {@link #kind()} for the most specific kind.
 *
 * <p>Implementations are immutable and thread-safe, and compare by value.
 */
public sealed interface Touchpoint permits Exposure, Interaction {

  /**
   * Returns the id, unique among the touchpoints of one customer.
   *
   * @return the id, not blank
   */
  String id();

  /**
   * Returns the customer who was exposed.
   *
   * @return the customer
   */
  CustomerId customer();

  /**
   * Returns when the touchpoint occurred (its start, for one with a duration).
   *
   * @return the instant
   */
  Instant occurredAt();

  /**
   * Returns where the contact happened.
   *
   * @return the channel
   */
  Channel channel();

  /**
   * Returns the device, where known.
   *
   * @return the device, or empty if not known
   */
  Optional<Device> device();

  /**
   * Returns what the customer was exposed to.
   *
   * @return brand, product, employee and/or message; empty if not recorded
   */
  Set<ExposureSource> sources();

  /**
   * Returns the stage of the customer life cycle.
   *
   * @return the journey stage
   */
  JourneyStage stage();

  /**
   * Returns the team that owns the touchpoint and its figures.
   *
   * @return the owning team
   */
  Team team();

  /**
   * Returns the user's own attributes, such as a campaign or a page.
   *
   * @return the attributes, possibly empty
   */
  Map<String, String> attributes();

  /**
   * Returns the most specific kind of this touchpoint.
   *
   * @return {@code EXPOSURE}, {@code INTERACTION} or {@code ENGAGEMENT}
   */
  TouchpointKind kind();
}
