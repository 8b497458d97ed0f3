package org.cxkit.benchmarks.nps;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.metrics.nps.NpsAccumulator;
import org.cxkit.metrics.nps.NpsTally;
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
 * Ten million answers tallied by a parallel stream against the same stream run sequentially, and
 * against a hand-written sequential loop, in the same run. On 2 cores the parallel stream can at
 * best halve the time; the merge of per-thread accumulators is three additions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NpsParallelBenchmark {

  @Param({"10000000"})
  int size;

  int[] scores;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    scores = new int[size];
    Arrays.setAll(scores, i -> random.nextInt(11));
  }

  /** Baseline: the fastest hand-written sequential loop, a histogram of the eleven answers. */
  @Benchmark
  public long handWrittenHistogram() {
    long[] bins = new long[11];
    for (int s : scores) {
      bins[s]++;
    }
    long detractors = bins[0] + bins[1] + bins[2] + bins[3] + bins[4] + bins[5] + bins[6];
    return detractors + 3 * (bins[7] + bins[8]) + 7 * (bins[9] + bins[10]);
  }

  /** The accumulator on a sequential stream. */
  @Benchmark
  public NpsTally sequentialStream() {
    return Arrays.stream(scores)
        .collect(NpsTally::accumulator, NpsAccumulator::add, NpsAccumulator::merge)
        .snapshot();
  }

  /** The accumulator on a parallel stream. */
  @Benchmark
  public NpsTally parallelStream() {
    return Arrays.stream(scores).parallel()
        .collect(NpsTally::accumulator, NpsAccumulator::add, NpsAccumulator::merge)
        .snapshot();
  }

  /** The bulk tally, sequential. */
  @Benchmark
  public Object fromScores() {
    return NpsTally.fromScores(scores);
  }
}
