package org.cxkit.core.touchpoint;

import org.immutables.value.Value;

/**
 * A touchpoint that is not an interaction: the customer was exposed to the company and nothing came
 * back, such as a billboard seen, a shelf walked past or an advertisement shown.
 *
 * <pre>{@code
 * Exposure billboard = Exposure.builder()
 *     .id("t-1").customer(CustomerId.of("c-1")).occurredAt(Instant.parse("2026-03-01T08:00:00Z"))
 *     .channel(Channel.OUT_OF_HOME).addSources(ExposureSource.BRAND)
 *     .stage(JourneyStage.PRE_PURCHASE).team(Team.MARKETING)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract sealed class Exposure implements Touchpoint permits ImmutableExposure {

  Exposure() {}

  /**
   * Returns a builder; {@code build()} checks every field.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Always {@link TouchpointKind#EXPOSURE}. */
  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.EXPOSURE;
  }

  @Value.Check
  final void check() {
    Validation.touchpoint(this);
  }

  /** Builds an {@link Exposure}; not thread-safe. */
  public static final class Builder extends ImmutableExposure.Builder {
    Builder() {}
  }
}
