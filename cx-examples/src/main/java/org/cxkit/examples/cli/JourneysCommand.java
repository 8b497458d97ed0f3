package org.cxkit.examples.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Journeys;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.touchpoint.Touchpoint;
import org.cxkit.examples.report.Charts;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.PathElement;
import org.cxkit.metrics.journey.PathRules;
import org.cxkit.metrics.journey.Repeats;
import org.cxkit.metrics.journey.attribution.Attribution;
import org.cxkit.metrics.journey.attribution.Credit;
import org.cxkit.metrics.journey.attribution.MarkovAttribution;
import org.cxkit.metrics.journey.attribution.MarkovBootstrap;
import org.cxkit.metrics.journey.attribution.PathRule;
import org.cxkit.metrics.journey.attribution.RemovalEffect;
import org.cxkit.metrics.journey.attribution.TimeDecay;
import org.cxkit.metrics.journey.funnel.StageFunnel;
import org.cxkit.metrics.journey.funnel.StageStep;
import org.cxkit.metrics.journey.funnel.TimeToAdvance;
import org.cxkit.metrics.journey.path.PathCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cx journeys}: the customers' journeys built from touchpoints.csv, their most frequent paths
 * with conversion rates, the stage funnel with the Kaplan–Meier median time to advance, and the
 * attribution of the conversions (first engagements) to channels by six models side by side, with
 * bootstrap intervals for the Markov shares.
 */
@Command(name = "journeys", mixinStandardHelpOptions = true,
    description = {"Which paths convert, how long each stage takes, and which channels get the credit: journeys "
        + "built from the touchpoints (one per customer; duplicates set aside and counted), a journey's path running "
        + "from its first touchpoint to its first engagement (the conversion). Prints the top paths with counts and "
        + "conversion rates (Wilson intervals), the stage funnel with the median time to advance (Kaplan-Meier, "
        + "journeys that have not advanced censored at the cut-off), and each channel's share of the conversions by "
        + "first touch, last touch, linear, position-based (40/20/40), time decay and Markov removal effects, the "
        + "last with seeded bootstrap percentile intervals."})
final class JourneysCommand implements Callable<Integer> {
  /** Bootstrap resamples of the Markov shares, here and in the report: few, for speed. */
  static final int DEFAULT_RESAMPLES = 100;
  /** Seed of the bootstrap, here and in the report. */
  static final long DEFAULT_SEED = 1L;
  /** Half-life of time decay in days, here and in the report. */
  static final int DEFAULT_HALF_LIFE_DAYS = 7;
  /** The most resamples {@code --resamples} takes. */
  static final int MAX_RESAMPLES = 100_000;

  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Mixin
  ConfidenceOptions confidence;

  @Option(names = "--top", paramLabel = "K", description = "How many paths to list, most frequent first (default: "
      + "${DEFAULT-VALUE}).", defaultValue = "10")
  void top(int k) {
    if (k < 1 || k > 1000) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--top' (valid values 1 - 1000): "
          + k);
    }
    top = k;
  }

  private int top = 10;

  @Option(names = "--by", paramLabel = "STEP", converter = ElementConverter.class,
      description = "What a step of the listed paths is: channel, kind (exposure, interaction, engagement) or stage "
          + "(default: channel). Attribution is always by channel.")
  PathElement by = PathElement.CHANNEL;

  @Option(names = "--collapse-repeats",
      description = "Merge runs of the same step into one (email > email > web becomes email > web), in the paths "
          + "and in the attribution; by default repeats are kept, and linear attribution counts each.")
  boolean collapse;

  private int halfLifeDays = DEFAULT_HALF_LIFE_DAYS;

  @Option(names = "--half-life", paramLabel = "DAYS", description = "Half-life of time decay attribution in days, "
      + "from 1 to 3650 (default: " + DEFAULT_HALF_LIFE_DAYS + ").")
  void halfLife(int days) {
    if (days < 1 || days > 3650) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--half-life' (valid values 1 - "
          + "3650): " + days);
    }
    halfLifeDays = days;
  }

  private int order = 1;

  @Option(names = "--order", paramLabel = "K", description = "Order of the Markov chain, from 1 to 3 (default: 1).")
  void order(int k) {
    if (k < 1 || k > 3) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--order' (valid values 1 - 3): "
          + k);
    }
    order = k;
  }

  private int resamples = DEFAULT_RESAMPLES;

  @Option(names = "--resamples", paramLabel = "N", description = "Bootstrap resamples of the journeys for the "
      + "Markov shares' intervals, from 2 to " + MAX_RESAMPLES + " (default: " + DEFAULT_RESAMPLES + ").")
  void resamples(int n) {
    if (n < 2 || n > MAX_RESAMPLES) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--resamples' (valid values 2 - "
          + MAX_RESAMPLES + "): " + n);
    }
    resamples = n;
  }

  @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the bootstrap; the same data and seed give "
      + "the same intervals (default: " + DEFAULT_SEED + ").")
  long seed = DEFAULT_SEED;

  /** Reads {@code --by}: channel, kind or stage. */
  static final class ElementConverter implements picocli.CommandLine.ITypeConverter<PathElement> {
    @Override
    public PathElement convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "channel":
          return PathElement.CHANNEL;
        case "kind":
          return PathElement.TOUCHPOINT_KIND;
        case "stage":
          return PathElement.STAGE;
        default:
          throw new picocli.CommandLine.TypeConversionException("Invalid value for --by (valid values channel, "
              + "kind, stage): " + value);
      }
    }
  }

  /**
   * The analysis of one data set, computed once for the command and the report alike.
   *
   * @param journeys the journeys built from the touchpoints, and the touchpoints set aside
   * @param listed the paths by the element asked for, and the journeys set aside
   * @param listedCounts the listed paths counted
   * @param paths the channel paths attribution runs on
   * @param counts the channel paths counted
   * @param funnel the stage funnel at the cut-off
   * @param models the rule-based and time decay attributions, then Markov's, in the order printed
   * @param bootstrap the Markov attribution with its bootstrap
   * @param by what a step of the listed paths is
   * @param halfLife the half-life of time decay
   */
  record Figures(BulkResult<Touchpoint, List<Journey>> journeys, BulkResult<Journey, List<JourneyPath>> listed,
      PathCounts listedCounts, BulkResult<Journey, List<JourneyPath>> paths, PathCounts counts, StageFunnel funnel,
      List<Attribution> models, MarkovBootstrap bootstrap, PathElement by, Duration halfLife) {

    static Figures of(SampleData data, PathElement by, Repeats repeats, Duration halfLife, int order, int resamples,
        long seed, Confidence policy) {
      if (data.touchpoints().isEmpty()) {
        throw new BadDataException("No touchpoints in the data: journeys need touchpoints.csv beside the other files "
            + "(see cx-examples/CSV.md)");
      }
      BulkResult<Touchpoint, List<Journey>> journeys = Journeys.from(data.touchpoints());
      PathRules channel = PathRules.DEFAULT.withElement(PathElement.CHANNEL).withRepeats(repeats);
      BulkResult<Journey, List<JourneyPath>> paths = channel.pathsOf(journeys.value());
      PathCounts counts = paths.value().stream().collect(PathCounts.toPathCounts());
      BulkResult<Journey, List<JourneyPath>> listed = by == PathElement.CHANNEL ? paths
          : channel.withElement(by).pathsOf(journeys.value());
      PathCounts listedCounts = listed == paths ? counts
          : listed.value().stream().collect(PathCounts.toPathCounts());
      Instant cutoff = data.touchpoints().stream().map(Touchpoint::occurredAt).max(Comparator.naturalOrder())
          .orElseThrow();
      StageFunnel funnel = StageFunnel.of(journeys.value(), cutoff, StageFunnel.PURCHASE_CYCLE, policy);
      MarkovBootstrap bootstrap = MarkovBootstrap.of(counts, order, resamples, seed, policy);
      List<Attribution> models = List.of(PathRule.FIRST_TOUCH.attribute(counts), PathRule.LAST_TOUCH.attribute(counts),
          PathRule.LINEAR.attribute(counts), PathRule.POSITION_BASED.attribute(counts),
          TimeDecay.ofHalfLife(halfLife).attribute(paths.value()), bootstrap.estimate().attribution());
      return new Figures(journeys, listed, listedCounts, paths, counts, funnel, models, bootstrap, by, halfLife);
    }

    MarkovAttribution markov() {
      return bootstrap.estimate();
    }

    /** The models' short names, in the order of {@link #models()}. */
    List<String> modelNames() {
      return List.of("first touch", "last touch", "linear", "position-based",
          "time decay " + halfLife.toDays() + "d", "Markov " + markov().order());
    }

    /** The channels, by Markov credit, largest first (ties by name). */
    List<String> channels() {
      return models.get(5).ranked().stream().map(Credit::channel).toList();
    }

    /** A channel's share of the conversions under one model, in per cent (0 without conversions). */
    double percent(int model, String channel) {
      Attribution a = models.get(model);
      return a.conversions() == 0 ? 0
          : 100 * a.credit(channel).map(Credit::conversions).orElse(0.0) / a.conversions();
    }

    /** What was set aside, touchpoints and journeys, by reason code. */
    Map<String, Long> reasons() {
      Map<String, Long> counts = new TreeMap<>();
      journeys.reasonCounts().forEach((code, n) -> counts.merge(code.name(), n, Long::sum));
      paths.reasonCounts().forEach((code, n) -> counts.merge(code.name(), n, Long::sum));
      return counts;
    }

    /** One line on the journeys: how many, from how many touchpoints, what was set aside, how many converted. */
    String summary() {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d journeys from %,d touchpoints",
          journeys.value().size(), journeys.givenCount()));
      long setAside = journeys.setAside().size() + paths.setAside().size();
      if (setAside > 0) {
        List<String> why = new ArrayList<>();
        reasons().forEach((code, n) -> why.add(n + " " + code));
        line.append(String.format(Locale.ROOT, "; %,d set aside (%s)", setAside, String.join(", ", why)));
      }
      Estimate rate = counts.count() == 0 ? null : counts.conversionRate(bootstrap.confidence());
      line.append(String.format(Locale.ROOT, ". %,d of %,d journeys converted (reached an engagement)",
          counts.conversions(), counts.count()));
      if (rate != null) {
        line.append(String.format(Locale.ROOT, ": %.1f%% (%.1f to %.1f, %s)", 100 * rate.value(), 100 * rate.lower(),
            100 * rate.upper(), Text.interval(rate)));
      }
      return line.append('.').toString();
    }
  }

  @Override
  public Integer call() {
    Confidence policy = confidence.confidence();
    Figures f = Figures.of(data.load(), by, collapse ? Repeats.COLLAPSE : Repeats.KEEP,
        Duration.ofDays(halfLifeDays), order, resamples, seed, policy);
    if (data.json) {
      System.out.println(Json.write(json(f, top)));
      return 0;
    }
    System.out.println(f.summary());
    System.out.printf(Locale.ROOT, "Paths by %s, repeats %s: %,d distinct.%n%n", label(by),
        collapse ? "collapsed" : "kept", f.listedCounts().distinctPaths());
    TextTable paths = new TextTable("path", "journeys", "converted", "rate %", Text.ci(policy));
    for (PathCount row : f.listedCounts().top(top)) {
      Estimate rate = row.conversionRate(policy);
      paths.row(row.path().toString(), Long.toString(row.journeys()), Long.toString(row.conversions()),
          one(100 * rate.value()), one(100 * rate.lower()) + " to " + one(100 * rate.upper()));
    }
    System.out.print(paths);
    System.out.println();
    System.out.printf(Locale.ROOT, "Stage funnel by %s (touchpoints after it unobserved):%n", f.funnel().cutoff());
    TextTable funnel = new TextTable("step", "reached", "advanced", "%", Text.ci(policy), "median days",
        Text.ci(policy));
    for (StageStep s : f.funnel().steps()) {
      List<String> cells = funnelCells(s);
      funnel.row((Object[]) cells.toArray(String[]::new));
    }
    System.out.print(funnel);
    System.out.println();
    System.out.printf(Locale.ROOT, "Attribution of %,d conversions by channel (%% of conversions):%n",
        f.counts().conversions());
    List<String> header = new ArrayList<>(List.of("channel"));
    header.addAll(f.modelNames());
    header.add("Markov " + Text.ci(policy));
    TextTable attribution = new TextTable(header.toArray(String[]::new));
    for (String channel : f.channels()) {
      List<String> cells = new ArrayList<>(List.of(channel));
      for (int m = 0; m < f.models().size(); m++) {
        cells.add(one(f.percent(m, channel)));
      }
      cells.add(f.bootstrap().conversionShare(channel).map(JourneysCommand::interval).orElse(""));
      attribution.row((Object[]) cells.toArray(String[]::new));
    }
    System.out.print(attribution);
    System.out.println();
    System.out.println(METHODS);
    System.out.printf(Locale.ROOT, "Markov %d: order-%d chain, removal effects scaled to the conversions; "
        + "%s percentile intervals from %d resamples of the journeys (seed %d, %d usable).%n", order, order,
        Text.level(policy), f.bootstrap().replicates(), f.bootstrap().seed(), f.bootstrap().usable());
    return 0;
  }

  /** How the models share a conversion, said once for the command and the report. */
  static final String METHODS = "First touch: all to the first step; last touch: all to the last (the engagement "
      + "itself); linear: equal shares to every step; position-based: 40% first, 40% last, 20% shared between; "
      + "time decay: weights 2^(-days before the conversion / half-life); Markov: each channel's removal effect "
      + "(Anderl et al. 2016), computed exactly.";

  private static String label(PathElement e) {
    return e == PathElement.TOUCHPOINT_KIND ? "touchpoint kind" : e.name().toLowerCase(Locale.ROOT);
  }

  private static List<String> funnelCells(StageStep s) {
    String step = stage(s.from()) + " > " + stage(s.to());
    if (s.reached() == 0) {
      return List.of(step, "0", "0", "", "", "", "");
    }
    Estimate share = s.advancedShare();
    TimeToAdvance t = s.timeToAdvance();
    return List.of(step, Long.toString(s.reached()), Long.toString(s.advanced()), one(100 * share.value()),
        one(100 * share.lower()) + " to " + one(100 * share.upper()), t.median().map(JourneysCommand::days).orElse(">"),
        t.medianLower().map(JourneysCommand::days).orElse("?") + " to "
            + t.medianUpper().map(JourneysCommand::days).orElse("?"));
  }

  private static String stage(org.cxkit.core.touchpoint.JourneyStage stage) {
    return stage.toString().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String days(Duration d) {
    return String.format(Locale.ROOT, "%.1f", d.toMillis() / 86_400_000.0);
  }

  private static Double daysOrNull(Optional<Duration> d) {
    return d.map(x -> x.toMillis() / 86_400_000.0).orElse(null);
  }

  private static String interval(Estimate s) {
    return one(100 * s.lower()) + " to " + one(100 * s.upper());
  }

  private static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static Map<String, Object> json(Figures f, int top) {
    Map<String, Object> out = Json.object();
    out.put("touchpoints", f.journeys().givenCount());
    out.put("journeys", f.journeys().value().size());
    out.put("setAside", f.journeys().setAside().size() + f.paths().setAside().size());
    out.put("setAsideReasons", f.reasons());
    out.put("conversions", f.counts().conversions());
    out.put("conversionRate", f.counts().count() == 0 ? null
        : Json.estimate(f.counts().conversionRate(f.bootstrap().confidence())));
    out.put("by", f.by() == PathElement.TOUCHPOINT_KIND ? "kind" : label(f.by()));
    out.put("halfLifeDays", f.halfLife().toDays());
    out.put("distinctPaths", f.listedCounts().distinctPaths());
    List<Object> paths = new ArrayList<>();
    for (PathCount row : f.listedCounts().top(top)) {
      Map<String, Object> m = Json.object();
      m.put("path", row.path().toString());
      m.put("steps", row.path().steps());
      m.put("journeys", row.journeys());
      m.put("conversions", row.conversions());
      m.put("conversionRate", Json.estimate(row.conversionRate(f.bootstrap().confidence())));
      paths.add(m);
    }
    out.put("topPaths", paths);
    Map<String, Object> funnel = Json.object();
    funnel.put("cutoff", f.funnel().cutoff().toString());
    funnel.put("reached", stageCounts(f.funnel()));
    List<Object> steps = new ArrayList<>();
    for (StageStep s : f.funnel().steps()) {
      Map<String, Object> m = Json.object();
      m.put("from", stage(s.from()));
      m.put("to", stage(s.to()));
      m.put("reached", s.reached());
      m.put("advanced", s.advanced());
      m.put("advancedShare", s.reached() == 0 ? null : Json.estimate(s.advancedShare()));
      m.put("medianDays", daysOrNull(s.timeToAdvance().median()));
      m.put("medianLowerDays", daysOrNull(s.timeToAdvance().medianLower()));
      m.put("medianUpperDays", daysOrNull(s.timeToAdvance().medianUpper()));
      steps.add(m);
    }
    funnel.put("steps", steps);
    out.put("funnel", funnel);
    Map<String, Object> attribution = Json.object();
    attribution.put("conversions", f.counts().conversions());
    List<String> keys = List.of("firstTouch", "lastTouch", "linear", "positionBased", "timeDecay", "markov");
    Map<String, Object> models = Json.object();
    for (int m = 0; m < keys.size(); m++) {
      models.put(keys.get(m), f.models().get(m).model());
    }
    attribution.put("models", models);
    List<Object> channels = new ArrayList<>();
    Map<String, RemovalEffect> effects = new LinkedHashMap<>();
    f.markov().removalEffects().forEach(e -> effects.put(e.channel(), e));
    for (String channel : f.channels()) {
      Map<String, Object> m = Json.object();
      m.put("channel", channel);
      for (int i = 0; i < keys.size(); i++) {
        m.put(keys.get(i), f.models().get(i).credit(channel).map(Credit::conversions).orElse(0.0));
      }
      RemovalEffect e = effects.get(channel);
      m.put("removalEffect", e == null ? null : e.conversions());
      m.put("markovShare", f.bootstrap().conversionShare(channel).map(Json::estimate).orElse(null));
      channels.add(m);
    }
    attribution.put("channels", channels);
    Map<String, Object> markov = Json.object();
    markov.put("order", f.markov().order());
    markov.put("conversionProbability", f.counts().conversions() == 0 ? null : f.markov().conversionProbability());
    markov.put("resamples", f.bootstrap().replicates());
    markov.put("usable", f.bootstrap().usable());
    markov.put("seed", f.bootstrap().seed());
    markov.put("confidence", f.bootstrap().confidence().level());
    attribution.put("bootstrap", markov);
    out.put("attribution", attribution);
    return out;
  }

  private static Map<String, Long> stageCounts(StageFunnel funnel) {
    Map<String, Long> m = new LinkedHashMap<>();
    funnel.reached().forEach((s, n) -> m.put(stage(s), n));
    return m;
  }

  /** The report's section: top paths, the stage funnel with times, attribution by model side by side. */
  static void report(ReportContext ctx) {
    ctx.html.section("journeys", "Journeys and attribution");
    if (ctx.data.touchpoints().isEmpty()) {
      ctx.html.paragraph("No touchpoints in the data (touchpoints.csv), so no journeys.");
      return;
    }
    Figures f = Figures.of(ctx.data, PathElement.CHANNEL, Repeats.KEEP, Duration.ofDays(DEFAULT_HALF_LIFE_DAYS), 1,
        DEFAULT_RESAMPLES, DEFAULT_SEED, ctx.confidence);
    Confidence policy = ctx.confidence;
    ctx.html.paragraph(f.summary() + " A journey is one customer's touchpoints in time order; its path runs by "
        + "channel from the first touchpoint to the first engagement (the conversion), repeats kept.");
    List<List<String>> rows = new ArrayList<>();
    for (PathCount row : f.counts().top(10)) {
      Estimate rate = row.conversionRate(policy);
      rows.add(List.of(row.path().toString(), Long.toString(row.journeys()), Long.toString(row.conversions()),
          one(100 * rate.value()) + " (" + one(100 * rate.lower()) + " to " + one(100 * rate.upper()) + ")"));
    }
    ctx.html.table(List.of("top paths by channel", "journeys", "converted", "rate % (" + Text.ci(policy) + ", "
        + "Wilson)"), rows);

    List<StageStep> steps = f.funnel().steps();
    List<String> names = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    double[] v = new double[steps.size()];
    double[] lo = new double[steps.size()];
    double[] hi = new double[steps.size()];
    List<List<String>> funnelRows = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      StageStep s = steps.get(i);
      List<String> cells = funnelCells(s);
      funnelRows.add(cells);
      names.add(cells.get(0));
      if (s.reached() > 0) {
        Estimate share = s.advancedShare();
        v[i] = 100 * share.value();
        lo[i] = 100 * share.lower();
        hi[i] = 100 * share.upper();
      }
      notes.add("n=" + s.reached() + (s.reached() > 0 && !cells.get(5).isEmpty() ? ", median " + cells.get(5) + " d"
          : ""));
    }
    ctx.figure("journeys-funnel.svg", Charts.bars("Stage funnel: share advancing to the next stage",
        "% advanced by the cut-off", names, v, lo, hi, notes), String.format(Locale.ROOT, "Each step of the purchase "
        + "cycle: the share of the journeys that reached a stage and went on to the next by %s, with %s Wilson "
        + "intervals; beside each bar, the journeys that reached it and the median time to advance in days "
        + "(Kaplan-Meier, journeys not advanced censored at the cut-off). A journey reaches a stage at its first "
        + "touchpoint in it or a later one.", f.funnel().cutoff(), Text.level(policy)));
    ctx.html.table(List.of("step", "reached", "advanced", "%", Text.ci(policy) + " (Wilson)", "median days",
        Text.ci(policy) + " (log-log)"), funnelRows);

    List<String> channels = f.channels();
    List<List<String>> credit = new ArrayList<>();
    double[] mv = new double[channels.size()];
    double[] mlo = new double[channels.size()];
    double[] mhi = new double[channels.size()];
    List<String> mnotes = new ArrayList<>();
    for (int c = 0; c < channels.size(); c++) {
      String channel = channels.get(c);
      List<String> cells = new ArrayList<>(List.of(channel));
      for (int m = 0; m < f.models().size(); m++) {
        cells.add(one(f.percent(m, channel)));
      }
      Optional<Estimate> share = f.bootstrap().conversionShare(channel);
      cells.add(share.map(JourneysCommand::interval).orElse(""));
      credit.add(cells);
      mv[c] = f.percent(5, channel);
      mlo[c] = share.map(s -> 100 * s.lower()).orElse(mv[c]);
      mhi[c] = share.map(s -> 100 * s.upper()).orElse(mv[c]);
      mnotes.add(String.format(Locale.ROOT, "first %s, last %s", one(f.percent(0, channel)),
          one(f.percent(1, channel))));
    }
    ctx.figure("journeys-markov.svg", Charts.bars("Markov attribution: share of conversions by channel",
        "% of conversions (Markov 1)", channels, mv, mlo, mhi, mnotes), String.format(Locale.ROOT, "Each channel's "
        + "share of the %,d conversions by its removal effect in a first-order Markov chain (Anderl, Becker, von "
        + "Wangenheim and Schumann 2016), computed exactly, with %s bootstrap percentile intervals from %d resamples "
        + "of the journeys (seed %d); beside each bar, its first-touch and last-touch shares in per cent.",
        f.counts().conversions(), Text.level(policy), f.bootstrap().replicates(), f.bootstrap().seed()));
    List<String> header = new ArrayList<>(List.of("channel (% of conversions)"));
    header.addAll(f.modelNames());
    header.add("Markov " + Text.ci(policy));
    ctx.html.table(header, credit);
    ctx.html.paragraph("Attribution by model side by side, each column summing to 100% of the conversions. "
        + METHODS + " A channel whose first-touch share is well above its last-touch share assists; the opposite "
        + "closes. Attribution shares credit by rules or by a model of the paths; it is association, not the "
        + "effect an experiment would measure.");
  }
}
