package org.cxkit.benchmarks.satisfaction;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.scale.Scale;
import org.cxkit.metrics.satisfaction.Csat;
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
 * CSAT from an {@code int[]} of 1 to 5 answers: the library's tally (validated, all-or-nothing) and
 * its top-2 share with the Wilson interval, against a hand-written counting loop with the same bounds
 * check and the Wilson formula with a hard-coded z.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SatisfactionCsatBenchmark {
  private static final double Z95 = 1.959963984540054;

  @Param({"10000"})
  int n;

  int[] scores;
  Csat tally;
  int[] smallSample;
  Csat smallTally;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1);
    scores = new int[n];
    for (int i = 0; i < n; i++) {
      scores[i] = 1 + random.nextInt(5);
    }
    tally = Csat.ofScores(Scale.ONE_TO_FIVE, scores);
    smallSample = Arrays.copyOf(scores, 100);
    smallTally = Csat.ofScores(Scale.ONE_TO_FIVE, smallSample);
  }

  /** Baseline: count into an array, checking the range, as one would by hand. */
  @Benchmark
  public long[] handTally() {
    long[] counts = new long[5];
    for (int s : scores) {
      if (s < 1 || s > 5) {
        throw new IllegalArgumentException("score " + s);
      }
      counts[s - 1]++;
    }
    return counts;
  }

  @Benchmark
  public Csat libraryTally() {
    return Csat.accumulator(Scale.ONE_TO_FIVE).addAll(scores).snapshot();
  }

  /** Baseline: tally and top-2 share with the Wilson interval, z hard-coded. */
  @Benchmark
  public double[] handShare() {
    long[] counts = handTally();
    double p = (counts[3] + counts[4]) / (double) n;
    double z2n = Z95 * Z95 / n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double half = Z95 / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
    return new double[] {p, centre - half, centre + half};
  }

  @Benchmark
  public Estimate libraryShare() {
    return Csat.accumulator(Scale.ONE_TO_FIVE).addAll(scores).snapshot().satisfiedShare();
  }

  /** Reading the share and mean from an existing tally: the cost of the intervals alone. */
  @Benchmark
  public Estimate libraryShareFromTally() {
    return tally.satisfiedShare();
  }

  @Benchmark
  public Estimate libraryMeanFromTally() {
    return tally.mean();
  }

  /**
   * Baseline: mean and 95 % t interval of 100 answers with t(0.975, 99) hard-coded, two passes over
   * the answers as one would write it.
   */
  @Benchmark
  public double[] handMeanSmallSample() {
    double sum = 0;
    for (int s : smallSample) {
      sum += s;
    }
    double mean = sum / smallSample.length;
    double squares = 0;
    for (int s : smallSample) {
      squares += (s - mean) * (s - mean);
    }
    double half = 1.9842169515086827 * Math.sqrt(squares / (smallSample.length - 1) / smallSample.length);
    return new double[] {mean, mean - half, mean + half};
  }

  /** The t quantile for 99 degrees of freedom is solved numerically on every call. */
  @Benchmark
  public Estimate libraryMeanSmallSampleFromTally() {
    return smallTally.mean();
  }
}
