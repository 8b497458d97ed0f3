package org.cxkit.benchmarks.satisfaction;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.metrics.satisfaction.service.DurationAccumulator;
import org.cxkit.metrics.satisfaction.service.DurationDistribution;
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
 * Median and p90 of first response times: the library's accumulator (validating each
 * {@code Duration}, keeping nanoseconds, exact sums for the mean) against sorting a {@code long[]} by
 * hand and reading the type-7 quantiles; both from the same durations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SatisfactionServiceTimesBenchmark {
  @Param({"10000"})
  int n;

  Duration[] durations;
  long[] nanos;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2);
    durations = new Duration[n];
    nanos = new long[n];
    for (int i = 0; i < n; i++) {
      // Log-normal-ish response times around an hour, to the millisecond.
      long millis = (long) (3_600_000 * Math.exp(random.nextGaussian()));
      durations[i] = Duration.ofMillis(millis);
      nanos[i] = durations[i].toNanos();
    }
  }

  /** Baseline: copy, sort, interpolate (Hyndman & Fan type 7) by hand. */
  @Benchmark
  public long[] handQuantiles() {
    long[] sorted = new long[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = durations[i].toNanos();
    }
    Arrays.sort(sorted);
    return new long[] {type7(sorted, 0.5), type7(sorted, 0.9)};
  }

  @Benchmark
  public Duration[] libraryQuantiles() {
    DurationAccumulator accumulator = DurationDistribution.accumulator();
    for (Duration d : durations) {
      accumulator.add(d);
    }
    DurationDistribution distribution = accumulator.snapshot();
    return new Duration[] {distribution.median(), distribution.p90()};
  }

  private static long type7(long[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) h;
    return lo + 1 < sorted.length ? sorted[lo] + Math.round((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
  }
}
