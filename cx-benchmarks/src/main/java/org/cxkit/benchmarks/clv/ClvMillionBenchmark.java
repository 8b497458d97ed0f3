package org.cxkit.benchmarks.clv;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;
import org.cxkit.metrics.clv.BgNbdFit;
import org.cxkit.metrics.clv.BgNbdModel;
import org.cxkit.metrics.clv.Rfm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One million customers simulated from the BG/NBD with the CDNOW parameters: a full fit, and the
 * conditional expected purchases in the next 39 weeks for every customer, ours (positive series,
 * scaled) against the paper's eq. 10 with a plain 2F1 series.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClvMillionBenchmark {
  private static final TimeSpan WEEKS_39 = TimeSpan.of(39, TimeScale.WEEK);
  private List<Rfm> customers;
  private double[][] columns;
  private BgNbdModel model;

  /** Simulates the customers once. */
  @Setup
  public void setUp() {
    customers = ClvBaselines.simulate(1_000_000, 42);
    columns = ClvBaselines.columns(customers);
    model = BgNbdModel.of(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK);
  }

  /** Ours: the fit on a million customers. */
  @Benchmark
  public BgNbdFit fit() {
    return BgNbdModel.fit(customers, TimeScale.WEEK);
  }

  /** Ours: E[Y(39 weeks) | history] for a million customers. */
  @Benchmark
  public double predict() {
    double sum = 0;
    for (Rfm c : customers) {
      sum += model.expectedPurchases(c, WEEKS_39);
    }
    return sum;
  }

  /** Baseline: eq. 10 with the plain 2F1 series, for the same customers. */
  @Benchmark
  public double predictNaive() {
    double sum = 0;
    for (int i = 0; i < columns[0].length; i++) {
      sum += ClvBaselines.naiveConditionalExpectation(0.243, 4.414, 0.793, 2.426, columns[0][i], columns[1][i],
          columns[2][i], 39);
    }
    return sum;
  }
}
