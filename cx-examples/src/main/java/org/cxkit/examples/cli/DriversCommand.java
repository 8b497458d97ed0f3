package org.cxkit.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;
import org.cxkit.examples.report.Charts;
import org.cxkit.examples.sample.AttributeRating;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.drivers.BootstrappedShare;
import org.cxkit.metrics.drivers.DriverAnalysis;
import org.cxkit.metrics.drivers.DriverCoefficient;
import org.cxkit.metrics.drivers.DriverCorrelation;
import org.cxkit.metrics.drivers.DriverMatrix;
import org.cxkit.metrics.drivers.DriverModel;
import org.cxkit.metrics.drivers.DriverPoint;
import org.cxkit.metrics.drivers.DriverQuadrant;
import org.cxkit.metrics.drivers.DriverResponse;
import org.cxkit.metrics.drivers.ImportanceBootstrap;
import org.cxkit.metrics.drivers.ImportanceMethod;
import org.cxkit.metrics.drivers.MissingAnswers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cx drivers}: key driver analysis of likelihood to recommend against the attribute ratings
 * given in the same surveys (attribute_ratings.csv joined to the NPS answers of responses.csv by
 * customer and instant): correlations, standardised regression, LMG and Johnson's relative weights
 * with bootstrap intervals and rank stability, and the driver matrix.
 */
@Command(name = "drivers", mixinStandardHelpOptions = true,
    description = {"What moves the score: each attribute rating against likelihood to recommend (the NPS answer "
        + "of the same survey): Pearson r with its Fisher z interval, the standardised regression weight (beta), "
        + "its LMG share of R² (averaged over every order of entry) with a seeded bootstrap percentile interval, "
        + "Johnson's relative weight, how stable its rank is across resamples, and its quadrant of importance "
        + "against mean rating. Incomplete surveys are set aside and counted (listwise; --pairwise to use "
        + "every pair of answers). Association, not causation."})
final class DriversCommand implements Callable<Integer> {
  /** The outcome's name in the analysis and in the output. */
  static final String OUTCOME = "likelihood-to-recommend";
  /** Resamples of the bootstrap, here and in the report. */
  static final int DEFAULT_RESAMPLES = 200;
  /** Seed of the bootstrap, here and in the report. */
  static final long DEFAULT_SEED = 1L;

  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Mixin
  ConfidenceOptions confidence;

  private int resamples = DEFAULT_RESAMPLES;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the bootstrap's resampling; the same data and seed give the same intervals "
          + "(default: " + DEFAULT_SEED + ").")
  long seed = DEFAULT_SEED;

  @Option(names = "--pairwise",
      description = "Pairwise deletion: each correlation from the surveys that answered both of its questions, "
          + "instead of the complete surveys only (listwise, the default). Figures then rest on different "
          + "respondents.")
  boolean pairwise;

  @Option(names = "--resamples", paramLabel = "N",
      description = "Bootstrap resamples for the intervals and rank stability, from "
          + ImportanceBootstrap.MIN_RESAMPLES + " to " + ImportanceBootstrap.MAX_RESAMPLES + " (default: "
          + DEFAULT_RESAMPLES + ").")
  void resamples(int n) {
    if (n < ImportanceBootstrap.MIN_RESAMPLES || n > ImportanceBootstrap.MAX_RESAMPLES) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--resamples' (valid values "
          + ImportanceBootstrap.MIN_RESAMPLES + " - " + ImportanceBootstrap.MAX_RESAMPLES + "): " + n);
    }
    resamples = n;
  }

  /**
   * The analysis of one data set, computed once for the command and the report alike.
   *
   * @param surveys the surveys with attribute ratings (customer and instant), given to the analysis
   *     or set aside before it
   * @param ambiguous surveys set aside before the analysis because two NPS answers share their
   *     customer and instant
   * @param result the analysis of the responses used, and those it set aside
   * @param bootstrap the bootstrap intervals and rank stability
   */
  record Figures(long surveys, long ambiguous, BulkResult<DriverResponse, DriverAnalysis> result,
      ImportanceBootstrap bootstrap) {

    static Figures of(SampleData data, MissingAnswers missing, Confidence policy, int resamples, long seed) {
      List<AttributeRating> ratings = data.attributeRatings();
      if (ratings.isEmpty()) {
        throw new BadDataException("No attribute ratings in the data: key driver analysis needs "
            + "attribute_ratings.csv beside responses.csv (see cx-examples/CSV.md)");
      }
      Map<String, Scale> scales = new LinkedHashMap<>();
      for (AttributeRating a : ratings) {
        scales.putIfAbsent(a.attribute() + " " + a.scale(), a.scale());
      }
      Set<Scale> distinct = new LinkedHashSet<>(scales.values());
      if (distinct.size() > 1) {
        throw new BadDataException("Attribute ratings on " + distinct.size() + " scales (" + String.join(", ",
            scales.keySet()) + "): key driver analysis needs every attribute on one scale");
      }
      Scale scale = distinct.iterator().next();
      List<String> attributes = ratings.stream().map(AttributeRating::attribute).distinct().toList();
      DriverModel model;
      try {
        model = DriverModel.onScales(OUTCOME, Scale.ZERO_TO_TEN, attributes, scale);
      } catch (IllegalArgumentException e) {
        throw new BadDataException("The attribute ratings cannot be analysed: " + e.getMessage());
      }

      Map<List<Object>, Integer> scores = new HashMap<>();
      Set<List<Object>> twice = new LinkedHashSet<>();
      for (NpsResponse r : data.npsResponses()) {
        List<Object> key = List.of(r.customer(), r.answeredAt());
        if (scores.put(key, r.score()) != null) {
          twice.add(key);
        }
      }
      Map<List<Object>, Map<String, Integer>> surveys = new LinkedHashMap<>();
      for (AttributeRating a : ratings) {
        Map<String, Integer> answers = surveys.computeIfAbsent(List.of(a.customer(), a.answeredAt()),
            k -> new HashMap<>());
        a.rating().ifPresent(v -> answers.put(a.attribute(), v));
      }
      List<DriverResponse> responses = new ArrayList<>();
      long ambiguous = 0;
      for (Map.Entry<List<Object>, Map<String, Integer>> s : surveys.entrySet()) {
        if (twice.contains(s.getKey())) {
          ambiguous++;
          continue;
        }
        List<OptionalDouble> answers = new ArrayList<>();
        for (String attribute : attributes) {
          Integer v = s.getValue().get(attribute);
          answers.add(v == null ? OptionalDouble.empty() : OptionalDouble.of(v));
        }
        Integer score = scores.get(s.getKey());
        responses.add(DriverResponse.ofAnswers(score == null ? OptionalDouble.empty() : OptionalDouble.of(score),
            answers));
      }
      try {
        return new Figures(surveys.size(), ambiguous, DriverAnalysis.from(model, missing, responses, policy),
            ImportanceBootstrap.of(model, missing, responses, resamples, seed, policy));
      } catch (InvalidValueException e) {
        throw new BadDataException("The attribute ratings cannot be analysed: " + e.getMessage() + " ["
            + e.reason().code() + "]");
      } catch (IllegalStateException e) {
        throw new BadDataException("The attribute ratings cannot be bootstrapped: " + e.getMessage());
      }
    }

    DriverAnalysis analysis() {
      return bootstrap.analysis();
    }

    DriverMatrix matrix() {
      return analysis().matrix();
    }

    /** The method the matrix and the table rank by: LMG, or relative weights beyond LMG's limit. */
    ImportanceMethod method() {
      return matrix().importanceMethod();
    }

    long setAside() {
      return ambiguous + result.setAside().size();
    }

    /** What was set aside, by reason code, most frequent first; the two NPS answers at one instant as duplicate. */
    Map<String, Long> reasons() {
      Map<String, Long> counts = new TreeMap<>();
      result.reasonCounts().forEach((code, n) -> counts.put(code.name(), n));
      if (ambiguous > 0) {
        counts.merge(ReasonCode.DUPLICATE.name(), ambiguous, Long::sum);
      }
      Map<String, Long> sorted = new LinkedHashMap<>();
      counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      return sorted;
    }

    /** The drivers, most important first by {@link #method()}. */
    List<String> byRank() {
      return bootstrap.shares(method()).stream().sorted(Comparator.comparingInt(BootstrappedShare::rank))
          .map(BootstrappedShare::driver).toList();
    }

    /** One line on the respondents: how many surveys, used and set aside, and why. */
    String respondents() {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d surveys with attribute ratings: %,d "
          + "used, %,d set aside", surveys, result.usedCount(), setAside()));
      if (setAside() > 0) {
        List<String> why = new ArrayList<>();
        reasons().forEach((code, n) -> why.add(n + " " + code));
        line.append(" (").append(String.join(", ", why)).append(')');
      }
      line.append(analysis().sums().missingAnswers() == MissingAnswers.LISTWISE
          ? "; listwise deletion: complete surveys only" : "; pairwise deletion: each figure on the surveys that "
          + "answered its questions, the regression on the fewest (n=" + analysis().sampleSize() + ")");
      List<String> unanswered = new ArrayList<>();
      analysis().sums().missingCounts().forEach((variable, n) -> {
        if (n > 0) {
          unanswered.add(variable + " " + n);
        }
      });
      if (!unanswered.isEmpty()) {
        line.append(". Unanswered: ").append(String.join(", ", unanswered));
      }
      return line.append('.').toString();
    }
  }

  @Override
  public Integer call() {
    Confidence policy = confidence.confidence();
    Figures f = Figures.of(data.load(), pairwise ? MissingAnswers.PAIRWISE : MissingAnswers.LISTWISE, policy,
        resamples, seed);
    if (data.json) {
      System.out.println(Json.write(json(f)));
      return 0;
    }
    DriverAnalysis a = f.analysis();
    DriverMatrix matrix = f.matrix();
    ImportanceMethod method = f.method();
    System.out.println("Likelihood to recommend (0-10) against " + a.model().driverCount() + " attribute ratings ("
        + a.model().driverScale().orElseThrow() + ").");
    System.out.println(f.respondents());
    System.out.printf(Locale.ROOT, "R² %.3f (adjusted %.3f), n=%d.%n%n", a.regression().rSquared(),
        a.regression().adjustedRSquared(), a.sampleSize());
    TextTable t = new TextTable("attribute", "mean", "r", Text.ci(policy), "beta", method.label() + " %",
        Text.ci(policy), "RW %", "rank", "stability", "quadrant", "note");
    Estimate firstShare = null;
    for (String driver : f.byRank()) {
      DriverCorrelation c = a.correlation(driver);
      DriverCoefficient b = a.regression().coefficient(driver);
      BootstrappedShare share = f.bootstrap().share(method, driver);
      BootstrappedShare rw = f.bootstrap().share(ImportanceMethod.RELATIVE_WEIGHTS, driver);
      DriverPoint point = matrix.point(driver);
      firstShare = firstShare == null ? share.percent() : firstShare;
      t.row(driver, two(point.performance()), two(c.pearson().value()), range(c.pearson(), "%.2f"),
          two(b.standardised().value()), one(share.percent().value()), range(share.percent(), "%.1f"),
          one(rw.percent().value()), ranks(share), String.format(Locale.ROOT, "%.0f%%", 100 * share.rankStability()),
          quadrant(point.quadrant()), Text.flag(c.pearson()));
    }
    System.out.print(t);
    System.out.println();
    System.out.printf(Locale.ROOT, "r: Pearson's correlation with the score, %s CI. beta: standardised regression "
        + "weight, others alike.%n", Text.interval(a.correlations().get(0).pearson()));
    System.out.printf(Locale.ROOT, "%s %%: share of R²%s, %s CI from %d resamples (seed %d, %d failed).%n",
        method.label(), method == ImportanceMethod.LMG ? " averaged over every order of entry" : "",
        Text.interval(firstShare), f.bootstrap().resamples(), f.bootstrap().seed(), f.bootstrap().failedResamples());
    System.out.printf(Locale.ROOT, "RW %%: Johnson's relative weight. rank: in the sample, and (range) in the central "
        + "%s of resamples; stability: the share of resamples that keep it.%n", Text.level(policy));
    System.out.printf(Locale.ROOT, "quadrant: %s share against mean rating, cut at a fair share (%.1f%%) and at the "
        + "mean over the attributes (%.2f).%n", method.label(), matrix.importanceCut(), matrix.performanceCut());
    System.out.println(ASSOCIATION);
    return 0;
  }

  /** The one sentence every output of key driver analysis carries. */
  static final String ASSOCIATION = "Association, not causation: these figures say which ratings go with a higher "
      + "likelihood to recommend among these respondents, not what changing an attribute would do.";

  private static Map<String, Object> json(Figures f) {
    DriverAnalysis a = f.analysis();
    DriverMatrix matrix = f.matrix();
    boolean lmg = f.bootstrap().hasLmg();
    Map<String, Object> out = Json.object();
    out.put("outcome", OUTCOME);
    out.put("outcomeScale", a.model().outcomeScale().orElseThrow().toString());
    out.put("driverScale", a.model().driverScale().orElseThrow().toString());
    out.put("missingAnswers", a.sums().missingAnswers().name().toLowerCase(Locale.ROOT));
    out.put("surveys", f.surveys());
    out.put("used", f.result().usedCount());
    out.put("setAside", f.setAside());
    out.put("setAsideReasons", f.reasons());
    out.put("unanswered", a.sums().missingCounts());
    out.put("n", a.sampleSize());
    out.put("rSquared", a.regression().rSquared());
    out.put("adjustedRSquared", a.regression().adjustedRSquared());
    out.put("conditionNumber", a.regression().conditionNumber());
    Map<String, Object> boot = Json.object();
    boot.put("resamples", f.bootstrap().resamples());
    boot.put("seed", f.bootstrap().seed());
    boot.put("failed", f.bootstrap().failedResamples());
    out.put("bootstrap", boot);
    out.put("matrixImportance", f.method().name());
    out.put("importanceCut", matrix.importanceCut());
    out.put("performanceCut", matrix.performanceCut());
    List<Object> drivers = new ArrayList<>();
    for (String driver : a.model().drivers()) {
      DriverCorrelation c = a.correlation(driver);
      DriverCoefficient b = a.regression().coefficient(driver);
      DriverPoint point = matrix.point(driver);
      Map<String, Object> m = Json.object();
      m.put("driver", driver);
      m.put("mean", point.performance());
      m.put("pearson", Json.estimate(c.pearson()));
      m.put("spearman", c.spearman().map(Json::estimate).orElse(null));
      m.put("beta", Json.estimate(b.standardised()));
      m.put("slope", Json.estimate(b.slope()));
      m.put("varianceInflation", b.varianceInflation());
      if (lmg) {
        BootstrappedShare s = f.bootstrap().share(ImportanceMethod.LMG, driver);
        m.put("lmg", Json.estimate(s.percent()));
        m.put("lmgRank", s.rank());
        m.put("rankStability", s.rankStability());
        m.put("bestRank", s.bestRank());
        m.put("worstRank", s.worstRank());
      } else {
        m.put("lmg", null);
      }
      BootstrappedShare rw = f.bootstrap().share(ImportanceMethod.RELATIVE_WEIGHTS, driver);
      m.put("relativeWeight", Json.estimate(rw.percent()));
      m.put("relativeWeightRank", rw.rank());
      m.put("quadrant", point.quadrant().name());
      drivers.add(m);
    }
    out.put("drivers", drivers);
    return out;
  }

  private static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String range(Estimate e, String format) {
    return String.format(Locale.ROOT, format + " to " + format, e.lower(), e.upper());
  }

  private static String ranks(BootstrappedShare s) {
    return s.rank() + (s.bestRank() == s.worstRank() && s.bestRank() == s.rank() ? ""
        : " (" + s.bestRank() + "-" + s.worstRank() + ")");
  }

  static String quadrant(DriverQuadrant q) {
    return q.name().toLowerCase(Locale.ROOT);
  }

  /** The report's section: LMG importance with its bootstrap intervals, and the driver matrix. */
  static void report(ReportContext ctx) {
    ctx.html.section("drivers", "What moves the score");
    if (ctx.data.attributeRatings().isEmpty()) {
      ctx.html.paragraph("No attribute ratings in the data (attribute_ratings.csv), so no key driver analysis.");
      return;
    }
    Figures f;
    try {
      f = Figures.of(ctx.data, MissingAnswers.LISTWISE, ctx.confidence, DEFAULT_RESAMPLES, DEFAULT_SEED);
    } catch (BadDataException e) {
      ctx.html.paragraph("Not analysed: " + e.getMessage());
      return;
    }
    DriverAnalysis a = f.analysis();
    DriverMatrix matrix = f.matrix();
    ImportanceMethod method = f.method();
    List<String> drivers = f.byRank();
    int p = drivers.size();
    ctx.html.paragraph(String.format(Locale.ROOT, "Likelihood to recommend (the NPS question, 0-10) against the %d "
        + "attributes rated (%s) in the same surveys. %s Together the ratings explain R² = %.2f of the score's "
        + "variance (adjusted %.2f).", p, a.model().driverScale().orElseThrow(), f.respondents(),
        a.regression().rSquared(), a.regression().adjustedRSquared()));
    double[] v = new double[p];
    double[] lo = new double[p];
    double[] hi = new double[p];
    List<String> notes = new ArrayList<>();
    Estimate first = null;
    for (int i = 0; i < p; i++) {
      BootstrappedShare s = f.bootstrap().share(method, drivers.get(i));
      first = first == null ? s.percent() : first;
      v[i] = s.percent().value();
      lo[i] = s.percent().lower();
      hi[i] = s.percent().upper();
      notes.add(String.format(Locale.ROOT, "#%d (%.0f%%)", s.rank(), 100 * s.rankStability()));
    }
    ctx.figure("drivers-importance.svg", Charts.bars("Share of R² by attribute (" + method.label() + ")",
        "% of R² (" + method.label() + ")", drivers, v, lo, hi, notes), String.format(Locale.ROOT, "Each "
        + "attribute's %s share of R²%s, with %s intervals from %d resamples of the respondents (seed %d); n=%d. "
        + "Beside each bar, its rank and, in brackets, its rank stability: the share of resamples in which it keeps "
        + "that rank. %s", method.label(),
        method == ImportanceMethod.LMG ? " (Lindeman, Merenda and Gold 1980: its gain in R², averaged over every "
            + "order of entry)" : "", Text.interval(first), f.bootstrap().resamples(), f.bootstrap().seed(),
        a.sampleSize(), ASSOCIATION));
    List<DriverPoint> points = matrix.points();
    ctx.figure("drivers-matrix.svg", Charts.quadrant("Driver matrix: importance against performance",
        "% of R² (" + method.label() + ")", "mean rating (" + a.model().driverScale().orElseThrow() + ")",
        points.stream().map(DriverPoint::driver).toList(), points.stream().mapToDouble(DriverPoint::importance).toArray(),
        points.stream().mapToDouble(DriverPoint::performance).toArray(), matrix.importanceCut(),
        matrix.performanceCut(), List.of(quadrant(DriverQuadrant.REVIEW), quadrant(DriverQuadrant.MAINTAIN),
            quadrant(DriverQuadrant.MONITOR), quadrant(DriverQuadrant.IMPROVE))),
        String.format(Locale.ROOT, "Each attribute's %s share against its mean rating, cut at a fair share "
            + "(100/%d = %.0f%%) and at the attributes' mean rating (%.2f); after importance-performance analysis "
            + "(Martilla and James 1977). Improve: important and rated below the others; n=%d.", method.label(),
            p, matrix.importanceCut(), matrix.performanceCut(), a.sampleSize()));
    List<List<String>> rows = new ArrayList<>();
    Estimate slope = null;
    for (String driver : drivers) {
      DriverPoint point = matrix.point(driver);
      Estimate r = a.correlation(driver).pearson();
      slope = point.expectedChange();
      BootstrappedShare s = f.bootstrap().share(method, driver);
      rows.add(List.of(driver, one(s.percent().value()) + " (" + range(s.percent(), "%.1f") + ")",
          one(f.bootstrap().share(ImportanceMethod.RELATIVE_WEIGHTS, driver).percent().value()),
          two(r.value()) + " (" + range(r, "%.2f") + ")",
          two(a.regression().coefficient(driver).standardised().value()),
          signed(point.expectedChange()), two(point.performance()), quadrant(point.quadrant())));
    }
    ctx.html.table(List.of("attribute", method.label() + " % (" + Text.ci(ctx.confidence) + ")", "RW %",
        "r (" + Text.ci(ctx.confidence) + ")", "beta", "per point (" + Text.ci(ctx.confidence) + ")", "mean",
        "quadrant"), rows);
    ctx.html.paragraph(String.format(Locale.ROOT, "RW: Johnson's relative weights, another way to share R² among "
        + "correlated attributes. r: Pearson's correlation with the score, %s interval. beta: the standardised "
        + "regression weight, others alike. Per point: recommend points per rating point, others alike (%s "
        + "interval). %s An attribute can go with the score through the others it moves with (a high r, a beta "
        + "near 0) or through the score colouring the ratings (halo); only an experiment says what improving it "
        + "would do.",
        Text.interval(a.correlations().get(0).pearson()), Text.interval(slope), ASSOCIATION));
  }

  private static String signed(Estimate e) {
    return String.format(Locale.ROOT, "%+.2f (%+.2f to %+.2f)", e.value(), e.lower(), e.upper());
  }
}
