package org.cxkit.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.examples.report.Charts;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.examples.sample.ServqualAnswer;
import org.cxkit.metrics.gap.ipa.ImportancePerformance;
import org.cxkit.metrics.gap.ipa.IpaAttribute;
import org.cxkit.metrics.gap.ipa.IpaQuadrant;
import org.cxkit.metrics.gap.servqual.ImportanceWeights;
import org.cxkit.metrics.gap.servqual.ServqualInstrument;
import org.cxkit.metrics.gap.servqual.ServqualItem;
import org.cxkit.metrics.gap.servqual.ServqualResponse;
import org.cxkit.metrics.gap.servqual.ServqualSummary;
import org.cxkit.metrics.gap.zone.ToleranceZone;
import org.cxkit.metrics.gap.zone.ZoneSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cx gap}: perception against expectation per SERVQUAL dimension, the zone of tolerance and IPA. */
@Command(name = "gap", mixinStandardHelpOptions = true,
    description = "Expectation versus perception per SERVQUAL dimension: gap = perceived - desired with its Student t "
        + "interval, the importance-weighted gap, adequacy and superiority gaps (zone of tolerance), and the "
        + "importance-performance quadrant of each dimension.")
final class GapCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Mixin
  ConfidenceOptions confidence;

  /** The sample asks one question per dimension: a five-item instrument of SERVQUAL's shape. */
  static final ServqualInstrument ONE_ITEM_PER_DIMENSION = ServqualInstrument.of("one item per SERVQUAL dimension",
      ServqualAnswer.SCALE, List.of(
          ServqualItem.of(1, QualityDimension.TANGIBLES, "facilities, equipment and materials"),
          ServqualItem.of(2, QualityDimension.RELIABILITY, "does what was promised, dependably"),
          ServqualItem.of(3, QualityDimension.RESPONSIVENESS, "prompt, willing help"),
          ServqualItem.of(4, QualityDimension.ASSURANCE, "competent, courteous, trustworthy staff"),
          ServqualItem.of(5, QualityDimension.EMPATHY, "individual attention")));

  /** The gap figures, computed once for the command and the report alike. */
  record Figures(ServqualSummary summary, ZoneSummary zones, ImportancePerformance ipa,
      Map<QualityDimension, Double> importance, long respondents, long incomplete) {

    static Figures of(SampleData data) {
      Map<List<Object>, Map<QualityDimension, ServqualAnswer>> byRespondent = new LinkedHashMap<>();
      for (ServqualAnswer a : data.servqual()) {
        List<Object> key = List.<Object>of(a.customer(), a.answeredAt());
        byRespondent.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(a.dimension(), a);
      }
      List<ServqualResponse> responses = new ArrayList<>();
      List<ToleranceZone> zones = new ArrayList<>();
      Map<QualityDimension, double[]> importance = new LinkedHashMap<>();
      long incomplete = 0;
      for (Map<QualityDimension, ServqualAnswer> answers : byRespondent.values()) {
        if (!answers.keySet().containsAll(QualityDimension.SERVQUAL)) {
          incomplete++;
          continue;
        }
        int[] e = new int[5];
        int[] p = new int[5];
        Map<QualityDimension, Integer> points = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
          ServqualAnswer a = answers.get(QualityDimension.SERVQUAL.get(i));
          e[i] = a.desired();
          p[i] = a.perceived();
          points.put(a.dimension(), a.importance());
          zones.add(ToleranceZone.of(a.dimension(), a.adequate(), a.desired(), a.perceived()));
          importance.computeIfAbsent(a.dimension(), d -> new double[2])[0] += a.importance();
          importance.get(a.dimension())[1]++;
        }
        responses.add(ServqualResponse.of(ONE_ITEM_PER_DIMENSION, e, p, ImportanceWeights.of(points)));
      }
      if (responses.size() < 2) {
        throw new BadDataException("SERVQUAL needs at least 2 complete respondents; the data has " + responses.size());
      }
      ServqualSummary summary = ServqualSummary.of(ONE_ITEM_PER_DIMENSION, responses);
      Map<QualityDimension, Double> meanImportance = new LinkedHashMap<>();
      List<IpaAttribute> attributes = new ArrayList<>();
      for (QualityDimension d : QualityDimension.SERVQUAL) {
        double[] sum = importance.get(d);
        meanImportance.put(d, sum[0] / sum[1]);
        attributes.add(IpaAttribute.of(d.name(), sum[0] / sum[1], summary.dimensionPerception(d).value()));
      }
      return new Figures(summary, ZoneSummary.of(zones), ImportancePerformance.atDataMeans(attributes),
          meanImportance, responses.size(), incomplete);
    }
  }

  @Override
  public Integer call() {
    Confidence policy = confidence.confidence();
    Figures f = Figures.of(data.load());
    if (data.json) {
      System.out.println(Json.write(json(f, policy)));
      return 0;
    }
    System.out.printf(Locale.ROOT, "%d respondents (%d incomplete set aside). Overall gap %s; weighted by each "
        + "respondent's importance points %s.%n%n", f.respondents(), f.incomplete(),
        est(f.summary().overallGap(policy)), est(f.summary().respondentWeightedGap(policy)));
    TextTable t = new TextTable("dimension", "desired", "perceived", "gap", Text.ci(policy), "adequacy gap",
        "superiority gap", "zone", "importance", "IPA quadrant");
    for (QualityDimension d : QualityDimension.SERVQUAL) {
      Estimate gap = f.summary().dimensionGap(d, policy);
      t.row(d, fmt(f.summary().dimensionExpectation(d).value()), fmt(f.summary().dimensionPerception(d).value()),
          fmt(gap.value()), fmt(gap.lower()) + " to " + fmt(gap.upper()), fmt(f.zones().adequacyGap(d).value()),
          fmt(f.zones().superiorityGap(d).value()), f.zones().position(d).name().toLowerCase(Locale.ROOT),
          fmt(f.importance().get(d)), f.ipa().quadrant(d.name()).name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    System.out.print(t);
    return 0;
  }

  private static Map<String, Object> json(Figures f, Confidence policy) {
    Map<String, Object> out = Json.object();
    out.put("respondents", f.respondents());
    out.put("incompleteSetAside", f.incomplete());
    out.put("overallGap", Json.estimate(f.summary().overallGap(policy)));
    out.put("importanceWeightedGap", Json.estimate(f.summary().respondentWeightedGap(policy)));
    List<Object> dims = new ArrayList<>();
    for (QualityDimension d : QualityDimension.SERVQUAL) {
      Map<String, Object> m = Json.object();
      m.put("dimension", d.name());
      m.put("desired", Json.estimate(f.summary().dimensionExpectation(d, policy)));
      m.put("perceived", Json.estimate(f.summary().dimensionPerception(d, policy)));
      m.put("gap", Json.estimate(f.summary().dimensionGap(d, policy)));
      m.put("adequacyGap", Json.estimate(f.zones().adequacyGap(d, policy)));
      m.put("superiorityGap", Json.estimate(f.zones().superiorityGap(d, policy)));
      m.put("zone", f.zones().position(d).name());
      m.put("importance", f.importance().get(d));
      m.put("ipaQuadrant", f.ipa().quadrant(d.name()).name());
      dims.add(m);
    }
    out.put("dimensions", dims);
    return out;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String est(Estimate e) {
    return String.format(Locale.ROOT, "%.2f (%s CI %.2f to %.2f, n=%d)", e.value(), Text.interval(e), e.lower(),
        e.upper(), e.n());
  }

  /** The report's gap section: SERVQUAL gaps per dimension and the importance-performance chart. */
  static void report(ReportContext ctx) {
    ctx.html.section("gap", "Expectation versus perception (SERVQUAL)");
    if (ctx.data.servqual().isEmpty()) {
      ctx.html.paragraph("No SERVQUAL answers in the data.");
      return;
    }
    Confidence policy = ctx.confidence;
    Figures f = Figures.of(ctx.data);
    List<String> names = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    double[] v = new double[5];
    double[] lo = new double[5];
    double[] hi = new double[5];
    for (int i = 0; i < 5; i++) {
      QualityDimension d = QualityDimension.SERVQUAL.get(i);
      Estimate gap = f.summary().dimensionGap(d, policy);
      names.add(d.name());
      v[i] = gap.value();
      lo[i] = gap.lower();
      hi[i] = gap.upper();
      notes.add("n=" + gap.n() + ", " + f.zones().position(d).name().toLowerCase(Locale.ROOT) + " zone");
    }
    Estimate overall = f.summary().overallGap(policy);
    ctx.html.paragraph("Overall gap " + est(overall) + "; weighted by each respondent's importance "
        + "points " + est(f.summary().respondentWeightedGap(policy)) + ". Negative: expectations not met.");
    ctx.figure("gap-by-dimension.svg", Charts.bars("SERVQUAL gap (perceived - desired) by dimension", "gap on 1-7",
        names, v, lo, hi, notes), "Mean gap per dimension with " + Text.interval(overall) + " intervals, n="
        + f.respondents()
        + " respondents; the zone says whether perception is below, within or above the adequate-desired zone.");
    List<IpaAttribute> attrs = f.ipa().attributes();
    double[] xs = attrs.stream().mapToDouble(IpaAttribute::importance).toArray();
    double[] ys = attrs.stream().mapToDouble(IpaAttribute::performance).toArray();
    ctx.figure("gap-ipa.svg", Charts.quadrant("Importance-performance analysis", "mean importance points",
        "mean perception (1-7)", attrs.stream().map(IpaAttribute::name).toList(), xs, ys,
        f.ipa().crosshair().importance(), f.ipa().crosshair().performance(),
        List.of(label(IpaQuadrant.POSSIBLE_OVERKILL), label(IpaQuadrant.KEEP_UP_THE_GOOD_WORK),
            label(IpaQuadrant.LOW_PRIORITY), label(IpaQuadrant.CONCENTRATE_HERE))),
        "Each dimension's mean importance points against its mean perception, crosshair at the data means "
            + "(Martilla and James 1977); n=" + f.respondents() + " respondents.");
  }

  private static String label(IpaQuadrant q) {
    return q.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
