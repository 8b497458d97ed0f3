package org.cxkit.benchmarks.clv;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cxkit.core.result.BulkResult;
import org.cxkit.metrics.clv.GammaGammaFit;
import org.cxkit.metrics.clv.GammaGammaModel;
import org.cxkit.metrics.clv.Rfm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Gamma-Gamma fit on CDNOW's 946 repeat buyers: ours (BFGS with analytic gradient, standard errors,
 * correlation check) against Nelder-Mead on the per-customer likelihood.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClvGammaGammaBenchmark {
  private List<Rfm> cdnow;
  private double[] x;
  private double[] m;

  /** Loads CDNOW. */
  @Setup
  public void setUp() {
    cdnow = ClvBaselines.cdnow();
    List<Rfm> repeat = cdnow.stream().filter(r -> r.frequency() > 0).toList();
    x = repeat.stream().mapToDouble(Rfm::frequency).toArray();
    m = repeat.stream().mapToDouble(r -> r.meanRepeatValue().orElseThrow()).toArray();
  }

  /** Ours. */
  @Benchmark
  public BulkResult<Rfm, GammaGammaFit> fit() {
    return GammaGammaModel.fit(cdnow);
  }

  /** Baseline. */
  @Benchmark
  public double[] fitNaiveNelderMead() {
    return ClvBaselines.nelderMead(p -> -ClvBaselines.naiveGammaGamma(x, m, Math.exp(p[0]), Math.exp(p[1]),
        Math.exp(p[2])), new double[] {0, Math.log(2), Math.log(35)}, 5000);
  }
}
