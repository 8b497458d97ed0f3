package org.cxkit.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.cxkit.core.feedback.CesResponse;
import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.feedback.SurveyResponse;
import org.cxkit.core.result.Breakdown;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.examples.report.Charts;
import org.cxkit.metrics.satisfaction.Ces;
import org.cxkit.metrics.satisfaction.CesBoxes;
import org.cxkit.metrics.satisfaction.Csat;
import org.cxkit.metrics.satisfaction.DissatisfiedBoxes;
import org.cxkit.metrics.satisfaction.SatisfiedBoxes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cx satisfaction}: CSAT and customer effort, by segment and period. */
@Command(name = "satisfaction", mixinStandardHelpOptions = true,
    description = "CSAT (share of satisfied answers, top-2 box on 1-5, with a Wilson interval, and the mean with a "
        + "Student t interval) and CES (1-7 agreement: mean and share agreeing, 5-7), by segment or, with --period, "
        + "per calendar period.")
final class SatisfactionCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Mixin
  SegmentOptions segment;

  /** With --period, the answers are cut by calendar period instead of by segment. */
  @Mixin
  PeriodOptions period;

  @Mixin
  ConfidenceOptions confidence;

  @Override
  public Integer call() {
    Confidence policy = confidence.confidence();
    var sample = data.load();
    List<CsatResponse> csat = sample.csatResponses();
    List<CesResponse> ces = sample.cesResponses();
    Scale scale = csat.isEmpty() ? Scale.ONE_TO_FIVE : csat.get(0).scale();
    Breakdown<String, Csat> csatBy = csat.stream().collect(Breakdown.sortedBy(this::key, Csat.toCsat(scale)));
    Breakdown<String, Ces> cesBy = ces.stream().collect(Breakdown.sortedBy(this::key, Ces.toCes()));
    String keyName = period.unit().map(u -> u.name().toLowerCase(Locale.ROOT)).orElse(segment.name());
    if (data.json) {
      Map<String, Object> out = Json.object();
      out.put("key", keyName);
      out.put("csatScale", scale.toString());
      out.put("csat", csatBy.total().isEmpty() ? null : csatJson(csatBy.total(), policy));
      out.put("ces", cesBy.total().isEmpty() ? null : cesJson(cesBy.total(), policy));
      List<Object> rows = new ArrayList<>();
      csatBy.segments().forEach((k, c) -> {
        Map<String, Object> m = Json.object();
        m.put("segment", k);
        m.put("csat", c.isEmpty() ? null : csatJson(c, policy));
        Ces e = cesBy.segments().get(k);
        m.put("ces", e == null || e.isEmpty() ? null : cesJson(e, policy));
        rows.add(m);
      });
      out.put("segments", rows);
      System.out.println(Json.write(out));
      return 0;
    }
    if (!csatBy.total().isEmpty()) {
      Csat all = csatBy.total();
      System.out.println("CSAT satisfied " + pct(satisfied(all, policy)) + ", mean " + mean(all.mean(policy)) + " on "
          + scale);
    }
    if (!cesBy.total().isEmpty()) {
      Ces all = cesBy.total();
      System.out.println("CES agreeing " + pct(agreeing(all, policy)) + ", mean " + mean(all.mean(policy)) + " on 1-7");
    }
    System.out.println();
    TextTable t = new TextTable(keyName, "CSAT n", "satisfied", Text.ci(policy), "CSAT mean", "CES n", "CES agreeing",
        "CES mean", "note");
    csatBy.segments().forEach((k, c) -> {
      Ces e = cesBy.segments().getOrDefault(k, Ces.empty());
      Estimate share = c.isEmpty() ? null : satisfied(c, policy);
      t.row(k, c.count(), share == null ? "-" : fmtPct(share.value()),
          share == null ? "" : fmtPct(share.lower()) + " to " + fmtPct(share.upper()),
          c.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", c.mean(policy).value()), e.count(),
          e.isEmpty() ? "-" : fmtPct(agreeing(e, policy).value()),
          e.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", e.mean(policy).value()),
          share == null ? "" : Text.flag(share));
    });
    System.out.print(t);
    return 0;
  }

  private String key(SurveyResponse r) {
    return period.unit().map(u -> CalendarPeriod.containing(r.answeredAt(), period.zone, u).label())
        .orElseGet(() -> segment.of(r));
  }

  /** The satisfied share in the scale's default boxes (top-2 on 1-5). */
  static Estimate satisfied(Csat c, Confidence policy) {
    return c.satisfiedShare(SatisfiedBoxes.defaultFor(c.scale()), policy);
  }

  /** The share agreeing in the default CES boxes (5-7). */
  static Estimate agreeing(Ces c, Confidence policy) {
    return c.agreeingShare(CesBoxes.DEFAULT, policy);
  }

  private static Map<String, Object> csatJson(Csat c, Confidence policy) {
    Map<String, Object> m = Json.object();
    m.put("satisfiedShare", Json.estimate(satisfied(c, policy)));
    m.put("netSatisfaction", Json.estimate(c.netSatisfaction(SatisfiedBoxes.defaultFor(c.scale()),
        DissatisfiedBoxes.defaultFor(c.scale()), policy)));
    m.put("mean", Json.estimate(c.mean(policy)));
    m.put("distribution", c.distribution());
    return m;
  }

  private static Map<String, Object> cesJson(Ces c, Confidence policy) {
    Map<String, Object> m = Json.object();
    m.put("agreeingShare", Json.estimate(agreeing(c, policy)));
    m.put("netEffort", Json.estimate(c.netEffort(CesBoxes.DEFAULT, policy)));
    m.put("mean", Json.estimate(c.mean(policy)));
    m.put("distribution", c.distribution());
    return m;
  }

  static String fmtPct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /**
   * A share with its interval, the interval named from the estimate:
   * {@code 71.3% (95% Wilson CI 70.1% to 72.4%, n=3012)}.
   */
  static String pct(Estimate e) {
    return String.format(Locale.ROOT, "%s (%s CI %s to %s, n=%d)%s", fmtPct(e.value()), Text.interval(e),
        fmtPct(e.lower()), fmtPct(e.upper()), e.n(), e.isBelowMinimum() ? ", " + Text.flag(e) : "");
  }

  /** A mean with its interval: {@code 3.91 (95% Student t CI 3.87 to 3.95)}. */
  static String mean(Estimate e) {
    return String.format(Locale.ROOT, "%.2f (%s CI %.2f to %.2f)", e.value(), Text.interval(e), e.lower(), e.upper());
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
    Confidence policy = ctx.confidence;
    if (!csat.isEmpty()) {
      Scale scale = csat.get(0).scale();
      SatisfiedBoxes boxes = SatisfiedBoxes.defaultFor(scale);
      Csat whole = csat.stream().collect(Csat.toCsat(scale));
      ctx.html.paragraph("CSAT satisfied (" + boxes + " box on " + scale + ") " + pct(satisfied(whole, policy))
          + "; mean " + mean(whole.mean(policy)) + ".");
      for (Keys key : List.of(Keys.CHANNEL, Keys.TEAM)) {
        Breakdown<String, Csat> by = csat.stream().collect(Breakdown.sortedBy(key::of, Csat.toCsat(scale)));
        List<String> names = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<double[]> cis = new ArrayList<>();
        by.segments().forEach((k, c) -> {
          Estimate e = satisfied(c, policy);
          names.add(k);
          notes.add("n=" + e.n() + (e.isBelowMinimum() ? " (" + Text.flag(e) + ")" : ""));
          cis.add(new double[] {100 * e.value(), 100 * e.lower(), 100 * e.upper()});
        });
        String name = key.name().toLowerCase(Locale.ROOT);
        ctx.figure("csat-by-" + name + ".svg", Charts.bars("CSAT: % satisfied by " + name,
            "% satisfied (" + boxes + " box)", names, column(cis, 0), column(cis, 1), column(cis, 2), notes),
            "Share of CSAT answers in the " + boxes + " box per " + name + ", "
                + Text.interval(satisfied(whole, policy)) + " intervals; n=" + by.total().count() + " answers.");
      }

      // Quarters are the calendar's, whatever month the data starts in.
      Breakdown<String, Breakdown<CalendarPeriod, Csat>> byTeamQuarter = csat.stream().collect(Breakdown.sortedBy(
          Keys.TEAM::of, Breakdown.sortedBy(r -> CalendarPeriod.containing(r.answeredAt(), ctx.zone,
              CalendarUnit.QUARTER), Csat.toCsat(scale))));
      TreeSet<CalendarPeriod> quarters = new TreeSet<>();
      byTeamQuarter.segments().values().forEach(b -> quarters.addAll(b.segments().keySet()));
      List<CalendarPeriod> qs = new ArrayList<>(quarters);
      List<Charts.Series> series = new ArrayList<>();
      byTeamQuarter.segments().forEach((team, b) -> {
        double[] v = new double[qs.size()];
        double[] lo = new double[qs.size()];
        double[] hi = new double[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
          Csat c = b.segments().get(qs.get(i));
          Estimate e = c == null ? null : satisfied(c, policy);
          if (e == null || e.isBelowMinimum()) {
            v[i] = lo[i] = hi[i] = Double.NaN;
          } else {
            v[i] = 100 * e.value();
            lo[i] = 100 * e.lower();
            hi[i] = 100 * e.upper();
          }
        }
        series.add(new Charts.Series(team, v, lo, hi));
      });
      series.removeIf(s -> Arrays.stream(s.values()).allMatch(Double::isNaN));
      ctx.figure("csat-by-team-quarterly.svg", Charts.lines("CSAT: % satisfied by team, per quarter", "% satisfied",
          qs.stream().map(CalendarPeriod::label).toList(), series),
          "Quarterly CSAT satisfied share per team with " + Text.interval(satisfied(whole, policy)) + " bands; "
              + "quarters with fewer than " + policy.minimumN() + " answers are left out; n=" + csat.size()
              + " answers.");
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
          counts), "Distribution of CES answers, n=" + all.count() + "; mean " + mean(all.mean(policy))
          + ", agreeing (" + CesBoxes.DEFAULT.lowestAgreeing() + "-7) " + pct(agreeing(all, policy)) + ".");
    }
  }

  private static double[] column(List<double[]> rows, int i) {
    return rows.stream().mapToDouble(r -> r[i]).toArray();
  }
}
