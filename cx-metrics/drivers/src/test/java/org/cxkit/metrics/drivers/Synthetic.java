package org.cxkit.metrics.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Random survey-like data for property tests: {@code p} drivers sharing a common factor (so they are
 * correlated, as attribute ratings are), an outcome that is a weighted sum of them plus noise, each
 * variable on its own offset and scale. Seeded, so that a failing example can be replayed.
 */
final class Synthetic {
  private Synthetic() {}

  static List<String> names(int p) {
    return IntStream.rangeClosed(1, p).mapToObj(j -> "d" + j).toList();
  }

  static DriverModel model(int p) {
    return DriverModel.of("y", names(p));
  }

  /** Rows of outcome then drivers. */
  static double[][] rows(long seed, int p, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] loading = new double[p];
    double[] weight = new double[p];
    double[] offset = new double[p + 1];
    double[] scale = new double[p + 1];
    for (int j = 0; j < p; j++) {
      loading[j] = random.nextDouble(-0.9, 0.9);
      weight[j] = random.nextDouble(-1, 1);
    }
    for (int v = 0; v <= p; v++) {
      offset[v] = random.nextDouble(-50, 50);
      scale[v] = random.nextDouble(0.1, 10);
    }
    double[][] rows = new double[n][p + 1];
    for (int i = 0; i < n; i++) {
      double common = random.nextGaussian();
      double y = 0;
      for (int j = 0; j < p; j++) {
        double x = loading[j] * common + Math.sqrt(1 - loading[j] * loading[j]) * random.nextGaussian();
        rows[i][j + 1] = offset[j + 1] + scale[j + 1] * x;
        y += weight[j] * x;
      }
      rows[i][0] = offset[0] + scale[0] * (y + random.nextGaussian());
    }
    return rows;
  }

  static List<DriverResponse> responses(double[][] rows) {
    List<DriverResponse> out = new ArrayList<>(rows.length);
    for (double[] r : rows) {
      out.add(DriverResponse.of(r[0], java.util.Arrays.copyOfRange(r, 1, r.length)));
    }
    return out;
  }

  static DriverAnalysis analyse(double[][] rows) {
    int p = rows[0].length - 1;
    DriverSumsAccumulator acc = DriverSums.accumulator(model(p));
    for (double[] r : rows) {
      acc.add(r[0], java.util.Arrays.copyOfRange(r, 1, r.length));
    }
    return DriverAnalysis.of(acc.snapshot());
  }
}
