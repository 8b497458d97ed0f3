package org.cxkit.metrics.churn;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collector;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.testing.MergeableContract;
import org.quicktheories.core.Gen;

/** {@link CohortTable} keeps the mergeable contract: 24 months in Sydney, read mid-2027. */
class CohortTableContractTest extends MergeableContract<CohortTableAccumulator, CohortTable, Subscription> {
  static final PeriodGrid GRID = PeriodGrid.monthly(YearMonth.of(2025, 1), 24, ZoneId.of("Australia/Sydney"));
  static final Instant AS_OF = Instant.parse("2027-06-15T00:00:00Z");
  static final Currency EUR = Currency.getInstance("EUR");

  @Override
  protected Gen<Subscription> items() {
    return longs().all().map(seed -> inGrid(Subs.random(seed, 40)).get(0));
  }

  /** Drawn together: one subscription per customer, so none overlaps another. */
  @Override
  protected Gen<List<Subscription>> itemLists(int minSize, int maxSize) {
    // Three times as many drawn as needed, then cut to size once those outside the grid are dropped.
    return longs().all().zip(integers().between(minSize, maxSize),
        (seed, size) -> inGrid(Subs.random(seed, 3 * size + 40)).subList(0, size));
  }

  /** Only subscriptions that start inside the grid's complete periods belong in the table. */
  static List<Subscription> inGrid(List<Subscription> subscriptions) {
    return subscriptions.stream()
        .filter(s -> !s.startedAt().isBefore(GRID.start(0)) && s.startedAt().isBefore(GRID.start(24))).toList();
  }

  @Override
  protected int examples() {
    return 60;
  }

  @Override
  protected int maxSize() {
    return 300;
  }

  @Override
  protected CohortTableAccumulator newAccumulator() {
    return CohortTable.accumulator(GRID, AS_OF, EUR);
  }

  @Override
  protected void add(CohortTableAccumulator accumulator, Subscription item) {
    accumulator.add(item);
  }

  @Override
  protected CohortTableAccumulator merge(CohortTableAccumulator into, CohortTableAccumulator other) {
    return into.merge(other);
  }

  @Override
  protected CohortTable snapshot(CohortTableAccumulator accumulator) {
    return accumulator.snapshot();
  }

  @Override
  protected CohortTable expectedEmpty() {
    return CohortTable.of(List.of(), GRID, AS_OF, EUR).value();
  }

  @Override
  protected Collector<Subscription, ?, CohortTable> collector() {
    return CohortTable.toCohortTable(GRID, AS_OF, EUR);
  }
}
