package org.cxkit.benchmarks.clv;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cxkit.core.time.TimeScale;
import org.cxkit.metrics.clv.BgNbdFit;
import org.cxkit.metrics.clv.BgNbdModel;
import org.cxkit.metrics.clv.CompressedHistories;
import org.cxkit.metrics.clv.Rfm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * BG/NBD on CDNOW (2357 customers): the log-likelihood over all customers, ours (log space,
 * compressed histories, gamma terms once per distinct x; with and without the compression)
 * against the naive per-customer linear-space formula; and the full maximum-likelihood fit, ours
 * (BFGS with analytic gradient, plus the Hessian for standard errors) against Nelder-Mead on the
 * naive likelihood.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClvBgNbdBenchmark {
  private List<Rfm> cdnow;
  private double[][] columns;
  private BgNbdModel model;
  private CompressedHistories compressed;

  /** Loads CDNOW and the published parameters. */
  @Setup
  public void setUp() {
    cdnow = ClvBaselines.cdnow();
    columns = ClvBaselines.columns(cdnow);
    model = BgNbdModel.of(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK);
    compressed = CompressedHistories.of(cdnow, TimeScale.WEEK);
  }

  /** Ours: the log-likelihood of all CDNOW customers, on histories compressed once (as in a fit). */
  @Benchmark
  public double logLikelihood() {
    return compressed.logLikelihood(model);
  }

  /** Ours, compressing the histories again on every call. */
  @Benchmark
  public double logLikelihoodWithCompression() {
    return model.logLikelihood(cdnow);
  }

  /** Baseline: the same in linear space, customer by customer. */
  @Benchmark
  public double logLikelihoodNaive() {
    return ClvBaselines.naiveLogLikelihood(columns, 0.243, 4.414, 0.793, 2.426);
  }

  /** Ours: the full fit, with standard errors. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public BgNbdFit fit() {
    return BgNbdModel.fit(cdnow, TimeScale.WEEK);
  }

  /** Baseline: Nelder-Mead on the naive log-likelihood, from the same start, no standard errors. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public double[] fitNaiveNelderMead() {
    return ClvBaselines.nelderMead(p -> -ClvBaselines.naiveLogLikelihood(columns, Math.exp(p[0]), Math.exp(p[1]),
        Math.exp(p[2]), Math.exp(p[3])), new double[] {0, Math.log(30), 0, 0}, 5000);
  }
}
