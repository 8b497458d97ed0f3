package org.cxkit.metrics.satisfaction.trend;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.core.time.PeriodSeries;

/**
 * Support tickets counted per category per {@link CalendarPeriod} (by the date each ticket was
 * opened, in a time zone): the raw material of ticket trends, of the {@linkplain #topCategories(int)
 * categories that recur most}, and of the search for {@linkplain RiseDetector abnormal rises}.
 *
 * <p>The {@linkplain #periods() periods} run without gaps from the earliest period with a ticket to
 * the latest (a {@link PeriodSeries}, so at most {@value PeriodSeries#MAX_SIZE} periods), and a period
 * in which a category had no ticket counts zero for it, as it must for a trend. Build with a
 * {@link TicketTrendsAccumulator} or {@link #toTrends(ZoneId, CalendarUnit)}.
 *
 * <p><b>Empty input:</b> no ticket gives trends with no period and no category, a count of 0 and no
 * top category.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TicketTrends {
  private final ZoneId zone;
  private final CalendarUnit unit;
  private final SortedMap<String, SortedMap<CalendarPeriod, Long>> counts;
  private final long count;
  private final Optional<PeriodSeries> series;

  TicketTrends(ZoneId zone, CalendarUnit unit, SortedMap<String, SortedMap<CalendarPeriod, Long>> counts, long count) {
    this.zone = zone;
    this.unit = unit;
    this.counts = counts;
    this.count = count;
    TreeSet<CalendarPeriod> seen = new TreeSet<>();
    counts.values().forEach(m -> seen.addAll(m.keySet()));
    // The accumulator keeps the span within PeriodSeries.MAX_SIZE, so this does not throw.
    this.series = seen.isEmpty() ? Optional.empty() : Optional.of(PeriodSeries.between(seen.first(), seen.last(), zone));
  }

  /**
   * Returns an empty accumulator, to count tickets one at a time.
   *
   * @param zone the time zone that places tickets in periods
   * @param unit the length of the periods
   * @return a new accumulator
   */
  public static TicketTrendsAccumulator accumulator(ZoneId zone, CalendarUnit unit) {
    return TicketTrendsAccumulator.of(zone, unit);
  }

  /**
   * Returns a collector of tickets into trends, usable on parallel streams.
   *
   * @param zone the zone whose calendar the periods follow
   * @param unit the period length
   * @return the collector
   */
  public static Collector<Ticket, TicketTrendsAccumulator, TicketTrends> toTrends(ZoneId zone, CalendarUnit unit) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(unit, "unit");
    return Accumulators.collector(() -> TicketTrends.accumulator(zone, unit));
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
   * @return the unit
   */
  public CalendarUnit unit() {
    return unit;
  }

  /**
   * Returns every period from the earliest with a ticket to the latest, without gaps, as a series in
   * the zone (to read other figures, such as a {@link TicketBacklog}, over the same periods).
   *
   * @return the series, or empty if there is no ticket
   */
  public Optional<PeriodSeries> periodSeries() {
    return series;
  }

  /**
   * Returns every period from the earliest with a ticket to the latest, without gaps.
   *
   * @return the periods in order, unmodifiable; empty if there is no ticket
   */
  public List<CalendarPeriod> periods() {
    return series.map(PeriodSeries::periods).orElse(List.of());
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
  public long count(String category, CalendarPeriod period) {
    SortedMap<CalendarPeriod, Long> byPeriod = counts.get(category);
    return byPeriod == null ? 0 : byPeriod.getOrDefault(period, 0L);
  }

  /**
   * Returns how many tickets of a category were opened in all.
   *
   * @param category the category
   * @return the count, zero or more
   */
  public long count(String category) {
    SortedMap<CalendarPeriod, Long> byPeriod = counts.get(category);
    // At most the count of all tickets, so the sum does not overflow.
    return byPeriod == null ? 0 : byPeriod.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns how many tickets were counted in all.
   *
   * @return the count, zero or more
   */
  public long count() {
    return count;
  }

  /**
   * Returns a category's counts per period, aligned with {@link #periods()} (zero where it had none).
   *
   * @param category the category
   * @return a fresh array of counts, one per period
   */
  public long[] series(String category) {
    List<CalendarPeriod> periods = periods();
    long[] series = new long[periods.size()];
    SortedMap<CalendarPeriod, Long> byPeriod = counts.get(category);
    if (byPeriod != null) {
      PeriodSeries grid = this.series.orElseThrow();
      byPeriod.forEach((period, c) -> series[grid.indexOf(period)] = c);
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
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public List<CategoryCount> topCategories(int limit) {
    Checks.nonNegative("limit", limit);
    List<CategoryCount> all = new ArrayList<>();
    for (Map.Entry<String, SortedMap<CalendarPeriod, Long>> e : counts.entrySet()) {
      long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
      long active = e.getValue().values().stream().filter(c -> c > 0).count();
      all.add(new CategoryCount(e.getKey(), total, (int) active));
    }
    all.sort(Comparator.comparingLong(CategoryCount::tickets).reversed()
        .thenComparing(Comparator.comparingInt(CategoryCount::periodsWithTickets).reversed())
        .thenComparing(CategoryCount::category));
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }

  SortedMap<String, SortedMap<CalendarPeriod, Long>> counts() {
    return counts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TicketTrends t && zone.equals(t.zone) && unit == t.unit && count == t.count
        && counts.equals(t.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, unit, counts, count);
  }

  /** Returns a summary such as {@code TicketTrends{UTC, WEEK, periods=3, categories=2, tickets=4}}. */
  @Override
  public String toString() {
    return "TicketTrends{" + zone + ", " + unit + ", periods=" + periods().size() + ", categories="
        + counts.size() + ", tickets=" + count + "}";
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
      Checks.nonNegative("tickets", tickets);
      Checks.nonNegative("periodsWithTickets", periodsWithTickets);
    }
  }

  static SortedMap<String, SortedMap<CalendarPeriod, Long>> deepCopy(
      Map<String, ? extends Map<CalendarPeriod, Long>> source) {
    SortedMap<String, SortedMap<CalendarPeriod, Long>> copy = new TreeMap<>();
    source.forEach((category, series) -> copy.put(category, Collections.unmodifiableSortedMap(new TreeMap<>(series))));
    return Collections.unmodifiableSortedMap(copy);
  }
}
