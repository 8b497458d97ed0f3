package org.cxkit.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.feedback.SurveyKind;
import org.cxkit.core.result.Breakdown;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.examples.report.Charts;
import org.cxkit.metrics.nps.NpsComparison;
import org.cxkit.metrics.nps.NpsTally;
import org.cxkit.metrics.nps.NpsTrend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx nps}: Net Promoter Score overall, by segment and over time. */
@Command(name = "nps", mixinStandardHelpOptions = true,
    description = {"Net Promoter Score: %% promoters (9-10) - %% detractors (0-6), each figure with its n and "
        + "adjusted-Wald interval (Rocks 2016), flagged below the minimum n; with --period, the trend per "
        + "calendar period and each change with its p-value."})
final class NpsCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Mixin
  SegmentOptions segment;

  @Mixin
  PeriodOptions period;

  @Mixin
  ConfidenceOptions confidence;

  @Option(names = "--survey", paramLabel = "KIND",
      description = "Only relationship or transactional answers: ${COMPLETION-CANDIDATES} (default: both).")
  SurveyKind survey;

  @Override
  public Integer call() {
    Confidence policy = confidence.confidence();
    List<NpsResponse> responses = data.load().npsResponses().stream()
        .filter(r -> survey == null || r.survey() == survey).toList();
    Breakdown<String, NpsTally> bySegment = responses.stream()
        .collect(Breakdown.sortedBy(segment::of, NpsTally.toTally()));
    NpsTrend trend = period.unit().map(u -> NpsTrend.of(responses, u, period.zone, policy)).orElse(null);
    if (data.json) {
      System.out.println(Json.write(json(bySegment, trend, policy)));
      return 0;
    }
    NpsTally total = bySegment.total();
    if (total.isEmpty()) {
      System.out.println("No NPS answers" + (survey == null ? "" : " in " + survey.name().toLowerCase(Locale.ROOT)
          + " surveys") + ".");
      return 0;
    }
    System.out.println("NPS " + describe(total.estimate(policy)));
    System.out.println();
    TextTable table = new TextTable(segment.name(), "n", "NPS", Text.ci(policy), "promoters", "detractors", "note");
    bySegment.segments().forEach((key, tally) -> {
      Estimate e = tally.estimate(policy);
      table.row(key, tally.count(), fmt(e.value()), ci(e), pct(tally.promoterShare()), pct(tally.detractorShare()),
          Text.flag(e));
    });
    System.out.print(table);
    if (trend != null) {
      System.out.println();
      TextTable t = new TextTable("period", "n", "NPS", Text.ci(policy), "change", "p", "note");
      List<NpsTrend.Point> points = trend.points();
      for (int i = 0; i < points.size(); i++) {
        NpsTrend.Point p = points.get(i);
        NpsComparison c = i == 0 ? null : trend.changes().get(i - 1).comparison();
        t.row(p.period().label(), p.tally().count(), fmt(p.estimate().value()), ci(p.estimate()),
            c == null ? "" : fmt(c.difference()), c == null ? "" : String.format(Locale.ROOT, "%.3f", c.pValue()),
            Text.flag(p.estimate()));
      }
      System.out.print(t);
    }
    return 0;
  }

  private Map<String, Object> json(Breakdown<String, NpsTally> bySegment, NpsTrend trend, Confidence policy) {
    Map<String, Object> out = Json.object();
    out.put("overall", bySegment.total().isEmpty() ? null : json(bySegment.total(), policy));
    out.put("segmentKey", segment.name());
    List<Object> segments = new ArrayList<>();
    bySegment.segments().forEach((key, tally) -> {
      Map<String, Object> s = Json.object();
      s.put("segment", key);
      s.putAll(json(tally, policy));
      segments.add(s);
    });
    out.put("segments", segments);
    if (trend != null) {
      out.put("periodUnit", period.unit.name().toLowerCase(Locale.ROOT));
      List<Object> points = new ArrayList<>();
      for (int i = 0; i < trend.points().size(); i++) {
        NpsTrend.Point p = trend.points().get(i);
        Map<String, Object> m = Json.object();
        m.put("period", p.period().label());
        m.putAll(json(p.tally(), policy));
        if (i > 0) {
          NpsComparison c = trend.changes().get(i - 1).comparison();
          m.put("change", c.difference());
          m.put("changePValue", c.pValue());
        }
        points.add(m);
      }
      out.put("trend", points);
    }
    return out;
  }

  /** The score as the one estimate shape, and the NPS-specific counts beside it. */
  private static Map<String, Object> json(NpsTally tally, Confidence policy) {
    Map<String, Object> m = Json.object();
    m.put("nps", Json.estimate(tally.estimate(policy)));
    m.put("promoters", tally.promoters());
    m.put("passives", tally.passives());
    m.put("detractors", tally.detractors());
    return m;
  }

  static String describe(Estimate e) {
    return String.format(Locale.ROOT, "%s (%s CI %s to %s, ±%s, n=%d)%s", fmt(e.value()), Text.interval(e),
        fmt(e.lower()), fmt(e.upper()), fmt(e.marginOfError()), e.n(),
        e.isBelowMinimum() ? " — below the minimum sample size of " + e.confidence().minimumN() : "");
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String ci(Estimate e) {
    return fmt(e.lower()) + " to " + fmt(e.upper());
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  /** The report's NPS section: the trend with its band, and the score by channel and by team. */
  static void report(ReportContext ctx) {
    List<NpsResponse> all = ctx.data.npsResponses();
    ctx.html.section("nps", "Net Promoter Score");
    NpsTally total = NpsTally.ofResponses(all);
    if (total.isEmpty()) {
      ctx.html.paragraph("No NPS answers in the data.");
      return;
    }
    Estimate overall = total.estimate(ctx.confidence);
    ctx.html.paragraph("Overall NPS " + describe(overall) + ". Intervals are " + Text.interval(overall)
        + " intervals (Rocks 2016); a score from fewer than " + ctx.confidence.minimumN() + " answers is flagged.");
    String per = ctx.unit.name().toLowerCase(Locale.ROOT);
    for (SurveyKind kind : SurveyKind.values()) {
      List<NpsResponse> responses = all.stream().filter(r -> r.survey() == kind).toList();
      NpsTrend trend = NpsTrend.of(responses, ctx.unit, ctx.zone, ctx.confidence);
      if (trend.points().isEmpty()) {
        continue;
      }
      List<String> labels = new ArrayList<>();
      double[] v = new double[trend.points().size()];
      double[] lo = new double[v.length];
      double[] hi = new double[v.length];
      long n = 0;
      for (int i = 0; i < v.length; i++) {
        NpsTrend.Point p = trend.points().get(i);
        labels.add(p.period().label());
        v[i] = p.estimate().value();
        lo[i] = p.estimate().lower();
        hi[i] = p.estimate().upper();
        n += p.tally().count();
      }
      String name = kind.name().toLowerCase(Locale.ROOT);
      Estimate first = trend.points().get(0).estimate();
      String title = Text.adverb(ctx.unit) + " " + name + " NPS";
      ctx.figure("nps-trend-" + name + ".svg",
          Charts.lines(title + " with its " + Text.level(ctx.confidence) + " interval", "NPS", labels,
              List.of(new Charts.Series(name + " NPS", v, lo, hi))),
          title + ", n=" + n + " answers in " + v.length + " " + per + "s with answers; the band is each " + per
              + "'s " + Text.interval(first) + " interval.");
    }
    List<NpsResponse> transactional = all.stream().filter(r -> r.survey() == SurveyKind.TRANSACTIONAL).toList();
    for (Keys key : List.of(Keys.CHANNEL, Keys.TEAM)) {
      Breakdown<String, NpsTally> seg = transactional.stream().collect(Breakdown.sortedBy(key::of, NpsTally.toTally()));
      if (seg.total().isEmpty()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      int k = seg.segments().size();
      double[] v = new double[k];
      double[] lo = new double[k];
      double[] hi = new double[k];
      int i = 0;
      Estimate any = null;
      for (Map.Entry<String, NpsTally> e : seg.segments().entrySet()) {
        Estimate est = e.getValue().estimate(ctx.confidence);
        any = est;
        names.add(e.getKey());
        v[i] = est.value();
        lo[i] = est.lower();
        hi[i] = est.upper();
        notes.add("n=" + est.n() + (est.isBelowMinimum() ? " (" + Text.flag(est) + ")" : ""));
        i++;
      }
      String by = key.name().toLowerCase(Locale.ROOT);
      ctx.figure("nps-by-" + by + ".svg",
          Charts.bars("Transactional NPS by " + by, "NPS", names, v, lo, hi, notes),
          "Transactional NPS by " + by + ", n=" + seg.total().count() + "; error bars are " + Text.interval(any)
              + " intervals.");
    }
  }
}
