package org.cxkit.metrics.satisfaction.trend;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.core.time.PeriodSeries;

/**
 * A mutable count of tickets per category per calendar period, from which {@link TicketTrends}
 * snapshots are taken; merged by adding counts. Memory is one counter per category and period that
 * has a ticket. As an {@link Accumulator}, a valid supplier, accumulator and combiner for
 * {@code Stream.collect} on parallel streams; {@link TicketTrends#toTrends(ZoneId, CalendarUnit)} wraps
 * it as a {@code Collector}.
 *
 * <p>The periods from the earliest ticket to the latest may number at most
 * {@value PeriodSeries#MAX_SIZE}; a ticket (or a merge) that would stretch them further is refused
 * with {@link IllegalArgumentException} (code {@code too-large}), and the accumulator is unchanged.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class TicketTrendsAccumulator implements Accumulator<Ticket, TicketTrendsAccumulator, TicketTrends> {
  private final ZoneId zone;
  private final CalendarUnit unit;
  private final Map<String, Map<CalendarPeriod, Long>> counts = new HashMap<>();
  private long count;
  private CalendarPeriod first;
  private CalendarPeriod last;

  private TicketTrendsAccumulator(ZoneId zone, CalendarUnit unit) {
    this.zone = zone;
    this.unit = unit;
  }

  /**
   * Obtains an empty accumulator.
   *
   * @param zone the zone whose calendar the periods follow
   * @param unit the period length
   * @return the accumulator
   */
  static TicketTrendsAccumulator of(ZoneId zone, CalendarUnit unit) {
    return new TicketTrendsAccumulator(Objects.requireNonNull(zone, "zone"), Objects.requireNonNull(unit, "unit"));
  }

  /**
   * Counts a ticket in its category and in the period of its opening.
   *
   * @param ticket the ticket
   * @return this accumulator
   * @throws IllegalArgumentException if the ticket's opening is outside the years 1 to 9999 in the
   *     zone, or would stretch the periods beyond {@value PeriodSeries#MAX_SIZE}; the accumulator is
   *     unchanged
   */
  @Override
  public TicketTrendsAccumulator add(Ticket ticket) {
    return add(ticket.category(), ticket.openedAt(), 1);
  }

  /**
   * Counts tickets of a category opened in the period containing an instant.
   *
   * @param category the category, not blank
   * @param openedAt when they were opened
   * @param count how many, zero or more
   * @return this accumulator
   * @throws IllegalArgumentException if the category is blank, the count negative, the instant
   *     outside the years 1 to 9999 in the zone, the periods would number more than
   *     {@value PeriodSeries#MAX_SIZE}, or the count of tickets would exceed {@link Long#MAX_VALUE}; the
   *     accumulator is unchanged
   */
  public TicketTrendsAccumulator add(String category, Instant openedAt, long count) {
    Checks.nonBlank("category", category);
    Checks.nonNegative("count", count);
    CalendarPeriod period = CalendarPeriod.containing(Objects.requireNonNull(openedAt, "openedAt"), zone, unit);
    if (count == 0) {
      return this;
    }
    long newCount = Checks.addExact("count", this.count, count);
    CalendarPeriod newFirst = first == null || period.compareTo(first) < 0 ? period : first;
    CalendarPeriod newLast = last == null || period.compareTo(last) > 0 ? period : last;
    checkSpan(newFirst, newLast, "openedAt", openedAt);
    // Each count is at most the count of all tickets, which did not overflow.
    counts.computeIfAbsent(category, c -> new HashMap<>()).merge(period, count, Long::sum);
    this.count = newCount;
    first = newFirst;
    last = newLast;
    return this;
  }

  private static void checkSpan(CalendarPeriod from, CalendarPeriod to, String field, Object value) {
    long periods = from.until(to) + 1;
    if (periods > PeriodSeries.MAX_SIZE) {
      throw Checks.invalid(ReasonCode.TOO_LARGE, field, "the " + from.unit().name().toLowerCase(Locale.ROOT)
          + " periods from " + from + " to " + to + " must number at most " + PeriodSeries.MAX_SIZE + ", not "
          + periods, value);
    }
  }

  /**
   * Adds the counts of another accumulator, which is left unchanged.
   *
   * @param other an accumulator with the same zone and unit
   * @return this accumulator
   * @throws IllegalArgumentException if the zone or unit differ, or the merged counts would exceed the
   *     limits of {@link #add(String, Instant, long)}; the accumulator is unchanged
   */
  @Override
  public TicketTrendsAccumulator merge(TicketTrendsAccumulator other) {
    return merge(other.zone, other.unit, other.counts, other.count);
  }

  /**
   * Adds the counts of a snapshot.
   *
   * @param trends trends with the same zone and unit
   * @return this accumulator
   * @throws IllegalArgumentException if the zone or unit differ, or the merged counts would exceed the
   *     limits of {@link #add(String, Instant, long)}; the accumulator is unchanged
   */
  public TicketTrendsAccumulator addAll(TicketTrends trends) {
    return merge(trends.zone(), trends.unit(), trends.counts(), trends.count());
  }

  private TicketTrendsAccumulator merge(ZoneId otherZone, CalendarUnit otherUnit,
      Map<String, ? extends Map<CalendarPeriod, Long>> otherCounts, long otherCount) {
    if (!zone.equals(otherZone) || unit != otherUnit) {
      throw Checks.invalid(ReasonCode.INVALID, "periods", "counts per " + unit + " in " + zone
          + " merge only with counts per the same periods", otherUnit + " in " + otherZone);
    }
    long newCount = Checks.addExact("count", count, otherCount);
    CalendarPeriod newFirst = first;
    CalendarPeriod newLast = last;
    for (Map<CalendarPeriod, Long> series : otherCounts.values()) {
      for (CalendarPeriod p : series.keySet()) {
        newFirst = newFirst == null || p.compareTo(newFirst) < 0 ? p : newFirst;
        newLast = newLast == null || p.compareTo(newLast) > 0 ? p : newLast;
      }
    }
    if (newFirst != null) {
      checkSpan(newFirst, newLast, "periods", newFirst + " to " + newLast);
    }
    // Copy first: merging an accumulator into itself must double it, not loop over a changing map.
    Map<String, Map<CalendarPeriod, Long>> snapshot = new HashMap<>();
    otherCounts.forEach((category, series) -> snapshot.put(category, new HashMap<>(series)));
    snapshot.forEach((category, series) -> {
      Map<CalendarPeriod, Long> mine = counts.computeIfAbsent(category, c -> new HashMap<>());
      series.forEach((period, c) -> mine.merge(period, c, Long::sum));
    });
    count = newCount;
    first = newFirst;
    last = newLast;
    return this;
  }

  /**
   * Returns how many tickets were counted, merged ones included.
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
   * @return the trends
   */
  @Override
  public TicketTrends snapshot() {
    return new TicketTrends(zone, unit, TicketTrends.deepCopy(counts), count);
  }

  /** Returns a summary such as {@code TicketTrendsAccumulator{UTC, WEEK, categories=2, tickets=4}}. */
  @Override
  public String toString() {
    return "TicketTrendsAccumulator{" + zone + ", " + unit + ", categories=" + counts.size() + ", tickets=" + count + "}";
  }
}
