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
import org.cxkit.core.time.PeriodSeries;
import org.cxkit.metrics.churn.CohortTable;
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
 * A 36-month cohort retention table (customers and revenue) over a subscription base:
 * {@link CohortTable}'s accumulator (one binary search per start and end, one addition per revenue
 * change) against the straightforward nested loop (for every subscription, every observed age: is
 * it still there, and what is its revenue), in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ChurnCohortBenchmark {
  static final Currency EUR = Currency.getInstance("EUR");

  @Param({"1000000"})
  int size;

  List<Subscription> subscriptions;
  PeriodSeries grid;
  Instant asOf;

  @Setup(Level.Trial)
  public void setUp() {
    subscriptions = ChurnData.subscriptions(size, 42);
    grid = PeriodSeries.of(CalendarPeriod.parse("2024-01"), 36, ZoneOffset.UTC);
    asOf = grid.start(36);
  }

  /** The baseline: for every subscription and every observed age, test and add. */
  @Benchmark
  public long[][] nestedLoop() {
    int cohorts = grid.size();
    long[][] retained = new long[cohorts][];
    BigDecimal[][] revenue = new BigDecimal[cohorts][];
    for (int c = 0; c < cohorts; c++) {
      retained[c] = new long[cohorts - c + 1];
      revenue[c] = new BigDecimal[cohorts - c + 1];
      java.util.Arrays.fill(revenue[c], BigDecimal.ZERO);
    }
    for (Subscription s : subscriptions) {
      int c = grid.indexOf(s.startedAt());
      retained[c][0]++;
      revenue[c][0] = revenue[c][0].add(s.revenue().get(0).recurring().amount());
      for (int k = 1; c + k <= cohorts; k++) {
        Instant at = grid.start(c + k);
        if (s.endedAt().isPresent() && s.endedAt().get().isBefore(at)) {
          break;
        }
        retained[c][k]++;
        BigDecimal amount = null;
        for (RevenueChange change : s.revenue()) {
          if (!change.effectiveFrom().isBefore(at)) {
            break;
          }
          amount = change.recurring().amount();
        }
        revenue[c][k] = revenue[c][k].add(amount);
      }
    }
    return retained;
  }

  /** The library: the accumulator, then the immutable table. */
  @Benchmark
  public CohortTable accumulator() {
    return CohortTable.accumulator(grid, asOf, EUR).addAll(subscriptions).snapshot();
  }
}
