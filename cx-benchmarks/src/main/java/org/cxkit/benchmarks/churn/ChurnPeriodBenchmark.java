package org.cxkit.benchmarks.churn;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.Interval;
import org.cxkit.metrics.churn.PeriodChurn;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The churn of one month over a subscription base: {@link PeriodChurn}'s accumulator against a
 * hand-written loop doing the same work (the at-start, lost and joined counts, and starting,
 * churned, contraction and expansion revenue in {@code BigDecimal}), in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ChurnPeriodBenchmark {
  static final Currency EUR = Currency.getInstance("EUR");

  @Param({"1000000"})
  int size;

  List<Subscription> subscriptions;
  Interval period;

  @Setup(Level.Trial)
  public void setUp() {
    subscriptions = ChurnData.subscriptions(size, 42);
    period = CalendarPeriod.parse("2025-06").toInterval(ZoneOffset.UTC);
  }

  /** The baseline: the loop an engineer would write by hand. */
  @Benchmark
  public BigDecimal handWrittenLoop() {
    Instant start = period.start();
    Instant end = period.end();
    long atStart = 0;
    long lost = 0;
    long joined = 0;
    BigDecimal starting = BigDecimal.ZERO;
    BigDecimal churned = BigDecimal.ZERO;
    BigDecimal contraction = BigDecimal.ZERO;
    BigDecimal expansion = BigDecimal.ZERO;
    for (Subscription s : subscriptions) {
      Instant endedAt = s.endedAt().orElse(null);
      if (!s.startedAt().isBefore(end) || (endedAt != null && endedAt.isBefore(start))) {
        continue;
      }
      if (s.startedAt().isBefore(start)) {
        atStart++;
        BigDecimal before = revenueBefore(s, start);
        starting = starting.add(before);
        if (endedAt != null && endedAt.isBefore(end)) {
          lost++;
          churned = churned.add(before);
        } else {
          BigDecimal change = revenueBefore(s, end).subtract(before);
          if (change.signum() > 0) {
            expansion = expansion.add(change);
          } else {
            contraction = contraction.subtract(change);
          }
        }
      } else {
        joined++;
      }
    }
    return starting.subtract(churned).subtract(contraction).add(expansion).add(BigDecimal.valueOf(atStart + lost + joined));
  }

  private static BigDecimal revenueBefore(Subscription s, Instant instant) {
    BigDecimal current = null;
    for (RevenueChange c : s.revenue()) {
      if (!c.effectiveFrom().isBefore(instant)) {
        break;
      }
      current = c.recurring().amount();
    }
    return current;
  }

  /** The library: the accumulator, then the immutable tally. */
  @Benchmark
  public PeriodChurn accumulator() {
    return PeriodChurn.accumulator(period, EUR).addAll(subscriptions).snapshot();
  }

  /** The library on a parallel stream through its collector (2 cores here). */
  @Benchmark
  public PeriodChurn parallelCollector() {
    return subscriptions.parallelStream().collect(PeriodChurn.toPeriodChurn(period, EUR));
  }
}
