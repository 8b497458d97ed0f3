package org.cxkit.core.touchpoint;

import org.immutables.value.Value;

/**
 * An interaction that is not an engagement: communication went both ways but the customer did not
 * commit to act, such as a question answered in a chat or a pricing page visited.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract sealed class Exchange implements Interaction permits ImmutableExchange {

  Exchange() {}

  /**
   * Returns a builder; {@code build()} checks every field.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Always {@link TouchpointKind#INTERACTION}. */
  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.INTERACTION;
  }

  @Value.Check
  final void check() {
    Validation.interaction(this);
  }

  /** Builds an {@link Exchange}; not thread-safe. */
  public static final class Builder extends ImmutableExchange.Builder {
    Builder() {}
  }
}
