package org.cxkit.benchmarks.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.metrics.gap.servqual.ServqualAccumulator;
import org.cxkit.metrics.gap.servqual.ServqualInstrument;
import org.cxkit.metrics.gap.servqual.ServqualResponse;
import org.cxkit.metrics.gap.servqual.ServqualSummary;
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
 * <p>{@link #handLoop} computes per-item gap sums and per-dimension and overall gap means with their
 * sums of squares in doubles: the least a user would write for the point figures and the overall
 * interval, without the cross-dimension covariances (intervals for any weighting) nor the SERVPERF
 * and expectation figures the accumulator also keeps. {@link #handLoopSameFigures} does by hand
 * exactly the sums the accumulator does, so the difference to it is the library's own overhead.
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
    ServqualAccumulator acc = ServqualSummary.accumulator(SQ);
    for (ServqualResponse r : responses) {
      acc.add(r);
    }
    ServqualSummary s = acc.snapshot();
    return s.overallGap().upper();
  }

  /** The library from raw arrays: checking every answer and copying it into a response, then accumulating. */
  @Benchmark
  public double accumulatorFromArrays() {
    ServqualAccumulator acc = ServqualSummary.accumulator(SQ);
    for (int r = 0; r < expectations.length; r++) {
      acc.add(ServqualResponse.of(SQ, expectations[r], perceptions[r]));
    }
    return acc.snapshot().overallGap().upper();
  }

  /** The library through its collector on a parallel stream (2 cores here). */
  @Benchmark
  public double parallelCollector() {
    return responses.parallelStream().collect(ServqualSummary.toServqualSummary(SQ)).overallGap().upper();
  }

  /**
   * A second baseline doing the same work as the accumulator by hand: per item the sums and squares
   * of gap, perception and expectation, per respondent the dimension sums and their cross-products,
   * over the raw arrays (no objects, no checks).
   */
  @Benchmark
  public long handLoopSameFigures() {
    final int[] dimOf = {0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4};
    long[] item = new long[6 * 22];
    long[] vector = new long[10];
    long[] cross = new long[100];
    long[] dimE = new long[10];
    int[] v = new int[15];
    for (int r = 0; r < expectations.length; r++) {
      int[] e = expectations[r];
      int[] p = perceptions[r];
      java.util.Arrays.fill(v, 0);
      for (int i = 0; i < 22; i++) {
        int ei = e[i];
        int pi = p[i];
        if ((i >= 9 && i <= 12) || i >= 17) {
          ei = 8 - ei;
          pi = 8 - pi;
        }
        int g = pi - ei;
        int k = 6 * i;
        item[k] += g;
        item[k + 1] += g * g;
        item[k + 2] += pi;
        item[k + 3] += pi * pi;
        item[k + 4] += ei;
        item[k + 5] += ei * ei;
        int d = dimOf[i];
        v[d] += g;
        v[5 + d] += pi;
        v[10 + d] += ei;
      }
      for (int a = 0; a < 10; a++) {
        long va = v[a];
        vector[a] += va;
        for (int b = a; b < 10; b++) {
          cross[a * 10 + b] += va * v[b];
        }
      }
      for (int d = 0; d < 5; d++) {
        long ed = v[10 + d];
        dimE[d] += ed;
        dimE[5 + d] += ed * ed;
      }
    }
    return item[7] + vector[3] + cross[55] + dimE[9];
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
