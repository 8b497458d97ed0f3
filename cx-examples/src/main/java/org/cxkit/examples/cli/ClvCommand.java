package org.cxkit.examples.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.time.Rate;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;
import org.cxkit.examples.report.Charts;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.clv.BgNbdFit;
import org.cxkit.metrics.clv.BgNbdModel;
import org.cxkit.metrics.clv.CustomerLifetimeValue;
import org.cxkit.metrics.clv.GammaGammaFit;
import org.cxkit.metrics.clv.GammaGammaModel;
import org.cxkit.metrics.clv.Parameter;
import org.cxkit.metrics.clv.Rfm;
import org.cxkit.metrics.clv.RfmSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx clv}: customer lifetime value from purchase histories, by BG/NBD and Gamma-Gamma. */
@Command(name = "clv", mixinStandardHelpOptions = true,
    description = "Customer lifetime value per customer: BG/NBD (Fader, Hardie and Lee 2005) for how many purchases, "
        + "Gamma-Gamma for how much each, fitted by maximum likelihood on weekly RFM summaries of purchases.csv, "
        + "then discounted over a horizon at a margin.")
final class ClvCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "How many customers to list, highest value first (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--horizon-weeks", paramLabel = "WEEKS", defaultValue = "52",
      description = "How far ahead to count value, in weeks (default: ${DEFAULT-VALUE}).")
  double horizonWeeks;

  @Option(names = "--annual-discount", paramLabel = "RATE", defaultValue = "0.10",
      description = "Discount rate per year, compounded monthly (default: ${DEFAULT-VALUE}).")
  double annualDiscount;

  @Option(names = "--margin", paramLabel = "FRACTION", defaultValue = "0.30",
      description = "Profit margin on spend, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double margin;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "Time zone of purchase days (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Mixin
  ConfidenceOptions confidence;

  /** One customer's history and prediction. */
  record Prediction(Rfm rfm, double probabilityAlive, double expectedPurchases, double expectedSpend, double clv) {}

  /** The fitted models and every customer's prediction, computed once for the command and the report. */
  record Figures(RfmSummary summary, BgNbdFit bgnbd, GammaGammaFit gammaGamma, List<Prediction> predictions,
      String setAside) {

    static Figures of(SampleData data, ZoneId zone, double horizonWeeks, double annualDiscount, double margin) {
      List<Purchase> purchases = data.purchases();
      if (purchases.isEmpty()) {
        throw new BadDataException("No purchases in the data: lifetime value needs purchases.csv");
      }
      LocalDate end = purchases.stream().map(p -> p.purchasedAt().atZone(zone).toLocalDate())
          .max(Comparator.naturalOrder()).orElseThrow();
      BulkResult<Purchase, RfmSummary> rfm = RfmSummary.from(purchases, zone, end, TimeScale.WEEK);
      RfmSummary summary = rfm.value();
      BgNbdFit bgnbd = BgNbdModel.fit(summary.customers(), TimeScale.WEEK);
      GammaGammaFit gammaGamma = GammaGammaModel.fit(summary.customers()).value();
      CustomerLifetimeValue clv = CustomerLifetimeValue.of(bgnbd.model(), gammaGamma.model());
      TimeSpan horizon = TimeSpan.of(horizonWeeks, TimeScale.WEEK);
      // A discount rate compounds: 10 % a year is about 0.80 % a month, not 10 / 12.
      Rate discount = Rate.discount(annualDiscount, TimeScale.YEAR);
      List<Prediction> predictions = new ArrayList<>();
      for (Rfm c : summary.customers()) {
        predictions.add(new Prediction(c, bgnbd.model().probabilityAlive(c),
            bgnbd.model().expectedPurchases(c, horizon), gammaGamma.model().expectedAverageSpend(c),
            clv.value(c, horizon, TimeScale.MONTH, discount, margin)));
      }
      predictions.sort(Comparator.comparingDouble(Prediction::clv).reversed());
      return new Figures(summary, bgnbd, gammaGamma, predictions, Text.setAside(rfm, "purchases"));
    }
  }

  @Override
  public Integer call() {
    Confidence policy = confidence.confidence();
    Figures f = Figures.of(data.load(), zone, horizonWeeks, annualDiscount, margin);
    if (data.json) {
      Map<String, Object> out = Json.object();
      out.put("bgnbd", json(f.bgnbd().parameters(), f.bgnbd().count(), f.bgnbd().logLikelihood(),
          f.bgnbd().diagnostics().converged(), policy));
      out.put("gammaGamma", json(f.gammaGamma().parameters(), f.gammaGamma().count(), f.gammaGamma().logLikelihood(),
          f.gammaGamma().diagnostics().converged(), policy));
      out.put("customers", f.predictions().size());
      List<Object> rows = new ArrayList<>();
      f.predictions().stream().limit(top).forEach(p -> {
        Map<String, Object> m = Json.object();
        m.put("customer", p.rfm().customer().value());
        m.put("x", p.rfm().frequency());
        m.put("tx", p.rfm().recency());
        m.put("T", p.rfm().age());
        m.put("probabilityAlive", p.probabilityAlive());
        m.put("expectedPurchases", p.expectedPurchases());
        m.put("expectedSpend", p.expectedSpend());
        m.put("clv", p.clv());
        rows.add(m);
      });
      out.put("top", rows);
      System.out.println(Json.write(out));
      return 0;
    }
    if (!f.setAside().isEmpty()) {
      System.out.println(f.setAside() + ".");
    }
    System.out.println("BG/NBD on " + f.predictions().size() + " customers (weeks): " + params(f.bgnbd().parameters())
        + String.format(Locale.ROOT, "; log-likelihood %.2f%s", f.bgnbd().logLikelihood(),
            f.bgnbd().diagnostics().converged() ? "" : " (NOT CONVERGED)"));
    System.out.println("Gamma-Gamma on repeat buyers: " + params(f.gammaGamma().parameters())
        + String.format(Locale.ROOT, "; log-likelihood %.2f", f.gammaGamma().logLikelihood()));
    System.out.printf(Locale.ROOT, "Value over %.0f weeks at %.0f%% margin, discounted at %.0f%% a year:%n%n",
        horizonWeeks, 100 * margin, 100 * annualDiscount);
    TextTable t = new TextTable("customer", "x", "t_x (wk)", "T (wk)", "P(alive)", "purchases", "spend", "CLV");
    f.predictions().stream().limit(top).forEach(p -> t.row(p.rfm().customer(), p.rfm().frequency(),
        fmt(p.rfm().recency()), fmt(p.rfm().age()), String.format(Locale.ROOT, "%.3f", p.probabilityAlive()),
        fmt(p.expectedPurchases()), fmt(p.expectedSpend()), fmt(p.clv())));
    System.out.print(t);
    return 0;
  }

  /**
   * A fit: each parameter in the one estimate shape (log-Wald interval, with its standard error), or,
   * where the information matrix gives no standard error, its value alone with {@code standardError} null.
   */
  private static Map<String, Object> json(List<Parameter> parameters, long n, double logLikelihood, boolean converged,
      Confidence policy) {
    Map<String, Object> m = Json.object();
    for (Parameter p : parameters) {
      if (p.standardError().isPresent() && p.value() > 0) {
        m.put(p.name(), Json.estimate(p.toEstimate(n, policy)));
      } else {
        Map<String, Object> j = Json.object();
        j.put("value", p.value());
        j.put("standardError", null);
        m.put(p.name(), j);
      }
    }
    m.put("n", n);
    m.put("logLikelihood", logLikelihood);
    m.put("converged", converged);
    return m;
  }

  private static String params(List<Parameter> parameters) {
    List<String> out = new ArrayList<>();
    for (Parameter p : parameters) {
      out.add(String.format(Locale.ROOT, "%s = %.3f", p.name(), p.value())
          + (p.standardError().isPresent() ? String.format(Locale.ROOT, " (SE %.3f)", p.standardError().getAsDouble())
              : ""));
    }
    return String.join(", ", out);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** The report's CLV section: the fitted models, the CLV distribution and the top customers. */
  static void report(ReportContext ctx) {
    ctx.html.section("clv", "Customer lifetime value");
    if (ctx.data.purchases().isEmpty()) {
      ctx.html.paragraph("No purchases in the data.");
      return;
    }
    Figures f = Figures.of(ctx.data, ctx.zone, 52, 0.10, 0.30);
    ctx.html.paragraph("BG/NBD (weeks): " + params(f.bgnbd().parameters()) + ". Gamma-Gamma: "
        + params(f.gammaGamma().parameters()) + ". Value over the next 52 weeks at a 30% margin, discounted at 10% a "
        + "year; " + f.predictions().size() + " customers.");
    double[] edges = {0, 5, 10, 20, 50, 100, 200, 500, 1000, Double.POSITIVE_INFINITY};
    double[] counts = new double[edges.length - 1];
    for (Prediction p : f.predictions()) {
      for (int i = 0; i < counts.length; i++) {
        if (p.clv() < edges[i + 1]) {
          counts[i]++;
          break;
        }
      }
    }
    List<String> bins = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      bins.add(Double.isInfinite(edges[i + 1]) ? ">= " + (long) edges[i] : (long) edges[i] + "-" + (long) edges[i + 1]);
    }
    ctx.figure("clv-distribution.svg", Charts.histogram("Predicted 52-week customer value", "customers", bins, counts),
        "Distribution of predicted value per customer (BG/NBD x Gamma-Gamma), n=" + f.predictions().size()
            + " customers; point predictions from the fitted models.");
    List<List<String>> rows = new ArrayList<>();
    f.predictions().stream().limit(10).forEach(p -> rows.add(List.of(p.rfm().customer().value(),
        Integer.toString(p.rfm().frequency()), fmt(p.rfm().recency()), fmt(p.rfm().age()),
        String.format(Locale.ROOT, "%.3f", p.probabilityAlive()), fmt(p.expectedPurchases()), fmt(p.expectedSpend()),
        fmt(p.clv()))));
    ctx.html.paragraph("Top customers by predicted value:");
    ctx.html.table(List.of("customer", "repeat purchases", "t_x (weeks)", "T (weeks)", "P(alive)",
        "purchases, next 52 weeks", "mean spend", "value"), rows);
  }
}
