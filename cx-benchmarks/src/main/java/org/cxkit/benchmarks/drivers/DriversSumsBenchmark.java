package org.cxkit.benchmarks.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.cxkit.core.scale.Scale;
import org.cxkit.metrics.drivers.DriverModel;
import org.cxkit.metrics.drivers.DriverResponse;
import org.cxkit.metrics.drivers.DriverSums;
import org.cxkit.metrics.drivers.DriverSumsAccumulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
 * Accumulating the sums of a driver survey: 10 attribute ratings (1 to 5) and an outcome (0 to 10)
 * for 1 million respondents, read back as the correlation of the first driver with the outcome. The
 * library's accumulator against hand-written loops in the same run.
 *
 * <p>{@link #handLoopWelford} does by hand what the accumulator does on its fast path (Welford's
 * update of the means and the 66 co-moments, over raw arrays, no checks); {@link #handLoopRawSums} is
 * the least a user would write, the textbook sums {@code Σx} and {@code Σxy} (cheaper, and unstable
 * when ratings sit far from zero relative to their spread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class DriversSumsBenchmark {
  private static final int DRIVERS = 10;
  private static final List<String> NAMES = IntStream.rangeClosed(1, DRIVERS).mapToObj(j -> "d" + j).toList();
  private static final DriverModel ON_SCALES = DriverModel.onScales("recommend", Scale.ZERO_TO_TEN, NAMES,
      Scale.ONE_TO_FIVE);
  private static final DriverModel ANY_NUMBERS = DriverModel.of("recommend", NAMES);

  @Param({"1000000"})
  int respondents;

  double[] outcomes;
  double[][] ratings;
  List<DriverResponse> responses;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(16);
    outcomes = new double[respondents];
    ratings = new double[respondents][DRIVERS];
    responses = new ArrayList<>(respondents);
    for (int i = 0; i < respondents; i++) {
      double halo = random.nextGaussian();
      double y = 0;
      for (int j = 0; j < DRIVERS; j++) {
        double r = Math.max(1, Math.min(5, Math.rint(3 + 0.6 * halo + random.nextGaussian())));
        ratings[i][j] = r;
        y += (j + 1) * 0.05 * (r - 3);
      }
      outcomes[i] = Math.max(0, Math.min(10, Math.rint(7 + y + random.nextGaussian())));
      responses.add(DriverResponse.of(outcomes[i], ratings[i]));
    }
  }

  /** The library: checked responses into the accumulator of a model on scales (with the answer-pair counts for Spearman). */
  @Benchmark
  public double accumulatorOnScales() {
    DriverSumsAccumulator acc = DriverSums.accumulator(ON_SCALES);
    for (DriverResponse r : responses) {
      acc.add(r);
    }
    return acc.snapshot().correlation("recommend", "d1");
  }

  /** The library's fast path from arrays, a model without scales: the same work as {@link #handLoopWelford} plus checks. */
  @Benchmark
  public double accumulatorFromArrays() {
    DriverSumsAccumulator acc = DriverSums.accumulator(ANY_NUMBERS);
    for (int i = 0; i < outcomes.length; i++) {
      acc.add(outcomes[i], ratings[i]);
    }
    return acc.snapshot().correlation("recommend", "d1");
  }

  /** The library's collector on a parallel stream (2 cores here). */
  @Benchmark
  public double parallelCollector() {
    return responses.parallelStream().collect(DriverSums.toDriverSums(ON_SCALES)).correlation("recommend", "d1");
  }

  /** Baseline: Welford's update of means and co-moments by hand, over the raw arrays. */
  @Benchmark
  public double handLoopWelford() {
    int k = DRIVERS + 1;
    double[] mean = new double[k];
    double[] co = new double[k * (k + 1) / 2];
    double[] d = new double[k];
    double[] x = new double[k];
    long n = 0;
    for (int i = 0; i < outcomes.length; i++) {
      x[0] = outcomes[i];
      System.arraycopy(ratings[i], 0, x, 1, DRIVERS);
      long n1 = n + 1;
      double inverse = 1.0 / n1;
      double f = n * inverse;
      for (int a = 0; a < k; a++) {
        double da = x[a] - mean[a];
        d[a] = da;
        mean[a] += da * inverse;
      }
      int c = 0;
      for (int a = 0; a < k; a++) {
        double fa = d[a] * f;
        for (int b = a; b < k; b++) {
          co[c++] += fa * d[b];
        }
      }
      n = n1;
    }
    return co[1] / Math.sqrt(co[0] * co[k]);
  }

  /** Baseline: the textbook sums Σx and Σxy (66 products per respondent, no divisions). */
  @Benchmark
  public double handLoopRawSums() {
    int k = DRIVERS + 1;
    double[] sum = new double[k];
    double[] cross = new double[k * (k + 1) / 2];
    double[] x = new double[k];
    for (int i = 0; i < outcomes.length; i++) {
      x[0] = outcomes[i];
      System.arraycopy(ratings[i], 0, x, 1, DRIVERS);
      int c = 0;
      for (int a = 0; a < k; a++) {
        double xa = x[a];
        sum[a] += xa;
        for (int b = a; b < k; b++) {
          cross[c++] += xa * x[b];
        }
      }
    }
    double n = outcomes.length;
    double sxy = cross[1] - sum[0] * sum[1] / n;
    double sxx = cross[0] - sum[0] * sum[0] / n;
    double syy = cross[k] - sum[1] * sum[1] / n;
    return sxy / Math.sqrt(sxx * syy);
  }
}
