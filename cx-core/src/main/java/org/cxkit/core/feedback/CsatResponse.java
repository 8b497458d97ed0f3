package org.cxkit.core.feedback;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.scale.Scale;
import org.immutables.value.Value;

/**
 * An answer to "How satisfied were you with ...?" on a declared scale (1 to 5 unless set), higher is more satisfied.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract sealed class CsatResponse implements SurveyResponse permits ImmutableCsatResponse {

  CsatResponse() {}

  /**
   * Returns a builder; {@code build()} checks every field.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the declared scale of the answer, 1 to 5 unless set.
   *
   * @return the scale
   */
  @Override
  @Value.Default
  public Scale scale() {
    return Scale.ONE_TO_FIVE;
  }

  @Value.Check
  final void check() {
    scale().check("csat score", score());
    touchpointId().ifPresent(v -> Checks.nonBlank("touchpointId", v));
    comment().ifPresent(v -> Checks.nonBlank("comment", v));
  }

  /** Builds {@link CsatResponse}s; not thread-safe. */
  public static final class Builder extends ImmutableCsatResponse.Builder {
    Builder() {}
  }
}
