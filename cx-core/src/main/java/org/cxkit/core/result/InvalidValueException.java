package org.cxkit.core.result;

import java.util.Objects;

/**
 * Thrown when a value is rejected: an {@link IllegalArgumentException} that also carries its
 * {@link Reason}, so that a bulk operation can set the item aside under a stable
 * {@linkplain ReasonCode code} and field instead of a bare message. Every validation in cx throws
 * it; {@link BulkResult#convert} sets aside exactly the items whose conversion throws it.
 *
 * <p>Instances are immutable.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The reason; serialised through its parts, which are strings. */
  private final transient Reason reason;

  /**
   * Creates an exception for a reason; its message is the reason's message.
   *
   * @param reason why the value was rejected
   */
  public InvalidValueException(Reason reason) {
    super(Objects.requireNonNull(reason, "reason").message());
    this.reason = reason;
  }

  /**
   * Creates an exception with a code, field and message.
   *
   * @param code the stable key
   * @param field the field that held the value, not blank
   * @param message the message naming the field, the accepted values and the value, not blank
   */
  public InvalidValueException(ReasonCode code, String field, String message) {
    this(Reason.of(code, field, message));
  }

  /**
   * Returns why the value was rejected.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the reason's code.
   *
   * @return the code
   */
  public ReasonCode code() {
    return reason.code();
  }

  /**
   * Returns the field that held the value.
   *
   * @return the field
   */
  public String field() {
    return reason.field();
  }
}
