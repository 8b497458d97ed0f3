package org.cxkit.metrics.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collector;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.money.Money;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.Interval;
import org.cxkit.testkit.AccumulatorContract;
import org.junit.jupiter.api.Nested;
import org.quicktheories.core.Gen;

/** {@link PeriodChurn} keeps the accumulator contract, for March 2026 over random populations. */
class PeriodChurnContractTest extends AccumulatorContract<Subscription, PeriodChurnAccumulator, PeriodChurn> {
  static final Interval MARCH = CalendarPeriod.parse("2026-03").toInterval(ZoneOffset.UTC);
  static final Currency EUR = Currency.getInstance("EUR");

  /** Reasons from a multi-select survey: the recorded one, plus "missing feature" for every third id. */
  static final Function<Subscription, Set<ChurnReason>> SEVERAL = s -> {
    Set<ChurnReason> cited = new LinkedHashSet<>();
    s.churnReason().ifPresent(cited::add);
    if (s.id().hashCode() % 3 == 0) {
      cited.add(ChurnReason.MISSING_FEATURE);
    }
    return cited;
  };

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
  protected PeriodChurn expectedEmpty() {
    return PeriodChurn.of(List.of(), MARCH, EUR).value();
  }

  @Override
  protected void checkEmpty(PeriodChurn empty) {
    assertEquals(0, empty.atStart() + empty.joined() + empty.departures());
    assertEquals(Money.zero(EUR), empty.startingRevenue());
  }

  @Override
  protected Collector<Subscription, ?, PeriodChurn> collector() {
    return PeriodChurn.toPeriodChurn(MARCH, EUR);
  }

  /** The same contract when departures cite several reasons each. */
  @Nested
  class WithSeveralReasonsPerDeparture extends AccumulatorContract<Subscription, PeriodChurnAccumulator, PeriodChurn> {

    @Override
    protected Gen<Subscription> items() {
      return PeriodChurnContractTest.this.items();
    }

    @Override
    protected Gen<List<Subscription>> itemLists(int minSize, int maxSize) {
      return PeriodChurnContractTest.this.itemLists(minSize, maxSize);
    }

    @Override
    protected int examples() {
      return 40;
    }

    @Override
    protected int maxSize() {
      return 300;
    }

    @Override
    protected boolean everyItemCounts() {
      return false;
    }

    @Override
    protected PeriodChurnAccumulator newAccumulator() {
      return PeriodChurn.accumulator(MARCH, EUR, SEVERAL);
    }

    @Override
    protected PeriodChurn expectedEmpty() {
      return PeriodChurn.of(List.of(), MARCH, EUR, SEVERAL).value();
    }

    @Override
    protected Collector<Subscription, ?, PeriodChurn> collector() {
      return PeriodChurn.toPeriodChurn(MARCH, EUR, SEVERAL);
    }
  }
}
