package org.cxkit.core.experience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cxkit.core.customer.CustomerId;
import org.immutables.value.Value;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;

/**
 * One customer's experience of the company: the outcome of all their individual experiences
 * (episodes) over time, held in time order. It is not an event; it lives with the customer, and the
 * gap and satisfaction figures read it.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract class Experience {

  /** Orders episodes by time, then by touchpoint id, so that equal inputs give equal experiences. */
  static final Comparator<Episode> TIME_ORDER =
      Comparator.comparing(Episode::occurredAt).thenComparing(e -> e.touchpoint().id());

  Experience() {}

  /**
   * Returns a customer's experience from their episodes, in any order.
   *
   * @param customer the customer
   * @param episodes the customer's episodes, in any order
   * @return the experience, episodes in time order
   * @throws IllegalArgumentException if an episode belongs to another customer
   */
  public static Experience of(CustomerId customer, Iterable<Episode> episodes) {
    List<Episode> sorted = new ArrayList<>();
    episodes.forEach(sorted::add);
    sorted.sort(TIME_ORDER);
    return ImmutableExperience.builder().customer(customer).episodes(sorted).build();
  }

  /**
   * Returns the customer.
   *
   * @return the customer
   */
  @Value.Parameter
  public abstract CustomerId customer();

  /**
   * Returns the episodes in time order (ties by touchpoint id).
   *
   * @return the episodes, possibly empty
   */
  public abstract List<Episode> episodes();

  @Value.Check
  final void check() {
    for (Episode e : episodes()) {
      if (!e.customer().equals(customer())) {
        throw new InvalidValueException(ReasonCode.INVALID, "episode customer",
            "Invalid value for episode customer (must be " + customer()
            + "): " + e.customer() + " at touchpoint " + e.touchpoint().id());
      }
    }
  }
}
