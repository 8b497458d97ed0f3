package org.cxkit.metrics.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.stat.StudentT;
import org.cxkit.metrics.drivers.internal.Ranks;

/**
 * Key driver analysis: which attribute ratings go with a higher outcome among the same respondents,
 * and by how much, computed from {@link DriverSums}.
 *
 * <ul>
 *   <li>{@link #correlations()}: each driver with the outcome, alone: Pearson with a Fisher z
 *       interval, and Spearman where ranks are available ({@link DriverCorrelation}).
 *   <li>{@link #regression()}: all drivers together, on standardised variables: beta weights,
 *       slopes, R², adjusted R², standard errors and the condition number ({@link DriverRegression}).
 *   <li>{@link #lmg()} and {@link #relativeWeights()}: R² shared among correlated drivers
 *       ({@link Importance}), with bootstrap intervals and rank stability from
 *       {@link ImportanceBootstrap}.
 *   <li>{@link #matrix()}: importance against performance, by quadrant, with the expected change in
 *       the outcome per point of each driver ({@link DriverMatrix}).
 * </ul>
 *
 * <p>Every figure is an association among the respondents, not a causal effect: rating an attribute
 * higher goes with a higher outcome, which may come from the attribute, from the outcome colouring
 * the ratings (halo), or from something not measured.
 *
 * <p>Requirements, each rejected with an {@link InvalidValueException} naming the field and the
 * value: at least {@code p + 2} respondents, and at least 4 (code {@link #TOO_FEW}, field
 * {@code respondents}); every driver and the outcome must vary (code {@link #CONSTANT}, field the
 * variable); no driver may be a linear combination of the others, to a tolerance of 1e-10 on its
 * {@code 1 − R²} on the drivers before it (code {@link #COLLINEAR}, field the later driver, the others
 * named in the message). LMG is exact over all {@code 2^p} subsets of drivers and limited to
 * {@value #LMG_MAX_DRIVERS} drivers (32,768 subsets, under a millisecond); beyond that
 * {@link #lmg()} throws and the relative weights, which need one eigen-decomposition, stand in.
 *
 * <p>Empty input: none; {@link #of(DriverSums)} on the sums of fewer than {@code p + 2} respondents
 * (no respondents included) throws {@link InvalidValueException} with code {@link #TOO_FEW}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DriverAnalysis {
  /** The most drivers for which LMG is computed, exactly over all {@code 2^p} subsets. */
  public static final int LMG_MAX_DRIVERS = 15;
  /** Too few respondents for the analysis. */
  public static final ReasonCode TOO_FEW = ReasonCode.of("too-few");
  /** A driver, or the outcome, that does not vary among the respondents used. */
  public static final ReasonCode CONSTANT = ReasonCode.of("constant");
  /** A driver that is a linear combination of other drivers. */
  public static final ReasonCode COLLINEAR = ReasonCode.of("collinear");

  private final DriverSums sums;
  private final Confidence confidence;
  private final long n;
  private final List<DriverCorrelation> correlations;
  private final DriverRegression regression;
  private final Importance lmg;
  private final Importance relativeWeights;

  private DriverAnalysis(DriverSums sums, Confidence confidence, long n, List<DriverCorrelation> correlations,
      DriverRegression regression, Importance lmg, Importance relativeWeights) {
    this.sums = sums;
    this.confidence = confidence;
    this.n = n;
    this.correlations = List.copyOf(correlations);
    this.regression = regression;
    this.lmg = lmg;
    this.relativeWeights = relativeWeights;
  }

  /**
   * Analyses sums with 95 % intervals.
   *
   * @param sums the sums of the responses
   * @return the analysis
   * @throws InvalidValueException if there are too few respondents, a variable is constant or a driver
   *     is collinear with others (see the class comment)
   */
  public static DriverAnalysis of(DriverSums sums) {
    return of(sums, Confidence.DEFAULT);
  }

  /**
   * Analyses sums.
   *
   * @param sums the sums of the responses
   * @param confidence the level of every interval and the minimum sample size
   * @return the analysis
   * @throws InvalidValueException if there are too few respondents, a variable is constant or a driver
   *     is collinear with others (see the class comment)
   */
  public static DriverAnalysis of(DriverSums sums, Confidence confidence) {
    return analyse(sums, confidence, null);
  }

  /**
   * Analyses responses with listwise deletion and 95 % intervals, setting aside those that cannot
   * be used (see {@link DriverSums#from(DriverModel, MissingAnswers, Iterable)}). Unlike the sums
   * alone, the responses give Spearman's coefficient for a model without scales.
   *
   * @param model the outcome and drivers
   * @param responses the responses
   * @return the analysis of the responses used, and those set aside
   * @throws InvalidValueException if the responses used are too few, a variable is constant or a
   *     driver is collinear with others
   */
  public static BulkResult<DriverResponse, DriverAnalysis> from(DriverModel model, Iterable<DriverResponse> responses) {
    return from(model, MissingAnswers.LISTWISE, responses, Confidence.DEFAULT);
  }

  /**
   * Analyses responses, setting aside those that cannot be used (see
   * {@link DriverSums#from(DriverModel, MissingAnswers, Iterable)}). Unlike the sums alone, the
   * responses give Spearman's coefficient for a model without scales, from the responses used (under
   * pairwise deletion, those that answered both the outcome and the driver).
   *
   * @param model the outcome and drivers
   * @param missingAnswers what to do with incomplete responses
   * @param responses the responses
   * @param confidence the level of every interval and the minimum sample size
   * @return the analysis of the responses used, and those set aside
   * @throws InvalidValueException if the responses used are too few, a variable is constant or a
   *     driver is collinear with others
   */
  public static BulkResult<DriverResponse, DriverAnalysis> from(DriverModel model, MissingAnswers missingAnswers,
      Iterable<DriverResponse> responses, Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    List<DriverResponse> kept = new ArrayList<>();
    BulkResult<DriverResponse, DriverSums> summed = DriverSums.collect(model, missingAnswers, responses, kept);
    DriverAnalysis analysis = analyse(summed.value(), confidence, kept);
    return BulkResult.of(analysis, summed.usedCount(), summed.setAside());
  }

  /** Analyses sums; with the rows used, if not null, for Spearman's coefficient without scales. */
  static DriverAnalysis analyse(DriverSums sums, Confidence confidence, List<DriverResponse> rows) {
    Objects.requireNonNull(sums, "sums");
    Objects.requireNonNull(confidence, "confidence");
    DriverModel model = sums.model();
    int p = model.driverCount();
    int k = p + 1;
    boolean pairwise = sums.missingAnswers() == MissingAnswers.PAIRWISE;
    long n = Long.MAX_VALUE;
    for (int a = 0; a < k; a++) {
      for (int b = a; b < k; b++) {
        n = Math.min(n, sums.pairCountAt(a, b));
      }
    }
    long needed = Math.max(p + 2, 4);
    if (n < needed) {
      throw Checks.invalid(TOO_FEW, "respondents", "at least " + needed + " (the number of drivers + 2, and at least 4)"
          + (pairwise ? " behind every pair of variables" : ""), n);
    }
    double[][] r = correlationMatrix(sums, k);
    Fit fit = Fit.of(model.drivers(), r, pairwise);

    double[] spearman = new double[p];
    long[] spearmanN = new long[p];
    boolean haveSpearman = model.isOnScales() || rows != null;
    for (int j = 1; j <= p; j++) {
      if (model.isOnScales()) {
        spearman[j - 1] = sums.spearmanAt(j);
        spearmanN[j - 1] = sums.pairCountAt(0, j);
      } else if (rows != null) {
        double[][] xy = pairedAnswers(rows, j);
        spearman[j - 1] = Ranks.spearman(xy[0], xy[1]);
        spearmanN[j - 1] = xy[0].length;
      }
    }

    double z = confidence.criticalValue();
    List<DriverCorrelation> correlations = new ArrayList<>(p);
    for (int j = 1; j <= p; j++) {
      long nj = sums.pairCountAt(0, j);
      Estimate pearson = fisher(r[0][j], nj, 1 / Math.sqrt(nj - 3.0), z, IntervalMethod.FISHER_Z, confidence);
      Optional<Estimate> rank = Optional.empty();
      double rs = spearman[j - 1];
      if (haveSpearman && !Double.isNaN(rs) && spearmanN[j - 1] >= 4) {
        long ns = spearmanN[j - 1];
        double se = Math.sqrt((1 + rs * rs / 2) / (ns - 3.0));
        rank = Optional.of(fisher(rs, ns, se, z, IntervalMethod.FISHER_Z_BONETT_WRIGHT, confidence));
      }
      correlations.add(new DriverCorrelation(model.drivers().get(j - 1), pearson, rank));
    }

    DriverRegression regression = regression(sums, fit, n, confidence);
    Importance lmg = p <= LMG_MAX_DRIVERS
        ? Importance.of(ImportanceMethod.LMG, model.drivers(), fit.lmg(), fit.rSquared) : null;
    Importance weights = Importance.of(ImportanceMethod.RELATIVE_WEIGHTS, model.drivers(), fit.relativeWeights(),
        fit.rSquared);
    return new DriverAnalysis(sums, confidence, n, correlations, regression, lmg, weights);
  }

  /** The correlation matrix, outcome at 0, after checking that no variable is constant. */
  static double[][] correlationMatrix(DriverSums sums, int k) {
    DriverModel model = sums.model();
    for (int v = 0; v < k; v++) {
      if (sums.isConstantAt(v)) {
        throw constant(model.nameOf(v), sums.meanAt(v), "the respondents used");
      }
    }
    double[][] r = new double[k][k];
    for (int a = 0; a < k; a++) {
      r[a][a] = 1;
      for (int b = a + 1; b < k; b++) {
        double rab = sums.correlationAt(a, b);
        if (Double.isNaN(rab)) {
          // Only under pairwise deletion: a variable constant among those who also answered the other.
          int c = sums.constantInPair(a, b);
          int other = c == a ? b : a;
          throw constant(model.nameOf(c), sums.meanInPair(c, other), "the respondents who also answered "
              + model.nameOf(other));
        }
        r[a][b] = rab;
        r[b][a] = rab;
      }
    }
    return r;
  }

  private static InvalidValueException constant(String name, double value, String among) {
    return Checks.invalid(CONSTANT, name, "must vary among " + among, "every answer " + value);
  }

  private static double[][] pairedAnswers(List<DriverResponse> rows, int j) {
    double[] y = new double[rows.size()];
    double[] x = new double[rows.size()];
    int m = 0;
    long both = 1L | (1L << j);
    for (DriverResponse row : rows) {
      if ((row.missing & both) == 0) {
        y[m] = row.values[0];
        x[m] = row.values[j];
        m++;
      }
    }
    return new double[][] {java.util.Arrays.copyOf(y, m), java.util.Arrays.copyOf(x, m)};
  }

  static Estimate fisher(double r, long n, double se, double z, IntervalMethod method, Confidence c) {
    if (Math.abs(r) >= 1) {
      return Estimate.of(r, n, r, r, method, c);
    }
    double zr = 0.5 * (Math.log1p(r) - Math.log1p(-r));
    double lower = Math.min(r, Math.tanh(zr - z * se));
    double upper = Math.max(r, Math.tanh(zr + z * se));
    return Estimate.of(r, n, lower, upper, method, c);
  }

  private static DriverRegression regression(DriverSums sums, Fit fit, long n, Confidence confidence) {
    DriverModel model = sums.model();
    int p = fit.p;
    double df = n - p - 1.0;
    double r2 = fit.rSquared;
    double t = StudentT.quantile(1 - (1 - confidence.level()) / 2, df);
    double sy = Math.sqrt(sums.squaresAt(0) / (sums.pairCountAt(0, 0) - 1));
    List<DriverCoefficient> coefficients = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      double beta = fit.beta[j];
      double se = Math.sqrt(Math.max(0, (1 - r2) / df * fit.inverseDiagonal[j]));
      Estimate standardised = Estimate.of(beta, n, beta - t * se, beta + t * se, IntervalMethod.STUDENT_T, confidence)
          .withStandardError(se);
      double sx = Math.sqrt(sums.squaresAt(j + 1) / (sums.pairCountAt(j + 1, j + 1) - 1));
      double scale = sy / sx;
      double slope = beta * scale;
      double slopeSe = se * scale;
      Estimate unstandardised = Estimate.of(slope, n, slope - t * slopeSe, slope + t * slopeSe,
          IntervalMethod.STUDENT_T, confidence).withStandardError(slopeSe);
      coefficients.add(new DriverCoefficient(model.drivers().get(j), standardised, unstandardised,
          Math.max(1, fit.inverseDiagonal[j])));
    }
    double adjusted = 1 - (1 - r2) * (n - 1) / df;
    double residual = sy * Math.sqrt(Math.max(0, (1 - r2) * (n - 1) / df));
    return new DriverRegression(n, r2, adjusted, residual, fit.conditionNumber(), coefficients);
  }

  /**
   * Returns the outcome and drivers.
   *
   * @return the model
   */
  public DriverModel model() {
    return sums.model();
  }

  /**
   * Returns the sums the analysis was computed from.
   *
   * @return the sums
   */
  public DriverSums sums() {
    return sums;
  }

  /**
   * Returns the level of every interval and the minimum sample size.
   *
   * @return the confidence policy
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Returns how many responses were given to the sums: used plus set aside for missing answers.
   *
   * @return the count
   */
  public long count() {
    return sums.count();
  }

  /**
   * Returns how many responses were used (see {@link DriverSums#usedCount()}).
   *
   * @return the count
   */
  public long usedCount() {
    return sums.usedCount();
  }

  /**
   * Returns the number of respondents the regression and relative importance rest on: the responses
   * used under listwise deletion; under pairwise deletion, the fewest behind any correlation.
   *
   * @return the sample size, at least {@code p + 2}
   */
  public long sampleSize() {
    return n;
  }

  /**
   * Returns each driver's correlation with the outcome, in the model's order.
   *
   * @return the correlations, unmodifiable
   */
  public List<DriverCorrelation> correlations() {
    return correlations;
  }

  /**
   * Returns one driver's correlation with the outcome.
   *
   * @param driver the driver's name
   * @return the correlation
   * @throws IllegalArgumentException if no driver has that name
   */
  public DriverCorrelation correlation(String driver) {
    return correlations.get(sums.model().driverIndex(driver));
  }

  /**
   * Returns the regression of the outcome on all drivers.
   *
   * @return the regression
   */
  public DriverRegression regression() {
    return regression;
  }

  /**
   * Tells whether LMG was computed: whether the model has at most {@value #LMG_MAX_DRIVERS} drivers.
   *
   * @return true if {@link #lmg()} returns
   */
  public boolean hasLmg() {
    return lmg != null;
  }

  /**
   * Returns the LMG shares of R².
   *
   * @return the shares
   * @throws IllegalStateException if the model has more than {@value #LMG_MAX_DRIVERS} drivers
   */
  public Importance lmg() {
    if (lmg == null) {
      throw new IllegalStateException("LMG is exact over all 2^p subsets of drivers and limited to "
          + LMG_MAX_DRIVERS + " drivers; this model has " + sums.model().driverCount()
          + ": use the relative weights");
    }
    return lmg;
  }

  /**
   * Returns Johnson's relative weights.
   *
   * @return the weights
   */
  public Importance relativeWeights() {
    return relativeWeights;
  }

  /**
   * Returns the importance by a method.
   *
   * @param method the method
   * @return the importance
   * @throws IllegalStateException for LMG with more than {@value #LMG_MAX_DRIVERS} drivers
   */
  public Importance importance(ImportanceMethod method) {
    return Objects.requireNonNull(method, "method") == ImportanceMethod.LMG ? lmg() : relativeWeights;
  }

  /**
   * Returns the driver matrix of LMG importance (relative weights beyond {@value #LMG_MAX_DRIVERS}
   * drivers) against mean performance, cut at the means over the drivers.
   *
   * @return the matrix
   */
  public DriverMatrix matrix() {
    return matrix(hasLmg() ? ImportanceMethod.LMG : ImportanceMethod.RELATIVE_WEIGHTS, Performance.mean());
  }

  /**
   * Returns the driver matrix, cut at the means over the drivers of importance ({@code 100 / p}) and
   * of performance; {@link DriverMatrix#withCuts} cuts elsewhere.
   *
   * @param method how importance is computed
   * @param performance how performance is read
   * @return the matrix
   * @throws IllegalStateException for LMG with more than {@value #LMG_MAX_DRIVERS} drivers, or a
   *     top-box reading on a model without scales
   */
  public DriverMatrix matrix(ImportanceMethod method, Performance performance) {
    Objects.requireNonNull(performance, "performance");
    Importance importance = importance(method);
    DriverModel model = sums.model();
    int p = model.driverCount();
    double[] perf = new double[p];
    for (int j = 1; j <= p; j++) {
      if (performance.isTopBox()) {
        Scale scale = model.driverScale().orElseThrow(() -> new IllegalStateException(
            "A top-box reading needs a model on scales: " + model));
        long answered = sums.pairCountAt(j, j);
        perf[j - 1] = 100.0 * sums.topBoxAt(j, Math.min(performance.boxes(), scale.points())) / answered;
      } else {
        perf[j - 1] = sums.meanAt(j);
      }
    }
    double performanceCut = 0;
    for (double x : perf) {
      performanceCut += x;
    }
    performanceCut /= p;
    double importanceCut = 100.0 / p;
    List<DriverPoint> points = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      double imp = importance.shares().get(j).percent();
      points.add(new DriverPoint(model.drivers().get(j), imp, perf[j],
          DriverQuadrant.of(imp, perf[j], importanceCut, performanceCut), regression.coefficients().get(j).slope()));
    }
    return new DriverMatrix(method, performance, importanceCut, performanceCut, points);
  }

  /** Returns a short summary: the model, the sample size, R² and the LMG (or relative weights) shares. */
  @Override
  public String toString() {
    return "DriverAnalysis{" + sums.model() + ", n=" + n + ", R²=" + regression.rSquared() + ", "
        + (hasLmg() ? lmg : relativeWeights) + "}";
  }
}
