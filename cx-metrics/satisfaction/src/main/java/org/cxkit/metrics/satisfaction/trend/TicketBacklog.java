package org.cxkit.metrics.satisfaction.trend;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collector;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.time.PeriodSeries;

/**
 * The flow of support tickets over a run of calendar periods (a {@link PeriodSeries}): per period,
 * how many tickets were opened, reopened and resolved, and the open backlog at the end of each
 * period.
 *
 * <h2>Definitions</h2>
 * A ticket is <b>open at an instant</b> if it was opened at or before it and is not resolved by it:
 * never resolved, or reopened since its last resolution. Periods are half-open, {@code [start, end)},
 * so an event belongs to the period that contains its instant, and the <b>backlog at the end</b> of
 * period {@code i} ({@link #openAtEnd(int)}) is the number of tickets open once every event of the
 * period has happened and none of the next: opened before the period's end, and not resolved (or
 * reopened since) by then. {@link #openAtStart()} is the backlog carried into the first period.
 * {@link #resolved(int)} counts the <b>resolutions</b> recorded in the period: a ticket resolved,
 * reopened and resolved again is counted each time it is resolved, as a help desk counts its solved
 * tickets; likewise {@link #reopened(int)}. So the backlog moves by the flow:
 * <pre>
 * openAtEnd(i) = openAtEnd(i − 1) + opened(i) + reopened(i) − resolved(i),  openAtEnd(−1) = openAtStart()
 * </pre>
 *
 * <p>Tickets whose events all fall after the series count in {@link #count()} and nowhere else;
 * tickets resolved before the series starts, likewise. The figure is exact integer counts (three
 * {@code long}s per period), so tallies of parts merge to exactly the tally of the whole.
 *
 * <p><b>Empty input:</b> no ticket gives {@link #empty(PeriodSeries)}: every count and backlog 0.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TicketBacklog {
  private final PeriodSeries series;
  private final long count;
  private final long openAtStart;
  private final long[] opened;
  private final long[] reopened;
  private final long[] resolved;
  private final long[] openAtEnd;

  TicketBacklog(PeriodSeries series, long count, long openAtStart, long[] opened, long[] reopened, long[] resolved) {
    this.series = series;
    this.count = count;
    this.openAtStart = openAtStart;
    this.opened = opened;
    this.reopened = reopened;
    this.resolved = resolved;
    this.openAtEnd = new long[series.size()];
    long open = openAtStart;
    for (int i = 0; i < openAtEnd.length; i++) {
      // Each running value is a number of open tickets, at most the count: no overflow.
      open += opened[i] + reopened[i] - resolved[i];
      openAtEnd[i] = open;
    }
  }

  /**
   * Returns the backlog of no ticket over a series: every count 0.
   *
   * @param series the periods
   * @return the empty backlog
   */
  public static TicketBacklog empty(PeriodSeries series) {
    return accumulator(series).snapshot();
  }

  /**
   * Returns an empty accumulator over a series, to add tickets one at a time.
   *
   * @param series the periods
   * @return a new accumulator
   */
  public static TicketBacklogAccumulator accumulator(PeriodSeries series) {
    return new TicketBacklogAccumulator(Objects.requireNonNull(series, "series"));
  }

  /**
   * Returns a collector of tickets into their backlog over a series, usable on parallel streams.
   *
   * @param series the periods
   * @return the collector
   */
  public static Collector<Ticket, TicketBacklogAccumulator, TicketBacklog> toBacklog(PeriodSeries series) {
    Objects.requireNonNull(series, "series");
    return Accumulators.collector(() -> TicketBacklog.accumulator(series));
  }

  /**
   * Returns the periods.
   *
   * @return the series
   */
  public PeriodSeries series() {
    return series;
  }

  /**
   * Returns how many tickets were added, those outside the series included.
   *
   * @return the count, zero or more
   */
  public long count() {
    return count;
  }

  /**
   * Returns the backlog carried into the first period: the tickets open at its start.
   *
   * @return the count, zero or more
   */
  public long openAtStart() {
    return openAtStart;
  }

  /**
   * Returns how many tickets were opened in a period.
   *
   * @param index the period's index in the series, from 0 to {@code series().size() - 1}
   * @return the count, zero or more
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long opened(int index) {
    return opened[Objects.checkIndex(index, opened.length)];
  }

  /**
   * Returns how many reopenings were recorded in a period.
   *
   * @param index the period's index in the series
   * @return the count, zero or more
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long reopened(int index) {
    return reopened[Objects.checkIndex(index, reopened.length)];
  }

  /**
   * Returns how many resolutions were recorded in a period: tickets resolved there, each as often as
   * it was resolved there.
   *
   * @param index the period's index in the series
   * @return the count, zero or more
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long resolved(int index) {
    return resolved[Objects.checkIndex(index, resolved.length)];
  }

  /**
   * Returns the open backlog at the end of a period: the tickets open once the period's events have
   * happened.
   *
   * @param index the period's index in the series
   * @return the count, zero or more
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long openAtEnd(int index) {
    return openAtEnd[Objects.checkIndex(index, openAtEnd.length)];
  }

  /**
   * Returns the tickets opened per period, aligned with {@code series().periods()}.
   *
   * @return a fresh array, one count per period
   */
  public long[] openedSeries() {
    return opened.clone();
  }

  /**
   * Returns the reopenings per period, aligned with {@code series().periods()}.
   *
   * @return a fresh array, one count per period
   */
  public long[] reopenedSeries() {
    return reopened.clone();
  }

  /**
   * Returns the resolutions per period, aligned with {@code series().periods()}.
   *
   * @return a fresh array, one count per period
   */
  public long[] resolvedSeries() {
    return resolved.clone();
  }

  /**
   * Returns the backlog at the end of each period, aligned with {@code series().periods()}.
   *
   * @return a fresh array, one count per period
   */
  public long[] openAtEndSeries() {
    return openAtEnd.clone();
  }

  long[] opened() {
    return opened;
  }

  long[] reopened() {
    return reopened;
  }

  long[] resolved() {
    return resolved;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TicketBacklog b && series.equals(b.series) && count == b.count && openAtStart == b.openAtStart
        && Arrays.equals(opened, b.opened) && Arrays.equals(reopened, b.reopened) && Arrays.equals(resolved, b.resolved);
  }

  @Override
  public int hashCode() {
    return Objects.hash(series, count, openAtStart, Arrays.hashCode(opened), Arrays.hashCode(reopened),
        Arrays.hashCode(resolved));
  }

  /** Returns a summary such as {@code TicketBacklog{PeriodSeries{…}, tickets=40, open at start=3, open at end=5}}. */
  @Override
  public String toString() {
    return "TicketBacklog{" + series + ", tickets=" + count + ", open at start=" + openAtStart + ", open at end="
        + openAtEnd[openAtEnd.length - 1] + "}";
  }
}
