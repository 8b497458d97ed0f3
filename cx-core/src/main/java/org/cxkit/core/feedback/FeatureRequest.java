package org.cxkit.core.feedback;

import java.time.Instant;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.touchpoint.Channel;
import org.immutables.value.Value;

/**
 * A feature a customer asked for, with the theme it was filed under so that recurring requests can
 * be counted.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract class FeatureRequest {

  FeatureRequest() {}

  /**
   * Returns a builder; {@code build()} checks every field.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the customer who asked.
   *
   * @return the customer
   */
  public abstract CustomerId customer();

  /**
   * Returns when the request was made.
   *
   * @return the instant
   */
  public abstract Instant requestedAt();

  /**
   * Returns the theme the request was filed under, such as "export to CSV".
   *
   * @return the theme, not blank
   */
  public abstract String theme();

  /**
   * Returns the customer's own words.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the channel the request came through.
   *
   * @return the channel, or empty
   */
  public abstract Optional<Channel> channel();

  @Value.Check
  final void check() {
    Checks.nonBlank("theme", theme());
    description().ifPresent(v -> Checks.nonBlank("description", v));
  }

  /** Builds {@link FeatureRequest}s; not thread-safe. */
  public static final class Builder extends ImmutableFeatureRequest.Builder {
    Builder() {}
  }
}
