package org.cxkit.examples.cli;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.customer.Customer;
import org.cxkit.core.result.Estimate;
import org.cxkit.examples.report.Charts;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.churn.ChurnRates;
import org.cxkit.metrics.churn.Cohort;
import org.cxkit.metrics.churn.CohortTable;
import org.cxkit.metrics.churn.PeriodChurn;
import org.cxkit.metrics.churn.PeriodGrid;
import org.cxkit.metrics.churn.ReasonTrend;
import org.cxkit.metrics.churn.survival.LogRankTest;
import org.cxkit.metrics.churn.survival.SurvivalCurve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx churn}: monthly churn and revenue retention, survival by plan, and churn reasons. */
@Command(name = "churn", mixinStandardHelpOptions = true,
    description = "Monthly customer churn (lost / active at the start of the month, joiners apart), gross and net "
        + "revenue retention, Kaplan-Meier survival by plan with a log-rank test, and whether each churn reason "
        + "is rising (Cochran-Armitage).")
final class ChurnCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "Time zone of the months (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  /** What the churn figures rest on, computed once for the command and the report alike. */
  record Figures(Currency currency, PeriodGrid grid, Instant asOf, List<PeriodChurn> months,
      Map<String, SurvivalCurve> survivalByPlan, CohortTable cohorts, long setAside) {

    static Figures of(SampleData data, ZoneId zone) {
      List<Subscription> subs = data.subscriptions();
      if (subs.isEmpty()) {
        throw new BadDataException("No subscriptions in the data: churn needs subscriptions.csv");
      }
      Currency currency = subs.get(0).revenue().get(0).recurring().currency();
      Instant first = subs.stream().map(Subscription::startedAt).min(Comparator.naturalOrder()).orElseThrow();
      Instant last = subs.stream().flatMap(s -> {
        List<Instant> events = new ArrayList<>();
        events.add(s.startedAt());
        s.endedAt().ifPresent(events::add);
        s.revenue().stream().map(RevenueChange::effectiveFrom).forEach(events::add);
        return events.stream();
      }).max(Comparator.naturalOrder()).orElseThrow();
      YearMonth from = YearMonth.from(first.atZone(zone));
      YearMonth to = YearMonth.from(last.atZone(zone));
      int size = (int) ChronoUnit.MONTHS.between(from, to) + 1;
      PeriodGrid grid = PeriodGrid.monthly(from, size, zone);
      Instant asOf = to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      var months = PeriodChurn.series(subs, grid, currency);
      Map<String, String> plans = new HashMap<>();
      for (Customer c : data.customers()) {
        plans.put(c.id().value(), c.plan().orElse(Keys.NONE));
      }
      var survival = SurvivalCurve.bySegment(subs, s -> plans.getOrDefault(s.customer().value(), Keys.NONE), asOf,
          ChronoUnit.DAYS);
      var cohorts = CohortTable.of(subs, grid, asOf, currency);
      return new Figures(currency, grid, asOf, months.value(), new TreeMap<>(survival.value()),
          cohorts.value(), months.setAside().size());
    }

    /** Lost over active at start, pooled over every month. */
    double pooledMonthlyChurn() {
      long lost = 0;
      long atStart = 0;
      for (PeriodChurn m : months) {
        lost += m.lost();
        atStart += m.atStart();
      }
      return atStart == 0 ? Double.NaN : (double) lost / atStart;
    }

    List<ChurnReason> reasons() {
      TreeSet<String> names = new TreeSet<>();
      months.forEach(m -> m.departuresByReason().keySet().forEach(r -> names.add(r.name())));
      return names.stream().map(ChurnReason::of).toList();
    }
  }

  @Override
  public Integer call() {
    Figures f = Figures.of(data.load(), zone);
    if (data.json) {
      System.out.println(Json.write(json(f)));
      return 0;
    }
    TextTable table = new TextTable("month", "at start", "lost", "joined", "churn", "95% CI", "GRR", "NRR");
    for (PeriodChurn m : f.months()) {
      String label = YearMonth.from(m.period().start().atZone(zone)).toString();
      if (m.atStart() == 0) {
        table.row(label, 0, m.lost(), m.joined(), "-", "", "-", "-");
        continue;
      }
      Estimate c = m.churnRate();
      table.row(label, m.atStart(), m.lost(), m.joined(), pct(c.value()), pct(c.lower()) + " to " + pct(c.upper()),
          pct(m.grossRevenueRetention()), pct(m.netRevenueRetention()));
    }
    System.out.print(table);
    double monthly = f.pooledMonthlyChurn();
    if (!Double.isNaN(monthly)) {
      System.out.printf(Locale.ROOT, "%nPooled monthly churn %s, compounding to %s a year (not x12).%n",
          pct(monthly), pct(ChurnRates.monthlyToAnnual(monthly)));
    }
    System.out.println();
    TextTable survival = new TextTable("plan", "customers", "churned", "median lifetime (days)", "S(365 days)",
        "95% CI");
    f.survivalByPlan().forEach((plan, curve) -> {
      Estimate s = curve.survivalAt(365);
      OptionalDouble median = curve.medianLifetime();
      survival.row(plan, curve.size(), curve.churnCount(),
          median.isPresent() ? String.format(Locale.ROOT, "%.0f", median.getAsDouble()) : "not reached",
          pct(s.value()), pct(s.lower()) + " to " + pct(s.upper()));
    });
    System.out.print(survival);
    logRank(f).ifPresent(System.out::println);
    System.out.println();
    TextTable reasons = new TextTable("reason", "departures", "share", "trend p (rising)", "rising at 5%");
    long departures = f.months().stream().mapToLong(PeriodChurn::departures).sum();
    for (ChurnReason r : f.reasons()) {
      long n = f.months().stream().mapToLong(m -> m.departuresFor(r)).sum();
      ReasonTrend trend = ReasonTrend.of(f.months(), r);
      reasons.row(r, n, pct((double) n / departures), String.format(Locale.ROOT, "%.2g", trend.test().pValueRising()),
          trend.isRising(0.05) ? "yes" : "no");
    }
    System.out.print(reasons);
    return 0;
  }

  private static Optional<String> logRank(Figures f) {
    List<Map.Entry<String, SurvivalCurve>> plans = new ArrayList<>(f.survivalByPlan().entrySet());
    plans.sort(Comparator.comparingLong((Map.Entry<String, SurvivalCurve> e) -> e.getValue().size()).reversed());
    if (plans.size() < 2) {
      return Optional.empty();
    }
    LogRankTest t = LogRankTest.of(plans.get(0).getValue(), plans.get(1).getValue());
    return Optional.of(String.format(Locale.ROOT, "Log-rank %s vs %s: chi-square %.2f, p = %.3g",
        plans.get(0).getKey(), plans.get(1).getKey(), t.chiSquare(), t.pValue()));
  }

  private Map<String, Object> json(Figures f) {
    Map<String, Object> out = Json.object();
    out.put("currency", f.currency().getCurrencyCode());
    List<Object> months = new ArrayList<>();
    for (PeriodChurn m : f.months()) {
      Map<String, Object> j = Json.object();
      j.put("month", YearMonth.from(m.period().start().atZone(zone)).toString());
      j.put("atStart", m.atStart());
      j.put("lost", m.lost());
      j.put("joined", m.joined());
      j.put("churnRate", m.atStart() == 0 ? null : Json.estimate(m.churnRate()));
      j.put("grossRevenueRetention", m.atStart() == 0 ? null : m.grossRevenueRetention());
      j.put("netRevenueRetention", m.atStart() == 0 ? null : m.netRevenueRetention());
      months.add(j);
    }
    out.put("months", months);
    double monthly = f.pooledMonthlyChurn();
    out.put("pooledMonthlyChurn", Double.isNaN(monthly) ? null : monthly);
    out.put("annualChurn", Double.isNaN(monthly) ? null : ChurnRates.monthlyToAnnual(monthly));
    Map<String, Object> survival = new LinkedHashMap<>();
    f.survivalByPlan().forEach((plan, curve) -> {
      Map<String, Object> j = Json.object();
      j.put("customers", curve.size());
      j.put("churned", curve.churnCount());
      j.put("medianLifetimeDays", curve.medianLifetime().isPresent() ? curve.medianLifetime().getAsDouble() : null);
      j.put("survivalAt365Days", Json.estimate(curve.survivalAt(365)));
      survival.put(plan, j);
    });
    out.put("survivalByPlan", survival);
    return out;
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** The report's churn section: monthly churn, the cohort heat map, survival curves, reasons over time. */
  static void report(ReportContext ctx) {
    ctx.html.section("churn", "Churn, retention and survival");
    if (ctx.data.subscriptions().isEmpty()) {
      ctx.html.paragraph("No subscriptions in the data.");
      return;
    }
    Figures f = Figures.of(ctx.data, ctx.zone);
    List<String> labels = new ArrayList<>();
    List<Double> v = new ArrayList<>();
    List<Double> lo = new ArrayList<>();
    List<Double> hi = new ArrayList<>();
    long lost = 0;
    for (PeriodChurn m : f.months()) {
      if (m.atStart() < 30) {
        continue;
      }
      Estimate c = m.churnRate();
      labels.add(YearMonth.from(m.period().start().atZone(ctx.zone)).toString());
      v.add(100 * c.value());
      lo.add(100 * c.lower());
      hi.add(100 * c.upper());
      lost += m.lost();
    }
    ctx.html.paragraph(String.format(Locale.ROOT, "Pooled monthly churn %s (lost customers over customers active at "
        + "the start of each month; joiners apart), which compounds to %s a year.",
        pct(f.pooledMonthlyChurn()), pct(ChurnRates.monthlyToAnnual(f.pooledMonthlyChurn()))));
    ctx.figure("churn-monthly.svg", Charts.lines("Monthly customer churn rate with its 95% Wilson interval", "% churned",
        labels, List.of(new Charts.Series("churn rate", array(v), array(lo), array(hi)))),
        "Monthly churn, months with at least 30 customers at the start; " + lost + " customers lost in them.");

    List<Cohort> cohorts = f.cohorts().cohorts();
    int ages = Math.min(24, f.cohorts().maxAge() + 1);
    double[][] cells = new double[cohorts.size()][ages];
    List<String> rows = new ArrayList<>();
    long customers = 0;
    for (int i = 0; i < cohorts.size(); i++) {
      Cohort c = cohorts.get(i);
      rows.add(YearMonth.from(c.period().start().atZone(ctx.zone)) + " (" + c.size() + ")");
      customers += c.size();
      for (int a = 0; a < ages; a++) {
        cells[i][a] = a <= c.maxAge() && c.size() > 0 ? c.retention(a) : Double.NaN;
      }
    }
    List<String> columns = new ArrayList<>();
    for (int a = 0; a < ages; a++) {
      columns.add(Integer.toString(a));
    }
    ctx.figure("churn-cohorts.svg", Charts.heatMap("Retention by monthly cohort (%), age in months across",
        rows, columns, cells), "Share of each sign-up cohort still subscribed at each age; " + customers
        + " subscriptions, cohort sizes in brackets; blank cells are not yet observed.");

    List<String> names = new ArrayList<>();
    List<double[]> times = new ArrayList<>();
    List<double[]> surv = new ArrayList<>();
    List<double[]> low = new ArrayList<>();
    List<double[]> up = new ArrayList<>();
    StringBuilder caption = new StringBuilder("Kaplan-Meier survival by plan with 95% log-log Greenwood bands; ");
    f.survivalByPlan().forEach((plan, curve) -> {
      List<SurvivalCurve.Step> steps = curve.steps();
      double[] t = new double[steps.size() + 1];
      double[] s = new double[t.length];
      double[] l = new double[t.length];
      double[] u = new double[t.length];
      s[0] = 1;
      l[0] = 1;
      u[0] = 1;
      for (int i = 0; i < steps.size(); i++) {
        t[i + 1] = steps.get(i).time();
        s[i + 1] = steps.get(i).survival();
        l[i + 1] = steps.get(i).lower();
        u[i + 1] = steps.get(i).upper();
      }
      names.add(plan);
      times.add(t);
      surv.add(s);
      low.add(l);
      up.add(u);
      caption.append(plan).append(" n=").append(curve.size()).append(" (").append(curve.churnCount())
          .append(" churned, the rest censored); ");
    });
    logRank(f).ifPresent(caption::append);
    ctx.figure("churn-survival.svg", Charts.steps("Customer survival by plan (Kaplan-Meier)", "days since start",
        "share still subscribed", names, times, surv, low, up), caption.toString());

    List<ChurnReason> reasons = f.reasons();
    List<String> quarters = new ArrayList<>();
    Map<ChurnReason, List<Double>> shares = new LinkedHashMap<>();
    reasons.forEach(r -> shares.put(r, new ArrayList<>()));
    long departures = 0;
    for (int q = 0; q + 2 < f.months().size(); q += 3) {
      List<PeriodChurn> three = f.months().subList(q, q + 3);
      long all = three.stream().mapToLong(PeriodChurn::departures).sum();
      if (all < 10) {
        continue;
      }
      departures += all;
      YearMonth m = YearMonth.from(three.get(0).period().start().atZone(ctx.zone));
      quarters.add(m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1));
      for (ChurnReason r : reasons) {
        shares.get(r).add(100.0 * three.stream().mapToLong(p -> p.departuresFor(r)).sum() / all);
      }
    }
    List<Charts.Series> series = new ArrayList<>();
    StringBuilder rising = new StringBuilder();
    for (ChurnReason r : reasons) {
      series.add(Charts.Series.of(r.name(), array(shares.get(r))));
      ReasonTrend t = ReasonTrend.of(f.months(), r);
      if (t.isRising(0.05)) {
        rising.append(String.format(Locale.ROOT, " %s is rising (Cochran-Armitage one-sided p = %.2g).", r,
            t.test().pValueRising()));
      }
    }
    ctx.figure("churn-reasons.svg", Charts.lines("Churn reasons: share of departures per quarter", "% of departures",
        quarters, series), "Quarters with at least 10 departures; " + departures + " departures in all." + rising);
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
