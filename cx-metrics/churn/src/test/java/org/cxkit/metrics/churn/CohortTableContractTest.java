package org.cxkit.metrics.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collector;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.PeriodSeries;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

/** {@link CohortTable} keeps the accumulator contract: 24 months in Sydney, read mid-2027. */
class CohortTableContractTest extends AccumulatorContract<Subscription, CohortTableAccumulator, CohortTable> {
  static final PeriodSeries SERIES = PeriodSeries.of(CalendarPeriod.parse("2025-01"), 24, ZoneId.of("Australia/Sydney"));
  static final Instant AS_OF = Instant.parse("2027-06-15T00:00:00Z");
  static final Currency EUR = Currency.getInstance("EUR");

  @Override
  protected Gen<Subscription> items() {
    return longs().all().map(seed -> inSeries(Subs.random(seed, 40)).get(0));
  }

  /** Drawn together: one subscription per customer, so none overlaps another. */
  @Override
  protected Gen<List<Subscription>> itemLists(int minSize, int maxSize) {
    // Three times as many drawn as needed, then cut to size once those outside the series are dropped.
    return longs().all().zip(integers().between(minSize, maxSize),
        (seed, size) -> inSeries(Subs.random(seed, 3 * size + 40)).subList(0, size));
  }

  /** Only subscriptions that start inside the series' complete periods belong in the table. */
  static List<Subscription> inSeries(List<Subscription> subscriptions) {
    return subscriptions.stream()
        .filter(s -> !s.startedAt().isBefore(SERIES.start(0)) && s.startedAt().isBefore(SERIES.start(24))).toList();
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
    return CohortTable.accumulator(SERIES, AS_OF, EUR);
  }

  @Override
  protected CohortTable expectedEmpty() {
    return CohortTable.of(List.of(), SERIES, AS_OF, EUR).value();
  }

  /** One empty cohort per complete month, and no pooled retention. */
  @Override
  protected void checkEmpty(CohortTable empty) {
    assertEquals(24, empty.cohorts().size());
    assertEquals(0, empty.count());
    assertTrue(empty.pooledRetention(0).isEmpty());
  }

  @Override
  protected Collector<Subscription, ?, CohortTable> collector() {
    return CohortTable.toCohortTable(SERIES, AS_OF, EUR);
  }
}
