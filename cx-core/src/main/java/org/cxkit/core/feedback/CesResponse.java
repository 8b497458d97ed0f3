package org.cxkit.core.feedback;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.scale.Scale;
import org.immutables.value.Value;

/**
 * An answer to the customer effort statement "The company made it easy for me to handle my issue" on the 1 to 7 agreement scale, higher is easier. The older 1 to 5 "how much effort", lower-is-better form is a different figure and is not recorded here.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract sealed class CesResponse implements SurveyResponse permits ImmutableCesResponse {

  CesResponse() {}

  /**
   * Returns a builder; {@code build()} checks every field.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Always 1 to 7, the agreement scale of CES 2.0 ("strongly disagree" to "strongly agree"). */
  @Override
  public final Scale scale() {
    return Scale.ONE_TO_SEVEN;
  }

  @Value.Check
  final void check() {
    scale().check("ces score", score());
    touchpointId().ifPresent(v -> Checks.nonBlank("touchpointId", v));
    comment().ifPresent(v -> Checks.nonBlank("comment", v));
  }

  /** Builds {@link CesResponse}s; not thread-safe. */
  public static final class Builder extends ImmutableCesResponse.Builder {
    Builder() {}
  }
}
