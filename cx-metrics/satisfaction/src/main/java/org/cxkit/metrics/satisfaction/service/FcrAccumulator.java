package org.cxkit.metrics.satisfaction.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.ticket.Ticket;

/**
 * A mutable tally of tickets judged by one {@link FcrDefinition}, from which
 * {@link FirstContactResolution} snapshots are taken; four counters, merged by addition. As an
 * {@link Accumulator}, a valid supplier, accumulator and combiner for {@code Stream.collect} on
 * parallel streams; {@link FirstContactResolution#toFcr(FcrDefinition)} wraps it as a
 * {@code Collector}.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class FcrAccumulator implements Accumulator<Ticket, FcrAccumulator, FirstContactResolution> {
  private final FcrDefinition definition;
  private long firstContact;
  private long judged;
  private long open;
  private long unjudged;

  private FcrAccumulator(FcrDefinition definition) {
    this.definition = definition;
  }

  /**
   * Obtains an empty accumulator.
   *
   * @param definition the definition of a first-contact resolution
   * @return the accumulator
   */
  static FcrAccumulator of(FcrDefinition definition) {
    return new FcrAccumulator(Objects.requireNonNull(definition, "definition"));
  }

  /**
   * Judges and counts a ticket.
   *
   * @param ticket the ticket
   * @return this accumulator
   * @throws IllegalArgumentException if the number of tickets would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public FcrAccumulator add(Ticket ticket) {
    Checks.addExact("count", count(), 1);
    if (definition instanceof FcrDefinition.NoRecontactWithin) {
      addNoRecontact(ticket, (FcrDefinition.NoRecontactWithin) definition);
    } else if (ticket.isOpen()) {
      open++;
    } else if (definition == FcrDefinition.oneContact()) {
      judge(ticket.contacts() == 1 && ticket.reopenCount() == 0);
    } else if (definition == FcrDefinition.oneAgentReply()) {
      OptionalInt replies = ticket.agentReplies();
      if (replies.isEmpty() || replies.getAsInt() == 0) {
        unjudged++;
      } else {
        judge(replies.getAsInt() == 1 && ticket.reopenCount() == 0);
      }
    } else {
      throw new AssertionError(definition);
    }
    return this;
  }

  private void addNoRecontact(Ticket ticket, FcrDefinition.NoRecontactWithin rule) {
    if (ticket.firstResolvedAt().isEmpty()) {
      open++;
      return;
    }
    Instant resolved = ticket.firstResolvedAt().get();
    Instant windowEnd = resolved.plus(rule.window());
    if (windowEnd.isAfter(rule.asOf())) {
      unjudged++;
      return;
    }
    List<Instant> reopenings = ticket.reopenings();
    judge(reopenings.isEmpty() || reopenings.get(0).isAfter(windowEnd));
  }

  private void judge(boolean resolvedFirstTime) {
    judged++;
    if (resolvedFirstTime) {
      firstContact++;
    }
  }

  /**
   * Adds the counts of another accumulator, which is left unchanged.
   *
   * @param other an accumulator with the same definition
   * @return this accumulator
   * @throws IllegalArgumentException if the definitions differ, or a count would exceed
   *     {@link Long#MAX_VALUE}; the accumulator is unchanged
   */
  @Override
  public FcrAccumulator merge(FcrAccumulator other) {
    return merge(other.definition, other.firstContact, other.judged, other.open, other.unjudged);
  }

  /**
   * Adds the counts of a tally.
   *
   * @param tally a tally with the same definition
   * @return this accumulator
   * @throws IllegalArgumentException if the definitions differ, or a count would exceed
   *     {@link Long#MAX_VALUE}; the accumulator is unchanged
   */
  public FcrAccumulator addAll(FirstContactResolution tally) {
    return merge(tally.definition(), tally.firstContactCount(), tally.judgedCount(), tally.openCount(),
        tally.unjudgedCount());
  }

  private FcrAccumulator merge(FcrDefinition other, long firstContacts, long judgedCount, long openCount,
      long unjudgedCount) {
    if (!definition.equals(other)) {
      throw Checks.invalid(ReasonCode.INVALID, "definition",
          "a tally under " + definition + " merges only with one under the same definition", other);
    }
    // Every count is at most the total, so checking the total first guards them all.
    Checks.addExact("count", count(), judgedCount + openCount + unjudgedCount);
    firstContact += firstContacts;
    judged += judgedCount;
    open += openCount;
    unjudged += unjudgedCount;
    return this;
  }

  /**
   * Returns how many tickets were added, merged ones included: judged, open and not judged.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return judged + open + unjudged;
  }

  /**
   * Returns an immutable tally of the tickets counted so far.
   *
   * @return the tally
   */
  @Override
  public FirstContactResolution snapshot() {
    return new FirstContactResolution(definition, firstContact, judged, open, unjudged);
  }

  @Override
  public String toString() {
    return "FcrAccumulator{" + snapshot() + "}";
  }
}
