package org.cxkit.metrics.satisfaction.trend;

import java.time.Instant;
import java.util.List;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.time.PeriodSeries;

/**
 * A mutable tally of tickets' openings, reopenings and resolutions per period of a
 * {@link PeriodSeries}, from which {@link TicketBacklog} snapshots are taken; three counters per period
 * and one for the backlog carried in, merged by addition. As an {@link Accumulator}, a valid
 * supplier, accumulator and combiner for {@code Stream.collect} on parallel streams;
 * {@link TicketBacklog#toBacklog(PeriodSeries)} wraps it as a {@code Collector}.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class TicketBacklogAccumulator implements Accumulator<Ticket, TicketBacklogAccumulator, TicketBacklog> {
  private final PeriodSeries series;
  private final long[] opened;
  private final long[] reopened;
  private final long[] resolved;
  private long openAtStart;
  private long count;

  TicketBacklogAccumulator(PeriodSeries series) {
    this.series = series;
    this.opened = new long[series.size()];
    this.reopened = new long[series.size()];
    this.resolved = new long[series.size()];
  }

  /**
   * Adds a ticket: its opening, reopenings and resolutions in the periods that contain them, and to
   * the backlog carried in if it was open when the series starts.
   *
   * @param ticket the ticket (its builder has already checked the order of its events)
   * @return this accumulator
   * @throws IllegalArgumentException if the count of tickets would exceed {@link Long#MAX_VALUE}
   */
  @Override
  public TicketBacklogAccumulator add(Ticket ticket) {
    count = Checks.addExact("count", count, 1);
    // Before the series, the events alternate opening, resolution, reopening, ..., so they leave the
    // ticket open at its start (+1) or not (0); each counter is at most the count of tickets (or of
    // their events, which a ticket list cannot make overflow).
    openAtStart += event(ticket.openedAt(), opened, 1);
    for (Instant reopening : ticket.reopenings()) {
      openAtStart += event(reopening, reopened, 1);
    }
    List<Instant> resolutions = ticket.resolutions();
    for (Instant resolution : resolutions) {
      openAtStart += event(resolution, resolved, -1);
    }
    return this;
  }

  /** Counts an event in its period; returns its change to the backlog carried in. */
  private int event(Instant at, long[] perPeriod, int backlogChange) {
    int index = series.indexOf(at);
    if (index < 0) {
      return backlogChange;
    }
    if (index < perPeriod.length) {
      perPeriod[index]++;
    }
    return 0;
  }

  /**
   * Adds the counts of another accumulator, which is left unchanged.
   *
   * @param other an accumulator over the same series
   * @return this accumulator
   * @throws IllegalArgumentException if the series differ, or a count would exceed
   *     {@link Long#MAX_VALUE}; the accumulator is unchanged
   */
  @Override
  public TicketBacklogAccumulator merge(TicketBacklogAccumulator other) {
    return merge(other.series, other.count, other.openAtStart, other.opened, other.reopened, other.resolved);
  }

  /**
   * Adds the counts of a snapshot.
   *
   * @param backlog a backlog over the same series
   * @return this accumulator
   * @throws IllegalArgumentException if the series differ, or a count would exceed
   *     {@link Long#MAX_VALUE}; the accumulator is unchanged
   */
  public TicketBacklogAccumulator addAll(TicketBacklog backlog) {
    return merge(backlog.series(), backlog.count(), backlog.openAtStart(), backlog.opened(), backlog.reopened(),
        backlog.resolved());
  }

  private TicketBacklogAccumulator merge(PeriodSeries otherSeries, long otherCount, long otherOpenAtStart,
      long[] otherOpened, long[] otherReopened, long[] otherResolved) {
    if (!series.equals(otherSeries)) {
      throw Checks.invalid(ReasonCode.INVALID, "series", "a backlog over " + series
          + " merges only with one over the same periods", otherSeries);
    }
    long newCount = Checks.addExact("count", count, otherCount);
    long newOpenAtStart = Checks.addExact("openAtStart", openAtStart, otherOpenAtStart);
    // Check every sum before changing any, so that a failed merge leaves the accumulator unchanged.
    for (int i = 0; i < opened.length; i++) {
      Checks.addExact("opened[" + i + "]", opened[i], otherOpened[i]);
      Checks.addExact("reopened[" + i + "]", reopened[i], otherReopened[i]);
      Checks.addExact("resolved[" + i + "]", resolved[i], otherResolved[i]);
    }
    for (int i = 0; i < opened.length; i++) {
      opened[i] += otherOpened[i];
      reopened[i] += otherReopened[i];
      resolved[i] += otherResolved[i];
    }
    count = newCount;
    openAtStart = newOpenAtStart;
    return this;
  }

  /**
   * Returns how many tickets were added, merged ones included.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns an immutable snapshot of the counts so far; the accumulator stays usable.
   *
   * @return the backlog
   */
  @Override
  public TicketBacklog snapshot() {
    return new TicketBacklog(series, count, openAtStart, opened.clone(), reopened.clone(), resolved.clone());
  }

  /** Returns a summary such as {@code TicketBacklogAccumulator{PeriodSeries{…}, tickets=40}}. */
  @Override
  public String toString() {
    return "TicketBacklogAccumulator{" + series + ", tickets=" + count + "}";
  }
}
