package org.cxkit.benchmarks.churn;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
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
 * Kaplan–Meier with Greenwood variance over a million tenures, 60 % churned, up to three years: in
 * whole days (1,096 distinct values, so many ties) and in seconds (nearly all distinct). The
 * library's accumulator (counts per distinct length in a primitive hash table, then a sort of the
 * distinct lengths and one pass) against the usual hand-written version (a {@code TreeMap} from
 * length to counts, then one pass), in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ChurnSurvivalBenchmark {

  @Param({"1000000"})
  int size;

  @Param({"days", "seconds"})
  String unit;

  double[] lengths;
  boolean[] churned;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    lengths = new double[size];
    churned = new boolean[size];
    for (int i = 0; i < size; i++) {
      lengths[i] = "days".equals(unit) ? random.nextInt(1096) : random.nextInt(1096 * 86_400) / 86_400.0;
      churned[i] = random.nextInt(10) < 6;
    }
  }

  /** The usual hand-written version: counts per time in a sorted map, then the product and Greenwood sum. */
  @Benchmark
  public double treeMapBaseline() {
    TreeMap<Double, long[]> counts = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      counts.computeIfAbsent(lengths[i], t -> new long[2])[churned[i] ? 0 : 1]++;
    }
    long atRisk = size;
    double s = 1;
    double greenwood = 0;
    for (Map.Entry<Double, long[]> e : counts.entrySet()) {
      long d = e.getValue()[0];
      if (d > 0) {
        s *= 1 - (double) d / atRisk;
        greenwood += d == atRisk ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
      }
      atRisk -= d + e.getValue()[1];
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
