package org.cxkit.metrics.churn;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collector;
import org.cxkit.core.commerce.Subscription;

/** {@link PeriodChurn} keeps the mergeable contract, for March 2026 over random populations. */
class PeriodChurnContractTest extends MergeableContract<Subscription, PeriodChurnAccumulator, PeriodChurn> {
  static final ReportingPeriod MARCH = ReportingPeriod.of(YearMonth.of(2026, 3), ZoneOffset.UTC);
  static final Currency EUR = Currency.getInstance("EUR");

  @Override
  protected List<Subscription> items(long seed, int size) {
    return Subs.random(seed, size);
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
  protected Collector<Subscription, ?, PeriodChurn> collector() {
    return PeriodChurn.toPeriodChurn(MARCH, EUR);
  }
}
