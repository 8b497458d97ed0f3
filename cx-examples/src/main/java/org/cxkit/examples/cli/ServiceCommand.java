package org.cxkit.examples.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.cxkit.core.result.Breakdown;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.examples.report.Charts;
import org.cxkit.metrics.satisfaction.service.DurationDistribution;
import org.cxkit.metrics.satisfaction.service.FcrDefinition;
import org.cxkit.metrics.satisfaction.service.FirstContactResolution;
import org.cxkit.metrics.satisfaction.service.ServiceTimes;
import org.cxkit.metrics.satisfaction.trend.RiseDetector;
import org.cxkit.metrics.satisfaction.trend.TicketTrends;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx service}: first response and resolution times, first contact resolution, ticket trends. */
@Command(name = "service", mixinStandardHelpOptions = true,
    description = "Service-desk figures from tickets: first response and final resolution times as distributions "
        + "(median and p90, Hyndman-Fan type 7; open tickets counted apart, never as zero), first contact resolution "
        + "(one contact, never reopened) with a Wilson interval, and abnormal rises in ticket counts per "
        + "category and calendar period (--period, default: month; exact conditional binomial test against the "
        + "previous 8 periods, alpha 0.001).")
final class ServiceCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  /** What tickets can be cut by. */
  enum TicketKey {
    CHANNEL(t -> t.channel().toString()),
    TEAM(t -> t.team().map(Object::toString).orElse(Keys.NONE)),
    CATEGORY(Ticket::category);

    final Function<Ticket, String> key;

    TicketKey(Function<Ticket, String> key) {
      this.key = key;
    }
  }

  @Option(names = "--segment", paramLabel = "KEY", defaultValue = "channel",
      description = "Cut by: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  TicketKey segment;

  /** The period of the ticket trends; month unless given. */
  @Mixin
  PeriodOptions period;

  @Mixin
  ConfidenceOptions confidence;

  @Override
  public Integer call() {
    Confidence policy = confidence.confidence();
    List<Ticket> tickets = data.load().tickets();
    Breakdown<String, ServiceTimes> times = tickets.stream()
        .collect(Breakdown.sortedBy(segment.key, ServiceTimes.toServiceTimes()));
    Breakdown<String, FirstContactResolution> fcr = tickets.stream()
        .collect(Breakdown.sortedBy(segment.key, FirstContactResolution.toFcr(FcrDefinition.oneContact())));
    TicketTrends trends = tickets.stream()
        .collect(TicketTrends.toTrends(period.zone, period.unitOr(CalendarUnit.MONTH)));
    List<RiseDetector.Rise> rises = rises(trends);
    if (data.json) {
      Map<String, Object> out = Json.object();
      out.put("segmentKey", segment.name().toLowerCase(Locale.ROOT));
      out.put("periodUnit", trends.unit().name().toLowerCase(Locale.ROOT));
      List<Object> rows = new ArrayList<>();
      times.segments().forEach((k, s) -> {
        Map<String, Object> m = Json.object();
        m.put("segment", k);
        m.put("tickets", s.count());
        m.put("firstResponse", json(s.firstResponse()));
        m.put("finalResolution", json(s.finalResolution()));
        FirstContactResolution f = fcr.segments().get(k);
        m.put("firstContactResolution", f.judgedCount() == 0 ? null : Json.estimate(f.rate(policy)));
        rows.add(m);
      });
      out.put("segments", rows);
      List<Object> flagged = new ArrayList<>();
      for (RiseDetector.Rise r : rises) {
        Map<String, Object> m = Json.object();
        m.put("category", r.category());
        m.put("period", r.period().label());
        m.put("count", r.test().count());
        m.put("expected", r.test().expected());
        m.put("pValue", r.test().pValue());
        flagged.add(m);
      }
      out.put("abnormalRises", flagged);
      System.out.println(Json.write(out));
      return 0;
    }
    TextTable t = new TextTable(segment.name().toLowerCase(Locale.ROOT), "tickets", "1st response median", "p90",
        "unanswered", "resolution median", "p90", "open", "FCR", Text.ci(policy), "note");
    times.segments().forEach((k, s) -> {
      FirstContactResolution f = fcr.segments().get(k);
      Estimate rate = f.judgedCount() == 0 ? null : f.rate(policy);
      t.row(k, s.count(), human(s.firstResponse(), true), human(s.firstResponse(), false),
          s.firstResponse().openCount(), human(s.finalResolution(), true), human(s.finalResolution(), false),
          s.finalResolution().openCount(), rate == null ? "-" : SatisfactionCommand.fmtPct(rate.value()),
          rate == null ? "" : SatisfactionCommand.fmtPct(rate.lower()) + " to "
              + SatisfactionCommand.fmtPct(rate.upper()), rate == null ? "" : Text.flag(rate));
    });
    System.out.print(t);
    System.out.println();
    System.out.println("Top categories: " + String.join(", ", trends.topCategories(5).stream()
        .map(c -> c.category() + " (" + c.tickets() + ")").toList()));
    if (rises.isEmpty()) {
      System.out.println("No abnormal rise in ticket counts.");
    }
    for (RiseDetector.Rise r : rises) {
      System.out.printf(Locale.ROOT, "Abnormal rise: %s in %s, %d tickets against %.1f expected (p = %.2g)%n",
          r.category(), r.period().label(), r.test().count(), r.test().expected(), r.test().pValue());
    }
    return 0;
  }

  /** The rises the default detector flags, once there are more periods than its window. */
  static List<RiseDetector.Rise> rises(TicketTrends trends) {
    RiseDetector detector = RiseDetector.withDefaults();
    return trends.periods().size() > detector.window() ? detector.detect(trends) : List.of();
  }

  private static Map<String, Object> json(DurationDistribution d) {
    Map<String, Object> m = Json.object();
    m.put("count", d.count());
    m.put("open", d.openCount());
    m.put("medianSeconds", d.isEmpty() ? null : d.median().toSeconds());
    m.put("p90Seconds", d.isEmpty() ? null : d.p90().toSeconds());
    m.put("meanSeconds", d.isEmpty() ? null : d.mean().toSeconds());
    return m;
  }

  static String human(DurationDistribution d, boolean median) {
    if (d.isEmpty()) {
      return "-";
    }
    Duration x = median ? d.median() : d.p90();
    return x.toHours() >= 48 ? String.format(Locale.ROOT, "%.1f d", x.toMinutes() / 1440.0)
        : String.format(Locale.ROOT, "%.1f h", x.toMinutes() / 60.0);
  }

  /** The report's service section: time distributions, FCR, and ticket trends with the flagged rise. */
  static void report(ReportContext ctx) {
    ctx.html.section("service", "Service desk");
    List<Ticket> tickets = ctx.data.tickets();
    if (tickets.isEmpty()) {
      ctx.html.paragraph("No tickets in the data.");
      return;
    }
    ServiceTimes all = tickets.stream().collect(ServiceTimes.toServiceTimes());
    FirstContactResolution fcr = tickets.stream().collect(FirstContactResolution.toFcr(FcrDefinition.oneContact()));
    ctx.html.paragraph(String.format(Locale.ROOT, "%d tickets. First response: median %s, p90 %s (%d unanswered). "
            + "Final resolution: median %s, p90 %s (%d open). First contact resolution %s.", all.count(),
        human(all.firstResponse(), true), human(all.firstResponse(), false), all.firstResponse().openCount(),
        human(all.finalResolution(), true), human(all.finalResolution(), false), all.finalResolution().openCount(),
        fcr.judgedCount() == 0 ? "not judged" : SatisfactionCommand.pct(fcr.rate(ctx.confidence))));
    for (boolean response : new boolean[] {true, false}) {
      DurationDistribution d = response ? all.firstResponse() : all.finalResolution();
      if (d.isEmpty()) {
        continue;
      }
      double[] edges = response ? new double[] {0, 1, 2, 4, 8, 12, 24, 48, 72, 120, Double.POSITIVE_INFINITY}
          : new double[] {0, 4, 8, 24, 48, 72, 120, 168, 336, 720, Double.POSITIVE_INFINITY};
      double[] counts = new double[edges.length - 1];
      for (long nanos : d.toSortedNanos()) {
        double hours = nanos / 3.6e12;
        for (int i = 0; i < counts.length; i++) {
          if (hours < edges[i + 1]) {
            counts[i]++;
            break;
          }
        }
      }
      List<String> bins = new ArrayList<>();
      for (int i = 0; i < counts.length; i++) {
        bins.add(Double.isInfinite(edges[i + 1]) ? ">= " + (long) edges[i] + " h"
            : (long) edges[i] + "-" + (long) edges[i + 1] + " h");
      }
      String what = response ? "first response" : "final resolution";
      ctx.figure("service-" + (response ? "first-response" : "resolution") + ".svg",
          Charts.histogram("Time to " + what, "tickets", bins, counts),
          "Time from opening to " + what + ", n=" + d.count() + " tickets; " + d.openCount()
              + " still open are counted apart, not as zero. Median " + human(d, true) + ", p90 " + human(d, false)
              + ".");
    }
    TicketTrends trends = tickets.stream().collect(TicketTrends.toTrends(ctx.zone, ctx.unit));
    List<RiseDetector.Rise> rises = rises(trends);
    String per = ctx.unit.name().toLowerCase(Locale.ROOT);
    List<Charts.Series> series = new ArrayList<>();
    for (TicketTrends.CategoryCount c : trends.topCategories(6)) {
      series.add(Charts.Series.of(c.category(), Arrays.stream(trends.series(c.category()))
          .asDoubleStream().toArray()));
    }
    StringBuilder caption = new StringBuilder("Tickets per " + per + " for the six most frequent categories, n="
        + trends.count() + ". Rises tested against the previous " + RiseDetector.DEFAULT_WINDOW + " " + per
        + "s (exact conditional binomial test, alpha " + RiseDetector.DEFAULT_ALPHA + "):");
    if (rises.isEmpty()) {
      caption.append(" none flagged.");
    }
    rises.stream().sorted(Comparator.comparingDouble(r -> r.test().pValue())).forEach(r -> caption.append(
        String.format(Locale.ROOT, " %s in %s, %d against %.1f expected (p = %.2g);", r.category(), r.period().label(),
            r.test().count(), r.test().expected(), r.test().pValue())));
    ctx.figure("service-ticket-trends.svg", Charts.lines("Tickets per " + per + " by category", "tickets",
        trends.periods().stream().map(CalendarPeriod::label).toList(), series), caption.toString());
  }
}
