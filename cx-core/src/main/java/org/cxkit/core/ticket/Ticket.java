package org.cxkit.core.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.Team;
import org.immutables.value.Value;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;

/**
 * A support ticket: when it was opened, first answered and resolved, how often it was reopened and
 * how many contacts it took.
 *
 * <p>Its life is a sequence: opened, resolved, reopened, resolved again, and so on. The
 * {@linkplain #resolutions() resolutions} and {@linkplain #reopenings() reopenings} alternate in
 * time, starting with a resolution; a ticket whose last event is a reopening (or that was never
 * resolved) is {@linkplain #isOpen() open}. Nothing happens before the opening.
 *
 * <pre>{@code
 * Ticket t = Ticket.builder().id("T-1").customer(CustomerId.of("c-1")).category("billing")
 *     .channel(Channel.EMAIL).openedAt(opened).firstResponseAt(opened.plusSeconds(600))
 *     .addResolutions(opened.plusSeconds(7200)).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
@Value.Immutable
public abstract class Ticket {

  Ticket() {}

  /**
   * Returns a builder; {@code build()} checks every field and the order of events.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the ticket's id.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the customer who asked for help.
   *
   * @return the customer
   */
  public abstract CustomerId customer();

  /**
   * Returns the category, such as "billing" or "login".
   *
   * @return the category, not blank
   */
  public abstract String category();

  /**
   * Returns the channel the ticket came through.
   *
   * @return the channel
   */
  public abstract Channel channel();

  /**
   * Returns the team handling the ticket.
   *
   * @return the team, or empty
   */
  public abstract Optional<Team> team();

  /**
   * Returns the agent handling the ticket.
   *
   * @return the agent's name or id, or empty
   */
  public abstract Optional<String> agent();

  /**
   * Returns when the ticket was opened.
   *
   * @return the instant
   */
  public abstract Instant openedAt();

  /**
   * Returns when the company first replied.
   *
   * @return the instant, not before the opening, or empty if nobody has replied yet
   */
  public abstract Optional<Instant> firstResponseAt();

  /**
   * Returns every time the ticket was marked resolved, in time order.
   *
   * @return the resolutions, possibly empty
   */
  public abstract List<Instant> resolutions();

  /**
   * Returns every time the ticket was reopened after a resolution, in time order.
   *
   * @return the reopenings, possibly empty
   */
  public abstract List<Instant> reopenings();

  /**
   * Returns how many times the customer contacted the company about this issue, the first included.
   *
   * @return the number of contacts, at least 1 (1 unless set)
   */
  @Value.Default
  public int contacts() {
    return 1;
  }

  /**
   * Returns how many replies agents sent, where known.
   *
   * @return the number of agent replies, zero or more, or empty if not known
   */
  public abstract OptionalInt agentReplies();

  /**
   * Returns when the ticket was first resolved.
   *
   * @return the first resolution, or empty if never resolved
   */
  public final Optional<Instant> firstResolvedAt() {
    return resolutions().isEmpty() ? Optional.empty() : Optional.of(resolutions().get(0));
  }

  /**
   * Returns when the ticket was finally resolved: its last resolution, if it was not reopened since.
   *
   * @return the final resolution, or empty if the ticket is open
   */
  public final Optional<Instant> finalResolvedAt() {
    return isOpen() ? Optional.empty() : Optional.of(resolutions().get(resolutions().size() - 1));
  }

  /**
   * Tells whether the ticket is open: never resolved, or reopened since its last resolution.
   *
   * @return true if open
   */
  public final boolean isOpen() {
    return resolutions().size() == reopenings().size();
  }

  /**
   * Returns how many times the ticket was reopened.
   *
   * @return the count, zero or more
   */
  public final int reopenCount() {
    return reopenings().size();
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("id", id());
    Checks.nonBlank("category", category());
    agent().ifPresent(a -> Checks.nonBlank("agent", a));
    Checks.atLeast("contacts", contacts(), 1);
    agentReplies().ifPresent(r -> Checks.atLeast("agentReplies", r, 0));
    firstResponseAt().ifPresent(r -> Checks.notBefore("firstResponseAt", r, "openedAt", openedAt()));
    int resolved = resolutions().size();
    int reopened = reopenings().size();
    if (reopened > resolved) {
      throw new InvalidValueException(ReasonCode.OUT_OF_RANGE, "reopenings",
          "Invalid value for reopenings (a ticket is reopened only after a resolution, "
          + "so at most " + resolved + "): " + reopened + " reopenings");
    }
    String previousField = "openedAt";
    Instant previous = openedAt();
    for (int i = 0; i < resolved; i++) {
      Instant resolution = resolutions().get(i);
      Checks.notBefore("resolutions[" + i + "]", resolution, previousField, previous);
      if (i < reopened) {
        Instant reopening = reopenings().get(i);
        Checks.notBefore("reopenings[" + i + "]", reopening, "resolutions[" + i + "]", resolution);
        previousField = "reopenings[" + i + "]";
        previous = reopening;
      }
    }
  }

  /** Builds {@link Ticket}s; not thread-safe. */
  public static final class Builder extends ImmutableTicket.Builder {
    Builder() {}
  }
}
