package org.cxkit.core.commerce;

import java.time.Instant;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.money.Money;

/**
 * The recurring revenue of a subscription from an instant on, until the next change or the end.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param effectiveFrom when this amount starts to apply
 * @param recurring the recurring revenue per billing period, zero or more
 */
public record RevenueChange(Instant effectiveFrom, Money recurring) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the amount is negative
   */
  public RevenueChange {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Checks.nonNegative("recurring revenue", Objects.requireNonNull(recurring, "recurring").amount());
  }

  /**
   * Obtains a revenue change.
   *
   * @param effectiveFrom when the amount starts to apply
   * @param recurring the recurring revenue per billing period, zero or more
   * @return the change
   */
  public static RevenueChange of(Instant effectiveFrom, Money recurring) {
    return new RevenueChange(effectiveFrom, recurring);
  }
}
