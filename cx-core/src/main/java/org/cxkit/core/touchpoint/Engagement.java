package org.cxkit.core.touchpoint;

import java.util.Optional;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.money.Money;
import org.immutables.value.Value;

/**
 * An interaction in which the customer commits, or agrees, to act: signs up for a trial, books a
 * demo, asks to try the shoes on, buys, renews. A purchase is the strongest engagement.
 *
 * <p>Every engagement is an {@link Interaction} and a {@link Touchpoint}, and can be passed wherever
 * either is expected. The company controls only the engagement it offers; what the customer makes of
 * it is their experience.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract sealed class Engagement implements Interaction permits ImmutableEngagement {

  Engagement() {}

  /**
   * Returns a builder; {@code build()} checks every field.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what the customer committed to.
   *
   * @return the commitment
   */
  public abstract Commitment commitment();

  /**
   * Returns the commitment's value, for one that has a value (a purchase, a renewal).
   *
   * @return the value, zero or more, or empty if it has none
   */
  public abstract Optional<Money> value();

  /** Always {@link TouchpointKind#ENGAGEMENT}. */
  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.ENGAGEMENT;
  }

  @Value.Check
  final void check() {
    Validation.interaction(this);
    value().ifPresent(v -> Checks.nonNegative("value", v.amount()));
  }

  /** Builds an {@link Engagement}; not thread-safe. */
  public static final class Builder extends ImmutableEngagement.Builder {
    Builder() {}
  }
}
