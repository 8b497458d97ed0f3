package org.cxkit.metrics.satisfaction.trend;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.metrics.satisfaction.Granularity;
import org.cxkit.metrics.satisfaction.ReportingPeriod;

/**
 * A mutable count of tickets per category per period, from which {@link TicketTrends} snapshots are
 * taken; merged by adding counts. Memory is one counter per category and period that has a ticket.
 * Usable as accumulator and combiner of {@code Stream.collect}.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class TicketTrendsAccumulator {
  private final ZoneId zone;
  private final Granularity granularity;
  private final Map<String, Map<ReportingPeriod, Long>> counts = new HashMap<>();

  private TicketTrendsAccumulator(ZoneId zone, Granularity granularity) {
    this.zone = zone;
    this.granularity = granularity;
  }

  /**
   * Obtains an empty accumulator.
   *
   * @param zone the zone whose calendar the periods follow
   * @param granularity the period length
   * @return the accumulator
   */
  static TicketTrendsAccumulator of(ZoneId zone, Granularity granularity) {
    return new TicketTrendsAccumulator(Objects.requireNonNull(zone, "zone"),
        Objects.requireNonNull(granularity, "granularity"));
  }

  /**
   * Counts a ticket in its category and in the period of its opening.
   *
   * @param ticket the ticket
   * @return this accumulator
   */
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
   * @throws IllegalArgumentException if the category is blank or the count negative
   */
  public TicketTrendsAccumulator add(String category, Instant openedAt, long count) {
    Objects.requireNonNull(category, "category");
    if (category.isBlank()) {
      throw new IllegalArgumentException("Invalid value for category (must not be blank): \"" + category + "\"");
    }
    if (count < 0) {
      throw new IllegalArgumentException("Invalid value for count (must not be negative): " + count);
    }
    ReportingPeriod period = ReportingPeriod.of(Objects.requireNonNull(openedAt, "openedAt"), zone, granularity);
    if (count == 0) {
      return this;
    }
    counts.computeIfAbsent(category, c -> new HashMap<>()).merge(period, count, Math::addExact);
    return this;
  }

  /**
   * Adds the counts of another accumulator, which is left unchanged.
   *
   * @param other an accumulator with the same zone and granularity
   * @return this accumulator
   * @throws IllegalArgumentException if the zone or granularity differ
   */
  public TicketTrendsAccumulator merge(TicketTrendsAccumulator other) {
    return merge(other.zone, other.granularity, other.counts);
  }

  /**
   * Adds the counts of a snapshot.
   *
   * @param trends trends with the same zone and granularity
   * @return this accumulator
   * @throws IllegalArgumentException if the zone or granularity differ
   */
  public TicketTrendsAccumulator addAll(TicketTrends trends) {
    return merge(trends.zone(), trends.granularity(), trends.counts());
  }

  private TicketTrendsAccumulator merge(ZoneId otherZone, Granularity otherGranularity,
      Map<String, ? extends Map<ReportingPeriod, Long>> otherCounts) {
    if (!zone.equals(otherZone) || granularity != otherGranularity) {
      throw new IllegalArgumentException("Invalid value for periods (counts per " + granularity + " in " + zone
          + " merge only with counts per the same periods): " + otherGranularity + " in " + otherZone);
    }
    // Copy first: merging an accumulator into itself must double it, not loop over a changing map.
    Map<String, Map<ReportingPeriod, Long>> snapshot = new HashMap<>();
    otherCounts.forEach((category, series) -> snapshot.put(category, new HashMap<>(series)));
    snapshot.forEach((category, series) -> {
      Map<ReportingPeriod, Long> mine = counts.computeIfAbsent(category, c -> new HashMap<>());
      series.forEach((period, count) -> mine.merge(period, count, Math::addExact));
    });
    return this;
  }

  /**
   * Returns an immutable snapshot of the counts so far; the accumulator stays usable.
   *
   * @return the trends
   */
  public TicketTrends snapshot() {
    return new TicketTrends(zone, granularity, TicketTrends.deepCopy(counts));
  }

  @Override
  public String toString() {
    return "TicketTrendsAccumulator{" + zone + ", " + granularity + ", categories=" + counts.size() + "}";
  }
}
