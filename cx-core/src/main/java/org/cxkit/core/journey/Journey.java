package org.cxkit.core.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.Engagement;
import org.cxkit.core.touchpoint.Interaction;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.core.touchpoint.Touchpoint;
import org.immutables.value.Value;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;

/**
 * One customer's touchpoints in time order, across channels and devices.
 *
 * <p>Touchpoints are ordered by {@link Touchpoint#occurredAt()}, ties by id, so the same touchpoints
 * given in any order make an equal journey. Touchpoint ids are unique within a journey. Build one
 * journey with {@link #of}, or many customers' journeys at once with {@link Journeys#from}.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract class Journey {

  /** Time order, ties by id: a total order on one customer's touchpoints. */
  static final Comparator<Touchpoint> TIME_ORDER =
      Comparator.comparing(Touchpoint::occurredAt).thenComparing(Touchpoint::id);

  Journey() {}

  /**
   * Returns a customer's journey from their touchpoints, in any order.
   *
   * @param customer the customer
   * @param touchpoints the customer's touchpoints, in any order
   * @return the journey
   * @throws IllegalArgumentException if a touchpoint belongs to another customer or an id repeats
   */
  public static Journey of(CustomerId customer, Iterable<? extends Touchpoint> touchpoints) {
    List<Touchpoint> sorted = new ArrayList<>();
    touchpoints.forEach(sorted::add);
    sorted.sort(TIME_ORDER);
    return ImmutableJourney.builder().customer(customer).touchpoints(sorted).build();
  }

  /**
   * Returns the customer.
   *
   * @return the customer
   */
  public abstract CustomerId customer();

  /**
   * Returns the touchpoints in time order (ties by id).
   *
   * @return the touchpoints, possibly empty
   */
  public abstract List<Touchpoint> touchpoints();

  /**
   * Returns the interactions, engagements included, in time order.
   *
   * @return the interactions
   */
  @Value.Lazy
  public List<Interaction> interactions() {
    List<Interaction> out = new ArrayList<>();
    for (Touchpoint t : touchpoints()) {
      if (t instanceof Interaction i) {
        out.add(i);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the engagements, in time order.
   *
   * @return the engagements
   */
  @Value.Lazy
  public List<Engagement> engagements() {
    List<Engagement> out = new ArrayList<>();
    for (Touchpoint t : touchpoints()) {
      if (t instanceof Engagement e) {
        out.add(e);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the touchpoints of each journey stage, stages in life-cycle order, touchpoints in time
   * order; stages without touchpoints are absent.
   *
   * @return stage to touchpoints
   */
  public final Map<JourneyStage, List<Touchpoint>> byStage() {
    Map<JourneyStage, List<Touchpoint>> out = new EnumMap<>(JourneyStage.class);
    touchpoints().forEach(t -> out.computeIfAbsent(t.stage(), s -> new ArrayList<>()).add(t));
    out.replaceAll((s, list) -> Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the touchpoints of each channel, channels in order of first use, touchpoints in time
   * order.
   *
   * @return channel to touchpoints
   */
  public final Map<Channel, List<Touchpoint>> byChannel() {
    Map<Channel, List<Touchpoint>> out = new LinkedHashMap<>();
    touchpoints().forEach(t -> out.computeIfAbsent(t.channel(), c -> new ArrayList<>()).add(t));
    out.replaceAll((c, list) -> Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the funnel of this journey.
   *
   * @return touchpoints, interactions and engagements counted
   */
  public final Funnel funnel() {
    return new Funnel(touchpoints().size(), interactions().size(), engagements().size());
  }

  /**
   * Returns when the journey started: its first touchpoint.
   *
   * @return the first instant, or empty for an empty journey
   */
  public final Optional<Instant> start() {
    return touchpoints().isEmpty() ? Optional.empty() : Optional.of(touchpoints().get(0).occurredAt());
  }

  /**
   * Returns the time from the first touchpoint to the first engagement.
   *
   * @return the duration, zero or more, or empty if the customer never engaged
   */
  public final Optional<Duration> timeToFirstEngagement() {
    return engagements().isEmpty()
        ? Optional.empty()
        : Optional.of(Duration.between(touchpoints().get(0).occurredAt(), engagements().get(0).occurredAt()));
  }

  @Value.Check
  final void check() {
    Set<String> ids = new HashSet<>();
    for (Touchpoint t : touchpoints()) {
      if (!t.customer().equals(customer())) {
        throw new InvalidValueException(ReasonCode.INVALID, "touchpoint customer",
            "Invalid value for touchpoint customer (must be " + customer()
            + "): " + t.customer() + " at touchpoint " + t.id());
      }
      if (!ids.add(t.id())) {
        throw new InvalidValueException(ReasonCode.DUPLICATE, "touchpoint id",
            "Invalid value for touchpoint id (must be unique in a journey of "
            + customer() + "): " + t.id() + " appears twice");
      }
    }
    for (int i = 1; i < touchpoints().size(); i++) {
      assert TIME_ORDER.compare(touchpoints().get(i - 1), touchpoints().get(i)) < 0 : "touchpoints out of order";
    }
  }
}
