package org.cxkit.core.customer;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.touchpoint.Channel;
import org.immutables.value.Value;

/**
 * A customer, with the attributes that figures are cut by: persona, plan, region, acquisition
 * channel and sign-up date, and any attributes of the user's own.
 *
 * <pre>{@code
 * Customer c = Customer.builder().id(CustomerId.of("c-1")).plan("pro").region("EMEA")
 *     .acquisitionChannel(Channel.WEB).signUpDate(LocalDate.of(2026, 1, 15)).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract class Customer {

  Customer() {}

  /**
   * Returns a builder; {@code build()} checks every field.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a customer with an id and no attributes.
   *
   * @param id the id
   * @return the customer
   */
  public static Customer of(CustomerId id) {
    return builder().id(id).build();
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract CustomerId id();

  /**
   * Returns the persona, such as "ops lead".
   *
   * @return the persona, or empty if not recorded
   */
  public abstract Optional<String> persona();

  /**
   * Returns the plan, such as "pro".
   *
   * @return the plan, or empty if not recorded
   */
  public abstract Optional<String> plan();

  /**
   * Returns the region, such as "EMEA".
   *
   * @return the region, or empty if not recorded
   */
  public abstract Optional<String> region();

  /**
   * Returns the channel through which the customer was acquired.
   *
   * @return the channel, or empty if not recorded
   */
  public abstract Optional<Channel> acquisitionChannel();

  /**
   * Returns the date the customer signed up.
   *
   * @return the date, or empty if not recorded
   */
  public abstract Optional<LocalDate> signUpDate();

  /**
   * Returns the user's own attributes.
   *
   * @return the attributes, possibly empty
   */
  public abstract Map<String, String> attributes();

  @Value.Check
  final void check() {
    persona().ifPresent(v -> Checks.nonBlank("persona", v));
    plan().ifPresent(v -> Checks.nonBlank("plan", v));
    region().ifPresent(v -> Checks.nonBlank("region", v));
    attributes().keySet().forEach(k -> Checks.nonBlank("attribute name", k));
  }

  /** Builds a {@link Customer}; not thread-safe. */
  public static final class Builder extends ImmutableCustomer.Builder {
    Builder() {}
  }
}
