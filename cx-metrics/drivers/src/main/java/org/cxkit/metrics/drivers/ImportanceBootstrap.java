package org.cxkit.metrics.drivers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.metrics.drivers.internal.Percentiles;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;

/**
 * Bootstrap intervals for relative importance and the stability of each driver's rank: the
 * respondents used are resampled with replacement, as many as there are, {@code resamples} times;
 * each resample is summed and its LMG shares (up to {@value DriverAnalysis#LMG_MAX_DRIVERS} drivers)
 * and relative weights computed as in {@link DriverAnalysis}. The percentile interval of a share is
 * the {@code α/2} and {@code 1 − α/2} percentiles of its resampled values (R's {@code quantile} type
 * 7), widened if need be to hold the full-sample value (a share near 0, whose resampled values lean
 * upward, can otherwise miss it); its standard error is their standard deviation. A driver's rank
 * stability is the share of resamples in which it keeps its full-sample rank, and its rank interval
 * the central percentiles of its resampled ranks. These intervals are exploratory, as relaimpo's
 * are (Grömping 2006): importance shares are bounded below by 0 and their bootstrap distributions are
 * skewed near it.
 *
 * <p>Reproducible: the resamples are drawn from a {@link SplittableRandom} seeded with {@code seed},
 * split once per resample, so the same responses in the same order and the same seed give the same
 * result. A resample in which a driver is constant or collinear cannot be analysed; it is counted in
 * {@link #failedResamples()} and left out. Under {@linkplain MissingAnswers#PAIRWISE pairwise}
 * deletion every response used is resampled, and each resample is summed pairwise.
 *
 * <p>Not mergeable: resampling needs the responses themselves. Cost: {@code resamples} times the
 * accumulation of {@code n} responses ({@code O(n p²)}) and one analysis ({@code O(2^p p)} for LMG),
 * sequentially; about 0.3 s for 1,000 resamples of 1,000 respondents and 10 drivers on one core.
 *
 * <p>Empty input: none; the full sample must be analysable ({@link DriverAnalysis#of(DriverSums)}'s
 * requirements), or {@link #of} throws its {@link InvalidValueException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportanceBootstrap {
  /** The fewest resamples accepted. */
  public static final int MIN_RESAMPLES = 10;
  /** The most resamples accepted. */
  public static final int MAX_RESAMPLES = 1_000_000;

  private final DriverAnalysis analysis;
  private final int resamples;
  private final int failed;
  private final long seed;
  private final List<BootstrappedShare> lmg;
  private final List<BootstrappedShare> relativeWeights;

  private ImportanceBootstrap(DriverAnalysis analysis, int resamples, int failed, long seed,
      List<BootstrappedShare> lmg, List<BootstrappedShare> relativeWeights) {
    this.analysis = analysis;
    this.resamples = resamples;
    this.failed = failed;
    this.seed = seed;
    this.lmg = lmg == null ? null : List.copyOf(lmg);
    this.relativeWeights = List.copyOf(relativeWeights);
  }

  /**
   * Bootstraps with listwise deletion and 95 % intervals.
   *
   * @param model the outcome and drivers
   * @param responses the responses; those that cannot be used are left out as in
   *     {@link DriverSums#from(DriverModel, MissingAnswers, Iterable)}
   * @param resamples the number of resamples, from {@value #MIN_RESAMPLES} to {@value #MAX_RESAMPLES}
   *     (1,000 is usual)
   * @param seed the seed of the random resampling
   * @return the bootstrap
   * @throws IllegalArgumentException if the number of resamples is out of range, or the full sample
   *     cannot be analysed
   * @throws IllegalStateException if fewer than two resamples could be analysed
   */
  public static ImportanceBootstrap of(DriverModel model, Iterable<DriverResponse> responses, int resamples, long seed) {
    return of(model, MissingAnswers.LISTWISE, responses, resamples, seed, Confidence.DEFAULT);
  }

  /**
   * Bootstraps.
   *
   * @param model the outcome and drivers
   * @param missingAnswers what to do with incomplete responses
   * @param responses the responses; those that cannot be used are left out as in
   *     {@link DriverSums#from(DriverModel, MissingAnswers, Iterable)}
   * @param resamples the number of resamples, from {@value #MIN_RESAMPLES} to {@value #MAX_RESAMPLES}
   * @param seed the seed of the random resampling
   * @param confidence the level of the intervals and the minimum sample size
   * @return the bootstrap
   * @throws IllegalArgumentException if the number of resamples is out of range, or the full sample
   *     cannot be analysed
   * @throws IllegalStateException if fewer than two resamples could be analysed
   */
  public static ImportanceBootstrap of(DriverModel model, MissingAnswers missingAnswers,
      Iterable<DriverResponse> responses, int resamples, long seed, Confidence confidence) {
    Checks.inRange("resamples", resamples, MIN_RESAMPLES, MAX_RESAMPLES);
    Objects.requireNonNull(confidence, "confidence");
    List<DriverResponse> kept = new ArrayList<>();
    BulkResult<DriverResponse, DriverSums> summed = DriverSums.collect(model, missingAnswers, responses, kept);
    DriverAnalysis full = DriverAnalysis.analyse(summed.value(), confidence, kept);
    int p = model.driverCount();
    boolean withLmg = full.hasLmg();
    int m = kept.size();
    double[][] lmgRaw = new double[resamples][];
    double[][] rwRaw = new double[resamples][];
    double[] r2 = new double[resamples];
    int ok = 0;
    int failed = 0;
    SplittableRandom root = new SplittableRandom(seed);
    for (int b = 0; b < resamples; b++) {
      SplittableRandom random = root.split();
      DriverSumsAccumulator acc = DriverSums.accumulator(model, missingAnswers);
      for (int i = 0; i < m; i++) {
        acc.add(kept.get(random.nextInt(m)));
      }
      try {
        DriverSums sums = acc.snapshot();
        double[][] r = DriverAnalysis.correlationMatrix(sums, p + 1);
        Fit fit = Fit.of(model.drivers(), r, missingAnswers == MissingAnswers.PAIRWISE);
        lmgRaw[ok] = withLmg ? fit.lmg() : null;
        rwRaw[ok] = fit.relativeWeights();
        r2[ok] = fit.rSquared;
        ok++;
      } catch (InvalidValueException e) {
        failed++;
      }
    }
    if (ok < 2) {
      throw new IllegalStateException("Only " + ok + " of " + resamples + " resamples could be analysed: a driver"
          + " was constant or collinear in the others; too few respondents for a bootstrap");
    }
    List<BootstrappedShare> lmg = withLmg
        ? shares(full.lmg(), Arrays.copyOf(lmgRaw, ok), r2, ok, m, confidence) : null;
    List<BootstrappedShare> rw = shares(full.relativeWeights(), Arrays.copyOf(rwRaw, ok), r2, ok, m, confidence);
    return new ImportanceBootstrap(full, resamples, failed, seed, lmg, rw);
  }

  private static List<BootstrappedShare> shares(Importance full, double[][] raw, double[] r2, int ok, long n,
      Confidence confidence) {
    int p = full.shares().size();
    double alpha = 1 - confidence.level();
    int[][] ranks = new int[ok][];
    for (int b = 0; b < ok; b++) {
      ranks[b] = Importance.ranks(raw[b]);
    }
    List<BootstrappedShare> out = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      DriverShare share = full.shares().get(j);
      double[] values = new double[ok];
      double[] percents = new double[ok];
      double[] rankValues = new double[ok];
      int same = 0;
      for (int b = 0; b < ok; b++) {
        values[b] = raw[b][j];
        percents[b] = r2[b] > 0 ? 100 * raw[b][j] / r2[b] : 0;
        rankValues[b] = ranks[b][j];
        if (ranks[b][j] == share.rank()) {
          same++;
        }
      }
      Estimate rawEstimate = percentile(share.raw(), values, n, alpha, confidence);
      Estimate percentEstimate = percentile(share.percent(), percents, n, alpha, confidence);
      Arrays.sort(rankValues);
      int best = (int) rankValues[orderStatistic(ok, alpha / 2)];
      int worst = (int) rankValues[orderStatistic(ok, 1 - alpha / 2)];
      out.add(new BootstrappedShare(share.driver(), rawEstimate, percentEstimate, share.rank(), (double) same / ok,
          best, worst));
    }
    return out;
  }

  /** The index of the q-th percentile by the inverse of the empirical distribution (R's type 1). */
  private static int orderStatistic(int count, double q) {
    return Math.max(0, Math.min(count - 1, (int) Math.ceil(q * count) - 1));
  }

  private static Estimate percentile(double value, double[] values, long n, double alpha, Confidence confidence) {
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double se = Math.sqrt(squares / (values.length - 1));
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double lower = Math.min(value, Percentiles.of(sorted, alpha / 2));
    double upper = Math.max(value, Percentiles.of(sorted, 1 - alpha / 2));
    return Estimate.of(value, n, lower, upper, IntervalMethod.BOOTSTRAP_PERCENTILE, confidence).withStandardError(se);
  }

  /**
   * Returns the analysis of the full sample.
   *
   * @return the analysis
   */
  public DriverAnalysis analysis() {
    return analysis;
  }

  /**
   * Returns how many responses were resampled: the responses used.
   *
   * @return the count
   */
  public long usedCount() {
    return analysis.usedCount();
  }

  /**
   * Returns the number of resamples drawn.
   *
   * @return the number asked for
   */
  public int resamples() {
    return resamples;
  }

  /**
   * Returns how many resamples could not be analysed (a driver constant or collinear in them) and
   * were left out.
   *
   * @return the count, less than {@link #resamples()} − 1
   */
  public int failedResamples() {
    return failed;
  }

  /**
   * Returns the seed.
   *
   * @return the seed of the resampling
   */
  public long seed() {
    return seed;
  }

  /**
   * Tells whether LMG was bootstrapped (at most {@value DriverAnalysis#LMG_MAX_DRIVERS} drivers).
   *
   * @return true if {@link #lmg()} returns
   */
  public boolean hasLmg() {
    return lmg != null;
  }

  /**
   * Returns the LMG shares with their intervals and rank stability, in the model's order.
   *
   * @return the shares
   * @throws IllegalStateException if the model has more than {@value DriverAnalysis#LMG_MAX_DRIVERS}
   *     drivers
   */
  public List<BootstrappedShare> lmg() {
    if (lmg == null) {
      throw new IllegalStateException("LMG is limited to " + DriverAnalysis.LMG_MAX_DRIVERS + " drivers");
    }
    return lmg;
  }

  /**
   * Returns Johnson's relative weights with their intervals and rank stability, in the model's order.
   *
   * @return the weights
   */
  public List<BootstrappedShare> relativeWeights() {
    return relativeWeights;
  }

  /**
   * Returns the shares of a method.
   *
   * @param method the method
   * @return the shares, in the model's order
   * @throws IllegalStateException for LMG with more than {@value DriverAnalysis#LMG_MAX_DRIVERS} drivers
   */
  public List<BootstrappedShare> shares(ImportanceMethod method) {
    return Objects.requireNonNull(method, "method") == ImportanceMethod.LMG ? lmg() : relativeWeights;
  }

  /**
   * Returns one driver's share by a method.
   *
   * @param method the method
   * @param driver the driver's name
   * @return the share
   * @throws IllegalArgumentException if no driver has that name
   * @throws IllegalStateException for LMG with more than {@value DriverAnalysis#LMG_MAX_DRIVERS} drivers
   */
  public BootstrappedShare share(ImportanceMethod method, String driver) {
    List<BootstrappedShare> shares = shares(method);
    return shares.get(analysis.model().driverIndex(driver));
  }

  /** Returns a short summary. */
  @Override
  public String toString() {
    return "ImportanceBootstrap{" + analysis.model() + ", resamples=" + resamples + ", failed=" + failed + ", seed="
        + seed + "}";
  }
}
