package org.cxkit.examples.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.feedback.SurveyKind;
import org.cxkit.examples.report.Charts;
import org.cxkit.metrics.nps.CalendarPeriod;
import org.cxkit.metrics.nps.NpsEstimate;
import org.cxkit.metrics.nps.NpsPolicy;
import org.cxkit.metrics.nps.NpsSegments;
import org.cxkit.metrics.nps.NpsTally;
import org.cxkit.metrics.nps.NpsTrend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx nps}: Net Promoter Score overall, by segment and over time. */
@Command(name = "nps", mixinStandardHelpOptions = true,
    description = {"Net Promoter Score: %% promoters (9-10) - %% detractors (0-6), each figure with its n and "
        + "95%% adjusted-Wald interval (Rocks 2016), flagged when n < 30."})
final class NpsCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Option(names = "--segment", paramLabel = "KEY", defaultValue = "channel",
      description = "Cut by: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Keys segment;

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "Also show the trend per period: ${COMPLETION-CANDIDATES}.")
  CalendarPeriod period;

  @Option(names = "--survey", paramLabel = "KIND",
      description = "Only relationship or transactional answers: ${COMPLETION-CANDIDATES} (default: both).")
  SurveyKind survey;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "Time zone of the periods (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Override
  public Integer call() {
    List<NpsResponse> responses = data.load().npsResponses().stream()
        .filter(r -> survey == null || r.survey() == survey).toList();
    NpsSegments<String> bySegment = responses.stream().collect(NpsSegments.toSegments(r -> segment.of(r)));
    NpsTrend trend = period == null ? null : NpsTrend.of(responses, period, zone, NpsPolicy.DEFAULT);
    if (data.json) {
      System.out.println(Json.write(json(bySegment, trend)));
      return 0;
    }
    NpsTally total = bySegment.total();
    if (total.isEmpty()) {
      System.out.println("No NPS answers" + (survey == null ? "" : " in " + survey.name().toLowerCase(Locale.ROOT)
          + " surveys") + ".");
      return 0;
    }
    System.out.println("NPS " + describe(total.estimate()));
    System.out.println();
    TextTable table = new TextTable(segment.name().toLowerCase(Locale.ROOT), "n", "NPS", "95% CI", "promoters",
        "detractors", "note");
    bySegment.tallies().forEach((key, tally) -> {
      NpsEstimate e = tally.estimate();
      table.row(key, tally.n(), fmt(e.value()), ci(e), pct(tally.promoterShare()), pct(tally.detractorShare()),
          e.isBelowMinimum() ? "n < 30" : "");
    });
    System.out.print(table);
    if (trend != null) {
      System.out.println();
      TextTable t = new TextTable("period", "n", "NPS", "95% CI", "change", "p");
      List<NpsTrend.Point> points = trend.points();
      for (int i = 0; i < points.size(); i++) {
        NpsTrend.Point p = points.get(i);
        String change = i == 0 ? "" : fmt(trend.changes().get(i - 1).comparison().difference());
        String pValue = i == 0 ? "" : String.format(Locale.ROOT, "%.3f", trend.changes().get(i - 1).comparison().pValue());
        t.row(period.label(p.start()), p.tally().n(), fmt(p.estimate().value()), ci(p.estimate()), change, pValue);
      }
      System.out.print(t);
    }
    return 0;
  }

  private Map<String, Object> json(NpsSegments<String> bySegment, NpsTrend trend) {
    Map<String, Object> out = Json.object();
    out.put("overall", bySegment.total().isEmpty() ? null : json(bySegment.total()));
    out.put("segmentKey", segment.name().toLowerCase(Locale.ROOT));
    List<Object> segments = new ArrayList<>();
    bySegment.tallies().forEach((key, tally) -> {
      Map<String, Object> s = json(tally);
      s.put("segment", key);
      segments.add(s);
    });
    out.put("segments", segments);
    if (trend != null) {
      List<Object> points = new ArrayList<>();
      for (int i = 0; i < trend.points().size(); i++) {
        NpsTrend.Point p = trend.points().get(i);
        Map<String, Object> m = json(p.tally());
        m.put("period", period.label(p.start()));
        if (i > 0) {
          m.put("change", trend.changes().get(i - 1).comparison().difference());
          m.put("changePValue", trend.changes().get(i - 1).comparison().pValue());
        }
        points.add(m);
      }
      out.put("trend", points);
    }
    return out;
  }

  private static Map<String, Object> json(NpsTally tally) {
    Map<String, Object> m = Json.object();
    NpsEstimate e = tally.estimate();
    m.put("nps", e.value());
    m.put("n", tally.n());
    m.put("lower", e.lower());
    m.put("upper", e.upper());
    m.put("marginOfError", e.marginOfError());
    m.put("promoters", tally.promoters());
    m.put("passives", tally.passives());
    m.put("detractors", tally.detractors());
    m.put("belowMinimum", e.isBelowMinimum());
    return m;
  }

  static String describe(NpsEstimate e) {
    return String.format(Locale.ROOT, "%s (95%% CI %s to %s, ±%s, n=%d)%s", fmt(e.value()), fmt(e.lower()),
        fmt(e.upper()), fmt(e.marginOfError()), e.n(), e.isBelowMinimum() ? " — below the minimum sample size" : "");
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String ci(NpsEstimate e) {
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
    ctx.html.paragraph("Overall NPS " + describe(total.estimate()) + ". Intervals are 95% adjusted Wald (Rocks 2016); "
        + "a score from fewer than 30 answers is flagged.");
    for (SurveyKind kind : SurveyKind.values()) {
      List<NpsResponse> responses = all.stream().filter(r -> r.survey() == kind).toList();
      NpsTrend trend = NpsTrend.of(responses, CalendarPeriod.MONTH, ctx.zone, NpsPolicy.DEFAULT);
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
        labels.add(CalendarPeriod.MONTH.label(p.start()));
        v[i] = p.estimate().value();
        lo[i] = p.estimate().lower();
        hi[i] = p.estimate().upper();
        n += p.tally().n();
      }
      String name = kind.name().toLowerCase(Locale.ROOT);
      ctx.figure("nps-trend-" + name + ".svg",
          Charts.lines("Monthly " + name + " NPS with its 95% interval", "NPS", labels,
              List.of(new Charts.Series(name + " NPS", v, lo, hi))),
          "Monthly " + name + " NPS, n=" + n + " answers in " + v.length + " months; the band is each month's "
              + "95% adjusted-Wald interval.");
    }
    List<NpsResponse> transactional = all.stream().filter(r -> r.survey() == SurveyKind.TRANSACTIONAL).toList();
    for (Keys key : List.of(Keys.CHANNEL, Keys.TEAM)) {
      NpsSegments<String> seg = transactional.stream().collect(NpsSegments.toSegments(r -> key.of(r)));
      if (seg.total().isEmpty()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      int k = seg.tallies().size();
      double[] v = new double[k];
      double[] lo = new double[k];
      double[] hi = new double[k];
      int i = 0;
      for (Map.Entry<String, NpsTally> e : seg.tallies().entrySet()) {
        NpsEstimate est = e.getValue().estimate();
        names.add(e.getKey());
        v[i] = est.value();
        lo[i] = est.lower();
        hi[i] = est.upper();
        notes.add("n=" + est.n() + (est.isBelowMinimum() ? " (n<30)" : ""));
        i++;
      }
      String by = key.name().toLowerCase(Locale.ROOT);
      ctx.figure("nps-by-" + by + ".svg",
          Charts.bars("Transactional NPS by " + by, "NPS", names, v, lo, hi, notes),
          "Transactional NPS by " + by + ", n=" + seg.total().n() + "; error bars are 95% adjusted-Wald intervals.");
    }
  }
}
