package org.cxkit.metrics.churn;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collector;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.testing.MergeableContract;
import org.quicktheories.core.Gen;

/** {@link PeriodChurn} keeps the mergeable contract, for March 2026 over random populations. */
class PeriodChurnContractTest extends MergeableContract<PeriodChurnAccumulator, PeriodChurn, Subscription> {
  static final ReportingPeriod MARCH = ReportingPeriod.of(YearMonth.of(2026, 3), ZoneOffset.UTC);
  static final Currency EUR = Currency.getInstance("EUR");

  @Override
  protected Gen<Subscription> items() {
    return longs().all().map(seed -> Subs.random(seed, 1).get(0));
  }

  /** Drawn together: one subscription per customer, so none overlaps another. */
  @Override
  protected Gen<List<Subscription>> itemLists(int minSize, int maxSize) {
    return longs().all().zip(integers().between(minSize, maxSize), Subs::random);
  }

  @Override
  protected int examples() {
    return 60;
  }

  @Override
  protected int maxSize() {
    return 300;
  }

  /** Subscriptions that neither start, run nor end in March leave the figure unchanged. */
  @Override
  protected boolean everyItemCounts() {
    return false;
  }

  @Override
  protected PeriodChurnAccumulator newAccumulator() {
    return PeriodChurn.accumulator(MARCH, EUR);
  }

  @Override
  protected void add(PeriodChurnAccumulator accumulator, Subscription item) {
    accumulator.add(item);
  }

  @Override
  protected PeriodChurnAccumulator merge(PeriodChurnAccumulator into, PeriodChurnAccumulator other) {
    return into.merge(other);
  }

  @Override
  protected PeriodChurn snapshot(PeriodChurnAccumulator accumulator) {
    return accumulator.snapshot();
  }

  @Override
  protected PeriodChurn expectedEmpty() {
    return PeriodChurn.of(List.of(), MARCH, EUR).value();
  }

  @Override
  protected Collector<Subscription, ?, PeriodChurn> collector() {
    return PeriodChurn.toPeriodChurn(MARCH, EUR);
  }
}
