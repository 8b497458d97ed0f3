package org.cxkit.core.touchpoint;

import org.cxkit.core.internal.Checks;

/** The rules every touchpoint keeps, shared by the three leaves. */
final class Validation {
  private Validation() {}

  static void touchpoint(Touchpoint t) {
    Checks.nonBlank("id", t.id());
    t.attributes().keySet().forEach(key -> Checks.nonBlank("attribute name", key));
  }

  static void interaction(Interaction i) {
    touchpoint(i);
    i.exchange().ifPresent(e -> Checks.nonBlank("exchange", e));
    i.duration().ifPresent(d -> Checks.nonNegative("duration", d));
  }
}
