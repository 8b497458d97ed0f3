package org.cxkit.benchmarks.drivers;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.cxkit.metrics.drivers.DriverModel;
import org.cxkit.metrics.drivers.DriverSums;
import org.cxkit.metrics.drivers.DriverSumsAccumulator;
import org.cxkit.metrics.drivers.Importance;
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
 * The relative-importance step for 15 correlated drivers, from their correlation matrix: the
 * library's LMG (R² of all 32,768 subsets by a depth-first walk that sweeps one driver into its
 * parent subset's Schur complement, then the Shapley sums) and Johnson's relative weights (one
 * Jacobi eigen-decomposition), against a naive LMG in the same run that computes each subset's R²
 * by a fresh regression (a Cholesky solve of that subset's correlations), as a brute force in R with
 * {@code lm} per subset does. Averaging over the 15! orders directly is out of reach (1.3e12 orders).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class DriversLmgBenchmark {
  @Param({"15"})
  int drivers;

  List<String> names;
  double[][] correlations;

  @Setup(Level.Trial)
  public void setUp() {
    names = IntStream.rangeClosed(1, drivers).mapToObj(j -> "d" + j).toList();
    DriverSumsAccumulator acc = DriverSums.accumulator(DriverModel.of("y", names));
    SplittableRandom random = new SplittableRandom(15);
    double[] x = new double[drivers];
    for (int i = 0; i < 5000; i++) {
      double halo = random.nextGaussian();
      double y = 0;
      for (int j = 0; j < drivers; j++) {
        x[j] = 0.7 * halo + random.nextGaussian();
        y += 0.1 * (j + 1) * x[j];
      }
      acc.add(y + 3 * random.nextGaussian(), x);
    }
    DriverSums sums = acc.snapshot();
    List<String> variables = sums.model().variables();
    correlations = new double[drivers + 1][drivers + 1];
    for (int a = 0; a <= drivers; a++) {
      for (int b = 0; b <= drivers; b++) {
        correlations[a][b] = a == b ? 1 : sums.correlation(variables.get(a), variables.get(b));
      }
    }
  }

  /** The library: exact LMG over all subsets (with the matrix checks and the fit). */
  @Benchmark
  public double lmg() {
    return Importance.lmg(names, correlations).raw()[drivers - 1];
  }

  /** The library: Johnson's relative weights. */
  @Benchmark
  public double relativeWeights() {
    return Importance.relativeWeights(names, correlations).raw()[drivers - 1];
  }

  /** Baseline: LMG with every subset's R² from a fresh Cholesky solve, then the same Shapley sums. */
  @Benchmark
  public double naiveLmgFreshRegressions() {
    int p = drivers;
    double[] r2 = new double[1 << p];
    int[] members = new int[p];
    for (int mask = 1; mask < 1 << p; mask++) {
      int m = 0;
      for (int j = 0; j < p; j++) {
        if ((mask & (1 << j)) != 0) {
          members[m++] = j;
        }
      }
      r2[mask] = rSquared(members, m);
    }
    double[] lmg = new double[p];
    for (int mask = 0; mask < (1 << p) - 1; mask++) {
      int k = Integer.bitCount(mask);
      double weight = 1 / (p * binomial(p - 1, k));
      for (int j = 0; j < p; j++) {
        if ((mask & (1 << j)) == 0) {
          lmg[j] += weight * (r2[mask | (1 << j)] - r2[mask]);
        }
      }
    }
    return lmg[p - 1];
  }

  private double rSquared(int[] members, int m) {
    double[][] l = new double[m][m];
    double[] z = new double[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j <= i; j++) {
        double s = correlations[members[i] + 1][members[j] + 1];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
      }
      double s = correlations[0][members[i] + 1];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * z[k];
      }
      z[i] = s / l[i][i];
    }
    double r2 = 0;
    for (int i = 0; i < m; i++) {
      r2 += z[i] * z[i];
    }
    return r2;
  }

  private static double binomial(int n, int k) {
    double b = 1;
    for (int i = 0; i < k; i++) {
      b = b * (n - i) / (i + 1);
    }
    return b;
  }
}
