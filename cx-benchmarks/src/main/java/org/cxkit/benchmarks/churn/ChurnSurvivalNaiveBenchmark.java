package org.cxkit.benchmarks.churn;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.metrics.churn.survival.SurvivalAccumulator;
import org.cxkit.metrics.churn.survival.SurvivalCurve;
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
 * Kaplan–Meier over 100,000 tenures in whole days: the library's accumulator against the naive
 * version that rescans every tenure at each distinct churn time to count those at risk (O(n k), k
 * the number of distinct times; O(n^2) when all times differ), in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ChurnSurvivalNaiveBenchmark {

  @Param({"100000"})
  int size;

  double[] lengths;
  boolean[] churned;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    lengths = new double[size];
    churned = new boolean[size];
    for (int i = 0; i < size; i++) {
      lengths[i] = random.nextInt(1096);
      churned[i] = random.nextInt(10) < 6;
    }
  }

  /** The naive version: for each distinct churn time, scan every tenure. */
  @Benchmark
  public double naiveRescanBaseline() {
    boolean[] seen = new boolean[1096];
    double[] times = new double[1096];
    int k = 0;
    for (int i = 0; i < size; i++) {
      if (churned[i] && !seen[(int) lengths[i]]) {
        seen[(int) lengths[i]] = true;
        times[k++] = lengths[i];
      }
    }
    java.util.Arrays.sort(times, 0, k);
    double s = 1;
    double greenwood = 0;
    for (int j = 0; j < k; j++) {
      long atRisk = 0;
      long d = 0;
      for (int i = 0; i < size; i++) {
        if (lengths[i] >= times[j]) {
          atRisk++;
          if (churned[i] && lengths[i] == times[j]) {
            d++;
          }
        }
      }
      s *= 1 - (double) d / atRisk;
      greenwood += d == atRisk ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
    }
    return s + greenwood;
  }

  /** The library: add every tenure, then compute the curve. */
  @Benchmark
  public SurvivalCurve accumulator() {
    SurvivalAccumulator acc = SurvivalCurve.accumulator();
    for (int i = 0; i < size; i++) {
      acc.add(lengths[i], churned[i]);
    }
    return acc.snapshot();
  }
}
