package org.cxkit.core.feedback;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.scale.Scale;
import org.immutables.value.Value;

/**
 * An answer to "How likely are you to recommend ... to a friend or colleague?" on 0 to 10.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract sealed class NpsResponse implements SurveyResponse permits ImmutableNpsResponse {

  NpsResponse() {}

  /**
   * Returns a builder; {@code build()} checks every field.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Always 0 to 10. */
  @Override
  public final Scale scale() {
    return Scale.ZERO_TO_TEN;
  }

  @Value.Check
  final void check() {
    scale().check("nps score", score());
    touchpointId().ifPresent(v -> Checks.nonBlank("touchpointId", v));
    comment().ifPresent(v -> Checks.nonBlank("comment", v));
  }

  /** Builds {@link NpsResponse}s; not thread-safe. */
  public static final class Builder extends ImmutableNpsResponse.Builder {
    Builder() {}
  }
}
