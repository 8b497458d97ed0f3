package org.cxkit.metrics.churn;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collector;
import org.cxkit.core.commerce.Subscription;

/** {@link CohortTable} keeps the mergeable contract: 24 months in Sydney, read mid-2027. */
class CohortTableContractTest extends MergeableContract<Subscription, CohortTableAccumulator, CohortTable> {
  static final PeriodGrid GRID = PeriodGrid.monthly(YearMonth.of(2025, 1), 24, ZoneId.of("Australia/Sydney"));
  static final Instant AS_OF = Instant.parse("2027-06-15T00:00:00Z");
  static final Currency EUR = Currency.getInstance("EUR");

  @Override
  protected List<Subscription> items(long seed, int size) {
    // Only subscriptions that start inside the grid's complete periods belong in the table.
    return Subs.random(seed, size).stream()
        .filter(s -> !s.startedAt().isBefore(GRID.start(0)) && s.startedAt().isBefore(GRID.start(24))).toList();
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
  protected Collector<Subscription, ?, CohortTable> collector() {
    return CohortTable.toCohortTable(GRID, AS_OF, EUR);
  }
}
