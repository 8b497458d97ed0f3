package org.cxkit.examples.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
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
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.core.time.PeriodSeries;
import org.cxkit.core.time.Rate;
import org.cxkit.core.time.TimeScale;
import org.cxkit.examples.report.Charts;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.churn.Cohort;
import org.cxkit.metrics.churn.CohortTable;
import org.cxkit.metrics.churn.PeriodChurn;
import org.cxkit.metrics.churn.ReasonTrend;
import org.cxkit.metrics.churn.survival.IntervalType;
import org.cxkit.metrics.churn.survival.LogRankTest;
import org.cxkit.metrics.churn.survival.SurvivalCurve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cx churn}: churn and revenue retention per period, survival by plan, and churn reasons. */
@Command(name = "churn", mixinStandardHelpOptions = true,
    description = "Customer churn per calendar period (--period, default: month; lost / active at the start of the "
        + "period, joiners apart) with Wilson intervals, gross and net revenue retention, the pooled rate and its "
        + "annual compounding, Kaplan-Meier survival by plan with a log-rank test, and whether each churn reason "
        + "is rising (Cochran-Armitage).")
final class ChurnCommand implements Callable<Integer> {
  /** Survival is read at one year, in days. */
  private static final double ONE_YEAR_DAYS = 365;

  @Mixin
  DataOptions data;

  @Mixin
  PeriodOptions period;

  @Mixin
  ConfidenceOptions confidence;

  /**
   * What the churn figures rest on, computed once for the command and the report alike.
   *
   * @param asOf when the data is read: the start of the day after its latest event, or now if that
   *     is earlier (an end dated in the future has not happened yet)
   * @param series the calendar periods from the one holding the first start to the one holding as-of
   */
  record Figures(List<Subscription> subscriptions, Currency currency, ZoneId zone, PeriodSeries series, Instant asOf,
      List<PeriodChurn> periods, Map<String, SurvivalCurve> survivalByPlan, String setAside) {

    static Figures of(SampleData data, ZoneId zone, CalendarUnit unit) {
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
      Instant dayAfterLast = CalendarPeriod.containing(last, zone, CalendarUnit.DAY).next().toInterval(zone).start();
      Instant now = Instant.now();
      Instant asOf = dayAfterLast.isAfter(now) ? now : dayAfterLast;
      if (!first.isBefore(asOf)) {
        throw new BadDataException("No subscription started before " + asOf + ": churn needs a past to look at");
      }
      PeriodSeries series = PeriodSeries.covering(first, asOf.minusNanos(1), unit, zone);
      BulkResult<Subscription, List<PeriodChurn>> periods = PeriodChurn.series(subs, series, currency);
      Map<String, String> plans = new HashMap<>();
      for (Customer c : data.customers()) {
        plans.put(c.id().value(), c.plan().orElse(Keys.NONE));
      }
      var survival = SurvivalCurve.bySegment(subs, s -> plans.getOrDefault(s.customer().value(), Keys.NONE), asOf,
          ChronoUnit.DAYS);
      return new Figures(subs, currency, zone, series, asOf, periods.value(), new TreeMap<>(survival.value()),
          Text.setAside(periods, "subscriptions"));
    }

    /** Lost over active at start, pooled over every period. */
    double pooledChurn() {
      long lost = 0;
      long atStart = 0;
      for (PeriodChurn m : periods) {
        lost += m.lost();
        atStart += m.atStart();
      }
      return atStart == 0 ? Double.NaN : (double) lost / atStart;
    }

    /** The pooled rate per period compounded to a year: 1 - (1 - c)^k, never k times c. */
    double annualChurn() {
      return Rate.churn(pooledChurn(), series.unit().averageLength()).per(TimeScale.YEAR).value();
    }

    String label(int i) {
      return series.period(i).label();
    }

    List<ChurnReason> reasons() {
      TreeSet<String> names = new TreeSet<>();
      periods.forEach(m -> m.departuresByReason().keySet().forEach(r -> names.add(r.name())));
      return names.stream().map(ChurnReason::of).toList();
    }
  }

  @Override
  public Integer call() {
    Confidence policy = confidence.confidence();
    Figures f = Figures.of(data.load(), period.zone, period.unitOr(CalendarUnit.MONTH));
    String unit = unitName(f);
    if (data.json) {
      System.out.println(Json.write(json(f, policy)));
      return 0;
    }
    if (!f.setAside().isEmpty()) {
      System.out.println(f.setAside() + ".");
    }
    TextTable table = new TextTable(unit, "at start", "lost", "joined", "churn", Text.ci(policy), "GRR", "NRR", "note");
    for (int i = 0; i < f.periods().size(); i++) {
      PeriodChurn m = f.periods().get(i);
      if (m.atStart() == 0) {
        table.row(f.label(i), 0, m.lost(), m.joined(), "-", "", "-", "-", "");
        continue;
      }
      Estimate c = m.churnRate(policy);
      table.row(f.label(i), m.atStart(), m.lost(), m.joined(), pct(c.value()), pct(c.lower()) + " to " + pct(c.upper()),
          pct(m.grossRevenueRetention()), pct(m.netRevenueRetention()), Text.flag(c));
    }
    System.out.print(table);
    double pooled = f.pooledChurn();
    if (!Double.isNaN(pooled)) {
      double k = f.series().unit().averageLength().per(TimeScale.YEAR);
      System.out.printf(Locale.ROOT, "%nPooled churn per %s %s, compounding to %s a year%s.%n", unit, pct(pooled),
          pct(f.annualChurn()), f.series().unit() == CalendarUnit.YEAR ? ""
              : " (1 - (1 - c)^" + fourDigits(k) + ", not " + fourDigits(k) + " times c)");
    }
    System.out.println();
    TextTable survival = new TextTable("plan", "customers", "churned", "median lifetime (days)", "S(365 days)",
        Text.ci(policy));
    f.survivalByPlan().forEach((plan, curve) -> {
      Optional<Estimate> s = survivalAtOneYear(curve, policy);
      OptionalDouble median = curve.medianLifetime();
      survival.row(plan, curve.count(), curve.churnCount(),
          median.isPresent() ? String.format(Locale.ROOT, "%.0f", median.getAsDouble()) : "not reached",
          s.map(e -> pct(e.value())).orElse("-"), s.map(e -> pct(e.lower()) + " to " + pct(e.upper())).orElse(""));
    });
    System.out.print(survival);
    logRank(f).ifPresent(System.out::println);
    System.out.println();
    TextTable reasons = new TextTable("reason", "departures", "share", "trend p (rising)", "rising at 5%");
    long departures = f.periods().stream().mapToLong(PeriodChurn::departures).sum();
    for (ChurnReason r : f.reasons()) {
      long n = f.periods().stream().mapToLong(m -> m.departuresFor(r)).sum();
      ReasonTrend trend = ReasonTrend.of(f.periods(), r);
      reasons.row(r, n, pct((double) n / departures), String.format(Locale.ROOT, "%.2g", trend.pValueRising()),
          trend.isRising(0.05) ? "yes" : "no");
    }
    System.out.print(reasons);
    return 0;
  }

  /** S(365 days) with its interval, if the curve reaches a year. */
  private static Optional<Estimate> survivalAtOneYear(SurvivalCurve curve, Confidence policy) {
    return curve.maxTime() < ONE_YEAR_DAYS ? Optional.empty()
        : Optional.of(curve.survivalAt(ONE_YEAR_DAYS, policy, IntervalType.LOG_LOG));
  }

  private static String unitName(Figures f) {
    return f.series().unit().name().toLowerCase(Locale.ROOT);
  }

  private static Optional<String> logRank(Figures f) {
    List<Map.Entry<String, SurvivalCurve>> plans = new ArrayList<>(f.survivalByPlan().entrySet());
    plans.sort(Comparator.comparingLong((Map.Entry<String, SurvivalCurve> e) -> e.getValue().count()).reversed());
    if (plans.size() < 2) {
      return Optional.empty();
    }
    LogRankTest t = LogRankTest.of(plans.get(0).getValue(), plans.get(1).getValue());
    return Optional.of(String.format(Locale.ROOT, "Log-rank %s vs %s: chi-square %.2f, p = %.3g",
        plans.get(0).getKey(), plans.get(1).getKey(), t.chiSquare(), t.pValue()));
  }

  private static Map<String, Object> json(Figures f, Confidence policy) {
    Map<String, Object> out = Json.object();
    out.put("currency", f.currency().getCurrencyCode());
    out.put("asOf", f.asOf().toString());
    out.put("periodUnit", unitName(f));
    List<Object> periods = new ArrayList<>();
    for (int i = 0; i < f.periods().size(); i++) {
      PeriodChurn m = f.periods().get(i);
      Map<String, Object> j = Json.object();
      j.put("period", f.label(i));
      j.put("atStart", m.atStart());
      j.put("lost", m.lost());
      j.put("joined", m.joined());
      j.put("churnRate", m.atStart() == 0 ? null : Json.estimate(m.churnRate(policy)));
      j.put("grossRevenueRetention", m.atStart() == 0 ? null : m.grossRevenueRetention());
      j.put("netRevenueRetention", m.atStart() == 0 ? null : m.netRevenueRetention());
      periods.add(j);
    }
    out.put("periods", periods);
    double pooled = f.pooledChurn();
    out.put("pooledChurn", Double.isNaN(pooled) ? null : pooled);
    out.put("annualChurn", Double.isNaN(pooled) ? null : f.annualChurn());
    Map<String, Object> survival = new LinkedHashMap<>();
    f.survivalByPlan().forEach((plan, curve) -> {
      Map<String, Object> j = Json.object();
      j.put("customers", curve.count());
      j.put("churned", curve.churnCount());
      j.put("medianLifetimeDays", curve.medianLifetime().isPresent() ? curve.medianLifetime().getAsDouble() : null);
      j.put("survivalAt365Days", survivalAtOneYear(curve, policy).map(Json::estimate).orElse(null));
      survival.put(plan, j);
    });
    out.put("survivalByPlan", survival);
    List<Object> reasons = new ArrayList<>();
    for (ChurnReason r : f.reasons()) {
      ReasonTrend trend = ReasonTrend.of(f.periods(), r);
      Map<String, Object> j = Json.object();
      j.put("reason", r.name());
      j.put("departures", f.periods().stream().mapToLong(m -> m.departuresFor(r)).sum());
      j.put("pValueRising", trend.pValueRising());
      reasons.add(j);
    }
    out.put("reasons", reasons);
    return out;
  }

  /** 12, 4, 52.18: a count of periods in a year, to four significant digits. */
  private static String fourDigits(double x) {
    return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** The report's churn section: churn per period, the cohort heat map, survival curves, reasons over time. */
  static void report(ReportContext ctx) {
    ctx.html.section("churn", "Churn, retention and survival");
    if (ctx.data.subscriptions().isEmpty()) {
      ctx.html.paragraph("No subscriptions in the data.");
      return;
    }
    Confidence policy = ctx.confidence;
    Figures f = Figures.of(ctx.data, ctx.zone, ctx.unit);
    String unit = unitName(f);
    List<String> labels = new ArrayList<>();
    List<Double> v = new ArrayList<>();
    List<Double> lo = new ArrayList<>();
    List<Double> hi = new ArrayList<>();
    long lost = 0;
    Estimate shown = null;
    for (int i = 0; i < f.periods().size(); i++) {
      PeriodChurn m = f.periods().get(i);
      Estimate c = m.atStart() == 0 ? null : m.churnRate(policy);
      if (c == null || c.isBelowMinimum()) {
        continue;
      }
      shown = c;
      labels.add(f.label(i));
      v.add(100 * c.value());
      lo.add(100 * c.lower());
      hi.add(100 * c.upper());
      lost += m.lost();
    }
    ctx.html.paragraph(String.format(Locale.ROOT, "Pooled churn per %s %s (lost customers over customers active at "
        + "the start of each %s; joiners apart), which compounds to %s a year. Data read as of %s.%s", unit,
        pct(f.pooledChurn()), unit, pct(f.annualChurn()), f.asOf(), f.setAside().isEmpty() ? "" : " " + f.setAside()
        + "."));
    String interval = shown == null ? Text.level(policy) : Text.interval(shown);
    ctx.figure("churn-rate.svg", Charts.lines("Customer churn rate per " + unit + " with its " + interval
        + " interval", "% churned", labels, List.of(new Charts.Series("churn rate", array(v), array(lo), array(hi)))),
        "Churn per " + unit + ", " + unit + "s with at least " + policy.minimumN() + " customers at the start; " + lost
            + " customers lost in them.");

    cohorts(ctx, f);

    List<String> names = new ArrayList<>();
    List<double[]> times = new ArrayList<>();
    List<double[]> surv = new ArrayList<>();
    List<double[]> low = new ArrayList<>();
    List<double[]> up = new ArrayList<>();
    StringBuilder caption = new StringBuilder("Kaplan-Meier survival by plan with " + Text.level(policy) + " "
        + IntervalType.LOG_LOG.method().label() + " bands; ");
    f.survivalByPlan().forEach((plan, curve) -> {
      List<SurvivalCurve.Step> steps = curve.steps(policy, IntervalType.LOG_LOG);
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
      caption.append(plan).append(" n=").append(curve.count()).append(" (").append(curve.churnCount())
          .append(" churned, the rest censored); ");
    });
    logRank(f).ifPresent(caption::append);
    ctx.figure("churn-survival.svg", Charts.steps("Customer survival by plan (Kaplan-Meier)", "days since start",
        "share still subscribed", names, times, surv, low, up), caption.toString());

    reasons(ctx, f);
  }

  /** Retention by monthly sign-up cohort, as of the data's as-of instant. */
  private static void cohorts(ReportContext ctx, Figures f) {
    Instant first = f.subscriptions().stream().map(Subscription::startedAt).min(Comparator.naturalOrder())
        .orElseThrow();
    PeriodSeries months = PeriodSeries.covering(first, f.asOf().minusNanos(1), CalendarUnit.MONTH, ctx.zone);
    if (months.start(1).isAfter(f.asOf())) {
      ctx.html.paragraph("No complete month of sign-ups yet: no cohort table.");
      return;
    }
    CohortTable table = CohortTable.of(f.subscriptions(), months, f.asOf(), f.currency()).value();
    List<Cohort> cohorts = table.cohorts();
    int ages = Math.min(24, table.maxAge() + 1);
    double[][] cells = new double[cohorts.size()][ages];
    List<String> rows = new ArrayList<>();
    long customers = 0;
    for (int i = 0; i < cohorts.size(); i++) {
      Cohort c = cohorts.get(i);
      rows.add(c.period().label() + " (" + c.count() + ")");
      customers += c.count();
      for (int a = 0; a < ages; a++) {
        cells[i][a] = a <= c.maxAge() && c.count() > 0 ? c.retention(a) : Double.NaN;
      }
    }
    List<String> columns = new ArrayList<>();
    for (int a = 0; a < ages; a++) {
      columns.add(Integer.toString(a));
    }
    ctx.figure("churn-cohorts.svg", Charts.heatMap("Retention by monthly cohort (%), age in months across",
        rows, columns, cells), "Share of each sign-up cohort still subscribed at each age; " + customers
        + " subscriptions, cohort sizes in brackets; blank cells are not yet observed.");
  }

  /** Each churn reason's share of departures per calendar quarter, and whether it is rising. */
  private static void reasons(ReportContext ctx, Figures f) {
    List<ChurnReason> reasons = f.reasons();
    if (reasons.isEmpty()) {
      ctx.html.paragraph("No churn reasons recorded.");
      return;
    }
    Confidence policy = ctx.confidence;
    Instant first = f.subscriptions().stream().map(Subscription::startedAt).min(Comparator.naturalOrder())
        .orElseThrow();
    // Quarters of the calendar, January to March and so on, whatever month the data starts in.
    PeriodSeries series = PeriodSeries.covering(first, f.asOf().minusNanos(1), CalendarUnit.QUARTER, ctx.zone);
    List<PeriodChurn> quarters = PeriodChurn.series(f.subscriptions(), series, f.currency()).value();
    List<String> labels = new ArrayList<>();
    Map<ChurnReason, List<Double>> shares = new LinkedHashMap<>();
    reasons.forEach(r -> shares.put(r, new ArrayList<>()));
    long departures = 0;
    for (int q = 0; q < quarters.size(); q++) {
      PeriodChurn quarter = quarters.get(q);
      if (quarter.departures() == 0 || quarter.reasonShare(reasons.get(0), policy).isBelowMinimum()) {
        continue;
      }
      departures += quarter.departures();
      labels.add(series.period(q).label());
      for (ChurnReason r : reasons) {
        shares.get(r).add(100 * quarter.reasonShare(r, policy).value());
      }
    }
    List<Charts.Series> lines = new ArrayList<>();
    StringBuilder rising = new StringBuilder();
    for (ChurnReason r : reasons) {
      lines.add(Charts.Series.of(r.name(), array(shares.get(r))));
      ReasonTrend t = ReasonTrend.of(f.periods(), r);
      if (t.isRising(0.05)) {
        rising.append(String.format(Locale.ROOT, " %s is rising across the %ss (Cochran-Armitage one-sided p = %.2g).",
            r, unitName(f), t.pValueRising()));
      }
    }
    ctx.figure("churn-reasons.svg", Charts.lines("Churn reasons: share of departures per quarter", "% of departures",
        labels, lines), "Quarters with at least " + policy.minimumN() + " departures; " + departures
        + " departures in all." + rising);
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
