package org.cxkit.metrics.satisfaction.trend;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.metrics.satisfaction.Granularity;
import org.cxkit.metrics.satisfaction.ReportingPeriod;

/**
 * Support tickets counted per category per {@link ReportingPeriod} (by the date each ticket was
 * opened, in a time zone): the raw material of ticket trends, of the {@linkplain #topCategories(int)
 * categories that recur most}, and of the search for {@linkplain RiseDetector abnormal rises}.
 *
 * <p>The {@linkplain #periods() periods} run without gaps from the earliest period with a ticket to
 * the latest, so a period in which a category had no ticket counts zero for it, as it must for a
 * trend. Build with a {@link TicketTrendsAccumulator} or {@link #toTrends(ZoneId, Granularity)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TicketTrends {
  private final ZoneId zone;
  private final Granularity granularity;
  private final SortedMap<String, SortedMap<ReportingPeriod, Long>> counts;
  private final List<ReportingPeriod> periods;

  TicketTrends(ZoneId zone, Granularity granularity, SortedMap<String, SortedMap<ReportingPeriod, Long>> counts) {
    this.zone = zone;
    this.granularity = granularity;
    this.counts = counts;
    TreeSet<ReportingPeriod> seen = new TreeSet<>();
    counts.values().forEach(m -> seen.addAll(m.keySet()));
    List<ReportingPeriod> dense = new ArrayList<>();
    if (!seen.isEmpty()) {
      for (ReportingPeriod p = seen.first(); p.compareTo(seen.last()) <= 0; p = p.next()) {
        dense.add(p);
      }
    }
    this.periods = Collections.unmodifiableList(dense);
  }

  /**
   * Returns an empty accumulator, to count tickets one at a time.
   *
   * @param zone the time zone that places tickets in periods
   * @param granularity the length of the periods
   * @return a new accumulator
   */
  public static TicketTrendsAccumulator accumulator(ZoneId zone, Granularity granularity) {
    return TicketTrendsAccumulator.of(zone, granularity);
  }

  /**
   * Returns a collector of tickets into trends, usable on parallel streams.
   *
   * @param zone the zone whose calendar the periods follow
   * @param granularity the period length
   * @return the collector
   */
  public static Collector<Ticket, TicketTrendsAccumulator, TicketTrends> toTrends(ZoneId zone, Granularity granularity) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(granularity, "granularity");
    return Collector.of(() -> TicketTrends.accumulator(zone, granularity), TicketTrendsAccumulator::add,
        TicketTrendsAccumulator::merge, TicketTrendsAccumulator::snapshot, Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the zone whose calendar the periods follow.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the period length.
   *
   * @return the granularity
   */
  public Granularity granularity() {
    return granularity;
  }

  /**
   * Returns every period from the earliest with a ticket to the latest, without gaps.
   *
   * @return the periods in order, unmodifiable; empty if there is no ticket
   */
  public List<ReportingPeriod> periods() {
    return periods;
  }

  /**
   * Returns the categories that have tickets.
   *
   * @return the categories in order, unmodifiable
   */
  public SortedSet<String> categories() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(counts.keySet()));
  }

  /**
   * Returns how many tickets of a category were opened in a period.
   *
   * @param category the category
   * @param period the period
   * @return the count, zero or more
   */
  public long count(String category, ReportingPeriod period) {
    SortedMap<ReportingPeriod, Long> series = counts.get(category);
    return series == null ? 0 : series.getOrDefault(period, 0L);
  }

  /**
   * Returns how many tickets of a category were opened in all.
   *
   * @param category the category
   * @return the count, zero or more
   */
  public long total(String category) {
    SortedMap<ReportingPeriod, Long> series = counts.get(category);
    return series == null ? 0 : series.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns how many tickets were opened in all.
   *
   * @return the count
   */
  public long total() {
    return counts.keySet().stream().mapToLong(this::total).sum();
  }

  /**
   * Returns a category's counts per period, aligned with {@link #periods()} (zero where it had none).
   *
   * @param category the category
   * @return a fresh array of counts, one per period
   */
  public long[] series(String category) {
    long[] series = new long[periods.size()];
    SortedMap<ReportingPeriod, Long> byPeriod = counts.get(category);
    if (byPeriod != null) {
      for (int i = 0; i < series.length; i++) {
        series[i] = byPeriod.getOrDefault(periods.get(i), 0L);
      }
    }
    return series;
  }

  /**
   * Returns the categories that recur most: ordered by total tickets, then by the number of periods
   * in which they had any (a problem that comes back every week ranks above one burst of the same
   * size), then by name.
   *
   * @param limit how many to return at most, zero or more
   * @return the categories with their counts, most recurring first
   */
  public List<CategoryCount> topCategories(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("Invalid value for limit (must not be negative): " + limit);
    }
    List<CategoryCount> all = new ArrayList<>();
    for (Map.Entry<String, SortedMap<ReportingPeriod, Long>> e : counts.entrySet()) {
      long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
      long active = e.getValue().values().stream().filter(c -> c > 0).count();
      all.add(new CategoryCount(e.getKey(), total, (int) active));
    }
    all.sort(Comparator.comparingLong(CategoryCount::tickets).reversed()
        .thenComparing(Comparator.comparingInt(CategoryCount::periodsWithTickets).reversed())
        .thenComparing(CategoryCount::category));
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }

  SortedMap<String, SortedMap<ReportingPeriod, Long>> counts() {
    return counts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TicketTrends t && zone.equals(t.zone) && granularity == t.granularity && counts.equals(t.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, granularity, counts);
  }

  @Override
  public String toString() {
    return "TicketTrends{" + zone + ", " + granularity + ", periods=" + periods.size() + ", categories="
        + counts.size() + ", tickets=" + total() + "}";
  }

  /**
   * A category with its ticket count and the number of periods in which it had tickets.
   *
   * @param category the category
   * @param tickets the number of tickets, zero or more
   * @param periodsWithTickets the number of periods with at least one ticket, zero or more
   */
  public record CategoryCount(String category, long tickets, int periodsWithTickets) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public CategoryCount {
      Objects.requireNonNull(category, "category");
      if (tickets < 0 || periodsWithTickets < 0) {
        throw new IllegalArgumentException("Invalid value for tickets (must not be negative): " + tickets
            + ", periodsWithTickets " + periodsWithTickets);
      }
    }
  }

  static SortedMap<String, SortedMap<ReportingPeriod, Long>> deepCopy(Map<String, ? extends Map<ReportingPeriod, Long>> source) {
    SortedMap<String, SortedMap<ReportingPeriod, Long>> copy = new TreeMap<>();
    source.forEach((category, series) -> copy.put(category, Collections.unmodifiableSortedMap(new TreeMap<>(series))));
    return Collections.unmodifiableSortedMap(copy);
  }
}
