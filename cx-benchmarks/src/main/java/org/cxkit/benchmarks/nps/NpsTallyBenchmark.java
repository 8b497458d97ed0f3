package org.cxkit.benchmarks.nps;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.core.result.BulkResult;
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
 * Tallying whole-number answers from an {@code int[]}: the library's bulk tally and accumulator
 * against a hand-written loop that does the same work (classify, and count what is off the scale),
 * in the same run. Answers are uniform on 0 to 10 in random order, so a branchy classifier meets
 * its worst case; run with {@code -prof gc} to see that nothing is allocated per answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NpsTallyBenchmark {

  @Param({"100000"})
  int size;

  int[] scores;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    scores = new int[size];
    Arrays.setAll(scores, i -> random.nextInt(11));
  }

  /** The first baseline: the loop an engineer would write by hand, range check included. */
  @Benchmark
  public long handWrittenLoop() {
    long detractors = 0;
    long passives = 0;
    long promoters = 0;
    long invalid = 0;
    for (int s : scores) {
      if (s < 0 || s > 10) {
        invalid++;
      } else if (s >= 9) {
        promoters++;
      } else if (s >= 7) {
        passives++;
      } else {
        detractors++;
      }
    }
    return detractors + 3 * passives + 7 * promoters + 11 * invalid;
  }

  /**
   * The second baseline: the fastest loop we could write by hand, a histogram of the eleven answers
   * (no data-dependent branch, so no misprediction on shuffled answers), folded into categories.
   */
  @Benchmark
  public long handWrittenHistogram() {
    long[] bins = new long[11];
    long invalid = 0;
    for (int s : scores) {
      if (s >= 0 && s <= 10) {
        bins[s]++;
      } else {
        invalid++;
      }
    }
    long detractors = bins[0] + bins[1] + bins[2] + bins[3] + bins[4] + bins[5] + bins[6];
    return detractors + 3 * (bins[7] + bins[8]) + 7 * (bins[9] + bins[10]) + 11 * invalid;
  }

  /** The bulk tally, which sets aside answers off the scale. */
  @Benchmark
  public BulkResult<Integer, NpsTally> fromScores() {
    return NpsTally.fromScores(scores);
  }

  /** The mutable accumulator, one answer at a time. */
  @Benchmark
  public NpsTally accumulator() {
    NpsAccumulator a = NpsTally.accumulator();
    for (int s : scores) {
      a.add(s);
    }
    return a.snapshot();
  }

  /** The accumulator as the three functions of {@code IntStream.collect}, sequential. */
  @Benchmark
  public NpsTally intStreamCollect() {
    return Arrays.stream(scores)
        .collect(NpsTally::accumulator, NpsAccumulator::add, NpsAccumulator::merge)
        .snapshot();
  }
}
