package org.cxkit.benchmarks.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.metrics.gap.ServqualAccumulator;
import org.cxkit.metrics.gap.ServqualInstrument;
import org.cxkit.metrics.gap.ServqualResponse;
import org.cxkit.metrics.gap.ServqualSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Aggregating SERVQUAL 1988 responses (22 items, reverse scoring, 5 dimensions): the library's
 * accumulator against a hand-written loop over the same answers in the same run.
 *
 * <p>The hand loop computes per-item gap sums and per-dimension and overall gap means with their sums
 * of squares in doubles (enough for the point figures and their variances, not the cross-dimension
 * covariances nor the SERVPERF and expectation figures the accumulator also keeps).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GapServqualBenchmark {
  private static final ServqualInstrument SQ = ServqualInstrument.SERVQUAL_1988;

  @Param({"1000000"})
  int respondents;

  int[][] expectations;
  int[][] perceptions;
  List<ServqualResponse> responses;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(42);
    expectations = new int[respondents][22];
    perceptions = new int[respondents][22];
    responses = new ArrayList<>(respondents);
    for (int r = 0; r < respondents; r++) {
      for (int i = 0; i < 22; i++) {
        expectations[r][i] = 1 + rnd.nextInt(7);
        perceptions[r][i] = 1 + rnd.nextInt(7);
      }
      responses.add(ServqualResponse.of(SQ, expectations[r], perceptions[r]));
    }
  }

  /** The library: accumulate checked responses, then snapshot and read the overall gap with its interval. */
  @Benchmark
  public double accumulator() {
    ServqualAccumulator acc = ServqualAccumulator.of(SQ);
    for (ServqualResponse r : responses) {
      acc.add(r);
    }
    ServqualSummary s = acc.snapshot();
    return s.overallGap().upper();
  }

  /** The library from raw arrays: checking every answer and copying it into a response, then accumulating. */
  @Benchmark
  public double accumulatorFromArrays() {
    ServqualAccumulator acc = ServqualAccumulator.of(SQ);
    for (int r = 0; r < expectations.length; r++) {
      acc.add(ServqualResponse.of(SQ, expectations[r], perceptions[r]));
    }
    return acc.snapshot().overallGap().upper();
  }

  /** The library through its collector on a parallel stream (2 cores here). */
  @Benchmark
  public double parallelCollector() {
    return responses.parallelStream().collect(ServqualAccumulator.collector(SQ)).overallGap().upper();
  }

  /** The baseline: a hand loop over the raw answers. */
  @Benchmark
  public double handLoop() {
    final int[] dimOf = {0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4};
    final int[] k = {4, 5, 4, 4, 5};
    long[] itemSums = new long[22];
    double[] dimSum = new double[5];
    double[] dimSq = new double[5];
    double overallSum = 0;
    double overallSq = 0;
    double[] dims = new double[5];
    for (int r = 0; r < expectations.length; r++) {
      int[] e = expectations[r];
      int[] p = perceptions[r];
      java.util.Arrays.fill(dims, 0);
      for (int i = 0; i < 22; i++) {
        int ei = e[i];
        int pi = p[i];
        if ((i >= 9 && i <= 12) || i >= 17) {
          ei = 8 - ei;
          pi = 8 - pi;
        }
        int g = pi - ei;
        itemSums[i] += g;
        dims[dimOf[i]] += g;
      }
      double overall = 0;
      for (int d = 0; d < 5; d++) {
        double m = dims[d] / k[d];
        dimSum[d] += m;
        dimSq[d] += m * m;
        overall += m;
      }
      overall /= 5;
      overallSum += overall;
      overallSq += overall * overall;
    }
    long n = expectations.length;
    double mean = overallSum / n;
    double sd = Math.sqrt((overallSq - overallSum * mean) / (n - 1));
    return mean + 1.96 * sd / Math.sqrt(n) + itemSums[3] + dimSum[2] + dimSq[4];
  }
}
