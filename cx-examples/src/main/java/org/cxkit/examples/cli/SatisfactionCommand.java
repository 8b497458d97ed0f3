package org.cxkit.examples.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.cxkit.core.feedback.CesResponse;
import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.scale.Scale;
import org.cxkit.examples.report.Charts;
import org.cxkit.metrics.satisfaction.Breakdown;
import org.cxkit.metrics.satisfaction.Ces;
import org.cxkit.metrics.satisfaction.Csat;
import org.cxkit.metrics.satisfaction.Granularity;
import org.cxkit.metrics.satisfaction.ReportingPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx satisfaction}: CSAT and customer effort, by segment and period. */
@Command(name = "satisfaction", mixinStandardHelpOptions = true,
    description = "CSAT (share of satisfied answers, top-2 box on 1-5, with a 95%% Wilson interval, and the mean) and "
        + "CES (1-7 agreement: mean and share agreeing, 5-7), by segment and, with --period, per period.")
final class SatisfactionCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Option(names = "--segment", paramLabel = "KEY", defaultValue = "channel",
      description = "Cut by: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Keys segment;

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "Cut by period instead: ${COMPLETION-CANDIDATES}.")
  Granularity period;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "Time zone of the periods (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Override
  public Integer call() {
    var sample = data.load();
    List<CsatResponse> csat = sample.csatResponses();
    List<CesResponse> ces = sample.cesResponses();
    Scale scale = csat.isEmpty() ? Scale.ONE_TO_FIVE : csat.get(0).scale();
    Breakdown<String, Csat> csatBy = csat.stream().collect(Breakdown.sortedBy(this::key, Csat.toCsat(scale)));
    Breakdown<String, Ces> cesBy = ces.stream().collect(Breakdown.sortedBy(this::key, Ces.toCes()));
    String keyName = period == null ? segment.name().toLowerCase(Locale.ROOT) : period.name().toLowerCase(Locale.ROOT);
    if (data.json) {
      Map<String, Object> out = Json.object();
      out.put("key", keyName);
      out.put("csatScale", scale.toString());
      out.put("csat", csatBy.total().isEmpty() ? null : csatJson(csatBy.total()));
      out.put("ces", cesBy.total().isEmpty() ? null : cesJson(cesBy.total()));
      List<Object> rows = new ArrayList<>();
      csatBy.segments().forEach((k, c) -> {
        Map<String, Object> m = Json.object();
        m.put("segment", k);
        m.put("csat", c.isEmpty() ? null : csatJson(c));
        Ces e = cesBy.segments().get(k);
        m.put("ces", e == null || e.isEmpty() ? null : cesJson(e));
        rows.add(m);
      });
      out.put("segments", rows);
      System.out.println(Json.write(out));
      return 0;
    }
    if (!csatBy.total().isEmpty()) {
      System.out.println("CSAT satisfied " + pct(csatBy.total().satisfiedShare()) + ", mean "
          + mean(csatBy.total().mean()) + " on " + scale);
    }
    if (!cesBy.total().isEmpty()) {
      System.out.println("CES agreeing " + pct(cesBy.total().agreeingShare()) + ", mean " + mean(cesBy.total().mean())
          + " on 1-7");
    }
    System.out.println();
    TextTable t = new TextTable(keyName, "CSAT n", "satisfied", "95% CI", "CSAT mean", "CES n", "CES agreeing",
        "CES mean");
    csatBy.segments().forEach((k, c) -> {
      Ces e = cesBy.segments().getOrDefault(k, Ces.empty());
      t.row(k, c.count(), c.isEmpty() ? "-" : fmtPct(c.satisfiedShare().value()),
          c.isEmpty() ? "" : fmtPct(c.satisfiedShare().lower()) + " to " + fmtPct(c.satisfiedShare().upper()),
          c.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", c.mean().value()), e.count(),
          e.isEmpty() ? "-" : fmtPct(e.agreeingShare().value()),
          e.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", e.mean().value()));
    });
    System.out.print(t);
    return 0;
  }

  private String key(org.cxkit.core.feedback.SurveyResponse r) {
    return period == null ? segment.of(r) : Periods.label(ReportingPeriod.of(r.answeredAt(), zone, period));
  }

  private static Map<String, Object> csatJson(Csat c) {
    Map<String, Object> m = Json.object();
    m.put("satisfiedShare", Json.estimate(c.satisfiedShare()));
    m.put("mean", Json.estimate(c.mean()));
    m.put("distribution", c.distribution());
    return m;
  }

  private static Map<String, Object> cesJson(Ces c) {
    Map<String, Object> m = Json.object();
    m.put("agreeingShare", Json.estimate(c.agreeingShare()));
    m.put("mean", Json.estimate(c.mean()));
    m.put("distribution", c.distribution());
    return m;
  }

  static String fmtPct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  static String pct(Estimate e) {
    return String.format(Locale.ROOT, "%s (95%% CI %s to %s, n=%d)", fmtPct(e.value()), fmtPct(e.lower()),
        fmtPct(e.upper()), e.n());
  }

  static String mean(Estimate e) {
    return String.format(Locale.ROOT, "%.2f (95%% CI %.2f to %.2f)", e.value(), e.lower(), e.upper());
  }

  /** The report's satisfaction section: CSAT by channel and by team over time, and the CES distribution. */
  static void report(ReportContext ctx) {
    ctx.html.section("satisfaction", "Satisfaction (CSAT) and effort (CES)");
    List<CsatResponse> csat = ctx.data.csatResponses();
    List<CesResponse> ces = ctx.data.cesResponses();
    if (csat.isEmpty() && ces.isEmpty()) {
      ctx.html.paragraph("No CSAT or CES answers in the data.");
      return;
    }
    if (!csat.isEmpty()) {
      Scale scale = csat.get(0).scale();
      Breakdown<String, Csat> byChannel = csat.stream().collect(Breakdown.sortedBy(Keys.CHANNEL::of, Csat.toCsat(scale)));
      ctx.html.paragraph("CSAT satisfied (top-2 box on " + scale + ") " + pct(byChannel.total().satisfiedShare())
          + "; mean " + mean(byChannel.total().mean()) + ".");
      for (Keys key : List.of(Keys.CHANNEL, Keys.TEAM)) {
        Breakdown<String, Csat> by = csat.stream().collect(Breakdown.sortedBy(key::of, Csat.toCsat(scale)));
        List<String> names = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<double[]> cis = new ArrayList<>();
        by.segments().forEach((k, c) -> {
          if (!c.isEmpty()) {
            Estimate e = c.satisfiedShare();
            names.add(k);
            notes.add("n=" + e.n());
            cis.add(new double[] {100 * e.value(), 100 * e.lower(), 100 * e.upper()});
          }
        });
        String name = key.name().toLowerCase(Locale.ROOT);
        ctx.figure("csat-by-" + name + ".svg", Charts.bars("CSAT: % satisfied by " + name, "% satisfied (top-2 box)",
            names, column(cis, 0), column(cis, 1), column(cis, 2), notes),
            "Share of CSAT answers in the top two boxes per " + name + ", 95% Wilson intervals; n="
                + by.total().count() + " answers.");
      }

      Breakdown<String, Breakdown<ReportingPeriod, Csat>> byTeamQuarter = csat.stream().collect(Breakdown.sortedBy(
          Keys.TEAM::of, Breakdown.sortedBy(r -> ReportingPeriod.of(r.answeredAt(), ctx.zone, Granularity.QUARTER),
              Csat.toCsat(scale))));
      TreeSet<ReportingPeriod> quarters = new TreeSet<>();
      byTeamQuarter.segments().values().forEach(b -> quarters.addAll(b.segments().keySet()));
      List<ReportingPeriod> qs = new ArrayList<>(quarters);
      List<Charts.Series> series = new ArrayList<>();
      byTeamQuarter.segments().forEach((team, b) -> {
        double[] v = new double[qs.size()];
        double[] lo = new double[qs.size()];
        double[] hi = new double[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
          Csat c = b.segments().get(qs.get(i));
          if (c == null || c.count() < 30) {
            v[i] = lo[i] = hi[i] = Double.NaN;
          } else {
            v[i] = 100 * c.satisfiedShare().value();
            lo[i] = 100 * c.satisfiedShare().lower();
            hi[i] = 100 * c.satisfiedShare().upper();
          }
        }
        series.add(new Charts.Series(team, v, lo, hi));
      });
      series.removeIf(s -> Arrays.stream(s.values()).allMatch(Double::isNaN));
      ctx.figure("csat-by-team-quarterly.svg", Charts.lines("CSAT: % satisfied by team, per quarter", "% satisfied", qs.stream()
          .map(Periods::label).toList(), series),
          "Quarterly CSAT satisfied share per team with 95% Wilson bands; quarters with fewer than 30 answers are "
              + "left out; n=" + csat.size() + " answers.");
    }
    if (!ces.isEmpty()) {
      Ces all = Ces.fromScores(ces.stream().map(CesResponse::score).toList()).value();
      List<String> bins = new ArrayList<>();
      double[] counts = new double[7];
      for (int s = 1; s <= 7; s++) {
        bins.add(Integer.toString(s));
        counts[s - 1] = all.count(s);
      }
      ctx.figure("ces-distribution.svg", Charts.histogram("CES: \"The company made it easy\" (1-7)", "answers", bins,
          counts), "Distribution of CES answers, n=" + all.count() + "; mean " + mean(all.mean()) + ", agreeing (5-7) "
          + pct(all.agreeingShare()) + ".");
    }
  }

  private static double[] column(List<double[]> rows, int i) {
    return rows.stream().mapToDouble(r -> r[i]).toArray();
  }
}
