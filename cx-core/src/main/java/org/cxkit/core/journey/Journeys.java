package org.cxkit.core.journey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Reason;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.touchpoint.Touchpoint;

/** Builds many customers' journeys at once from an event log. */
public final class Journeys {
  private Journeys() {}

  /**
   * Groups touchpoints of many customers, in any order, into one journey per customer.
   *
   * <p>A touchpoint whose id was already seen for the same customer is set aside as a duplicate (the
   * first one given is kept); every other touchpoint ends up in exactly one journey, so
   * {@code usedCount() + setAside().size()} equals the number given.
   *
   * @param touchpoints the touchpoints, in any order
   * @return the journeys, ordered by customer id, and the touchpoints set aside
   */
  public static BulkResult<Touchpoint, List<Journey>> from(Iterable<? extends Touchpoint> touchpoints) {
    Map<String, List<Touchpoint>> byCustomer = new TreeMap<>();
    Set<List<String>> seen = new HashSet<>();
    List<SetAside<Touchpoint>> setAside = new ArrayList<>();
    long position = 0;
    long used = 0;
    for (Touchpoint t : Objects.requireNonNull(touchpoints, "touchpoints")) {
      String customer = t.customer().value();
      if (seen.add(List.of(customer, t.id()))) {
        byCustomer.computeIfAbsent(customer, c -> new ArrayList<>()).add(t);
        used++;
      } else {
        setAside.add(SetAside.of(position, t, Reason.of(ReasonCode.DUPLICATE, "touchpoint id",
            "Duplicate touchpoint id (must be unique per customer): " + t.id() + " of customer " + customer)));
      }
      position++;
    }
    List<Journey> journeys = new ArrayList<>(byCustomer.size());
    byCustomer.forEach((customer, list) -> journeys.add(Journey.of(CustomerId.of(customer), list)));
    return BulkResult.of(Collections.unmodifiableList(journeys), used, setAside);
  }
}
