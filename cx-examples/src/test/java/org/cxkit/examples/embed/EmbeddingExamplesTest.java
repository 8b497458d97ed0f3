package org.cxkit.examples.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.time.Rate;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.churn.PeriodChurn;
import org.cxkit.metrics.churn.survival.SurvivalCurve;
import org.cxkit.metrics.churn.survival.Tenure;
import org.cxkit.metrics.clv.BgNbdFit;
import org.cxkit.metrics.clv.BgNbdModel;
import org.cxkit.metrics.clv.CustomerLifetimeValue;
import org.cxkit.metrics.clv.GammaGammaFit;
import org.cxkit.metrics.clv.GammaGammaModel;
import org.cxkit.metrics.clv.Rfm;
import org.cxkit.metrics.clv.RfmSummary;
import org.cxkit.metrics.clv.SimpleClv;
import org.cxkit.metrics.gap.dynamics.ExpectationDynamics;
import org.cxkit.metrics.gap.dynamics.ExpectationStep;
import org.cxkit.metrics.gap.ipa.IpaCrosshair;
import org.cxkit.metrics.gap.ipa.IpaQuadrant;
import org.cxkit.metrics.gap.servqual.ImportanceWeights;
import org.cxkit.metrics.gap.servqual.ServqualSummary;
import org.cxkit.metrics.nps.NpsComparison;
import org.cxkit.metrics.nps.NpsTally;
import org.cxkit.metrics.satisfaction.Ces;
import org.cxkit.metrics.satisfaction.Csat;
import org.cxkit.metrics.satisfaction.service.DurationDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs each embedding example with {@code System.out} captured and checks that it finishes and prints
 * its key figures. Each expected figure is computed here with the library's API, by another route than
 * the example's where the API offers one (a plain filter instead of a collector, a tenure list instead
 * of subscriptions, counts instead of an FCR tally), or by hand from the formula (the Wilson interval,
 * compounding a churn rate), and never copied from the output. The drivers and attribution examples'
 * figures are computed without the library at all: correlations, subset R² and LMG by plain loops and
 * closed forms, the rules row by row, and the Markov chain solved by hand in a comment.
 */
class EmbeddingExamplesTest {
  private static SampleData sample;

  @BeforeAll
  static void loadSample() {
    sample = SampleData.load();
  }

  @Test
  void everyExampleIsAFinalClassWithAPrivateConstructor() throws Exception {
    for (Class<?> c : List.of(NpsExample.class, SatisfactionExample.class, ChurnExample.class, ClvExample.class,
        GapExample.class, DriversExample.class, AttributionExample.class)) {
      assertTrue(Modifier.isFinal(c.getModifiers()) && Modifier.isPublic(c.getModifiers()), c.getName());
      Constructor<?>[] constructors = c.getDeclaredConstructors();
      assertEquals(1, constructors.length, c.getName());
      assertTrue(Modifier.isPrivate(constructors[0].getModifiers()), c.getName());
      assertTrue(Modifier.isStatic(c.getMethod("main", String[].class).getModifiers()), c.getName());
    }
  }

  @Test
  void npsExample() {
    String out = run(NpsExample::main);

    var raw = NpsTally.fromAnswers(NpsExample.RAW_EXPORT);
    assertEquals(1, raw.setAside().size(), "the export has exactly one bad answer");
    assertEquals(Map.of(ReasonCode.OUT_OF_RANGE, 1L), raw.reasonCounts(), "11 is off the 0 to 10 scale");
    assertContains(out, raw.givenCount() + " answers given, " + raw.usedCount() + " counted");
    for (SetAside<Double> s : raw.setAside()) {
      assertEquals(9, s.position(), "the tenth answer");
      assertContains(out, "#10: [out-of-range] " + s.reason().message());
    }
    assertContains(out, "NPS " + nps(raw.value().estimate()) + ", below the minimum n of 30");

    List<NpsResponse> responses = sample.npsResponses();
    NpsTally all = NpsTally.ofResponses(responses);
    assertContains(out, "all answers: NPS " + nps(all.estimate()) + "\n");
    Map<String, List<NpsResponse>> byChannel = new TreeMap<>();
    for (NpsResponse r : responses) {
      byChannel.computeIfAbsent(r.channel().map(Channel::name).orElse("(relationship)"), k -> new ArrayList<>()).add(r);
    }
    assertTrue(byChannel.size() > 2, "several channels");
    byChannel.forEach((channel, list) ->
        assertContains(out, String.format(Locale.ROOT, "%-14s NPS %s", channel, nps(NpsTally.ofResponses(list).estimate()))));
    assertContains(out, "pooled total equals the overall tally: true");

    // Q4 2024 and Q4 2025 in UTC, by their bounds rather than by CalendarPeriod.
    NpsTally earlier = NpsTally.ofResponses(between(responses, "2024-10-01T00:00:00Z", "2025-01-01T00:00:00Z"));
    NpsTally later = NpsTally.ofResponses(between(responses, "2025-10-01T00:00:00Z", "2026-01-01T00:00:00Z"));
    NpsComparison change = NpsComparison.of(earlier, later);
    assertEquals(later.estimate().value() - earlier.estimate().value(), change.difference(), 1e-9);
    assertContains(out, String.format(Locale.ROOT, "2025-Q4 vs 2024-Q4: change %+.1f points (later minus earlier),"
        + " 95%% CI %.1f to %.1f, p = %.3f", change.difference(), change.lower(), change.upper(), change.pValue()));

    assertContains(out, String.format(Locale.ROOT, "Parallel stream: %d promoters, %d passives, %d detractors;"
        + " same as sequential: true", all.promoters(), all.passives(), all.detractors()));
  }

  @Test
  void satisfactionExample() {
    String out = run(SatisfactionExample::main);

    Csat csat = Csat.fromResponses(Scale.ONE_TO_FIVE, sample.csatResponses()).value();
    assertContains(out, "CSAT satisfied " + percent1(csat.satisfiedShare()) + ", mean " + mean(csat.mean()));
    Ces ces = Ces.ofScores(sample.cesResponses().stream().mapToInt(r -> r.score()).toArray());
    assertContains(out, "CES agreeing " + percent1(ces.agreeingShare()) + ", mean " + mean(ces.mean()));

    List<Ticket> tickets = SatisfactionExample.tickets();
    var hours = SatisfactionExample.HOURS;
    // The comment's claim: Friday 16:30 to Monday 09:30 is 65 hours on the clock, one in business hours.
    Ticket friday = tickets.stream().filter(t -> t.id().equals("T-2")).findFirst().orElseThrow();
    Instant opened = friday.openedAt();
    Instant answered = friday.firstResponseAt().orElseThrow();
    assertEquals(Duration.ofHours(65), Duration.between(opened, answered));
    assertEquals(Duration.ofHours(1), hours.between(opened, answered));

    assertContains(out, "First response, elapsed:        "
        + times(tickets, Ticket::firstResponseAt, Duration::between));
    assertContains(out, "First response, business hours: " + times(tickets, Ticket::firstResponseAt, hours::between));
    assertContains(out, "First resolution, business hours: " + times(tickets, Ticket::firstResolvedAt, hours::between));
    assertContains(out, "Final resolution, business hours: " + times(tickets, Ticket::finalResolvedAt, hours::between));

    // One contact, never reopened, among the tickets resolved now.
    long judged = tickets.stream().filter(t -> !t.isOpen()).count();
    long first = tickets.stream().filter(t -> !t.isOpen() && t.contacts() == 1 && t.reopenCount() == 0).count();
    long open = tickets.size() - judged;
    double[] wilson = wilson95(first, judged);
    assertContains(out, String.format(Locale.ROOT, "First contact resolution: %d of %d judged tickets, %s; %d open",
        first, judged, String.format(Locale.ROOT, "%.1f%% (n=%d, 95%% CI %.1f%% to %.1f%%)", 100.0 * first / judged,
            judged, 100 * wilson[0], 100 * wilson[1]), open));
  }

  @Test
  void churnExample() {
    String out = run(ChurnExample::main);

    List<Subscription> subscriptions = sample.subscriptions();
    PeriodChurn march = subscriptions.stream().collect(PeriodChurn.toPeriodChurn(ChurnExample.MONTH, ChurnExample.USD));
    Estimate churn = march.churnRate();
    assertEquals((double) march.lost() / march.atStart(), churn.value(), 1e-15);
    assertContains(out, String.format(Locale.ROOT, "%d subscriptions at start, %d lost, %d joined", march.atStart(),
        march.lost(), march.joined()));
    assertContains(out, String.format(Locale.ROOT, "Churn = lost / at start = %d / %d = %s", march.lost(),
        march.atStart(), percent2(churn)));
    assertContains(out, String.format(Locale.ROOT, "GRR %.1f%%, NRR %.1f%%", 100 * march.grossRevenueRetention(),
        100 * march.netRevenueRetention()));

    // Kept twelve months in a row: 1 - (1 - c)^12, bound by bound.
    double annual = 1 - Math.pow(1 - churn.value(), 12);
    assertTrue(annual < 12 * churn.value(), "compounding gives less than x12");
    assertContains(out, String.format(Locale.ROOT, "Annual churn at this pace: %.2f%% (n=%d, 95%% CI %.2f%% to %.2f%%),"
        + " not %.1f%% (x12)", 100 * annual, churn.n(), 100 * (1 - Math.pow(1 - churn.lower(), 12)),
        100 * (1 - Math.pow(1 - churn.upper(), 12)), 1200 * churn.value()));

    List<Tenure> tenures = new ArrayList<>();
    for (Subscription s : subscriptions) {
      tenures.add(Tenure.of(s, ChurnExample.AS_OF, ChronoUnit.MONTHS));
    }
    SurvivalCurve curve = SurvivalCurve.of(tenures);
    String median = curve.medianLifetime().isPresent()
        ? String.format(Locale.ROOT, "%.1f months", curve.medianLifetime().getAsDouble()) : "not reached";
    assertContains(out, String.format(Locale.ROOT, "Kaplan-Meier on %d subscriptions (%d churned, %d censored): median"
        + " lifetime %s", curve.count(), curve.churnCount(), curve.censoredCount(), median));
    assertContains(out, "Still subscribed after 12 months: " + percent2(curve.survivalAt(12)));
  }

  @Test
  void clvExample() {
    String out = run(ClvExample::main);

    Rate retention = Rate.retention(0.80, TimeScale.YEAR);
    Rate discount = Rate.discount(0.10, TimeScale.YEAR);
    double now = SimpleClv.ofRetention(100, TimeScale.YEAR, retention, discount, SimpleClv.Timing.FIRST_MARGIN_NOW);
    double atEnd = SimpleClv.ofRetention(100, TimeScale.YEAR, retention, discount,
        SimpleClv.Timing.FIRST_MARGIN_AT_END_OF_PERIOD);
    assertEquals(100, now - atEnd, 1e-9, "the comment's claim: they differ by one year's margin");
    assertContains(out, String.format(Locale.ROOT, "%.2f (first margin now), %.2f (first margin at", now, atEnd));
    assertContains(out, String.format(Locale.ROOT, "10%% a year is %.4f%% a month",
        100 * (Math.pow(1.10, 1.0 / 12) - 1)));

    RfmSummary summary = sample.purchases().stream().collect(RfmSummary.toRfmSummary(Currency.getInstance("USD"),
        ZoneOffset.UTC, ClvExample.CALIBRATION_END, TimeScale.WEEK));
    List<Rfm> customers = summary.customers();
    assertContains(out, String.format(Locale.ROOT, "RFM: %d customers from %d purchases", customers.size(),
        sample.purchases().size()));
    BgNbdFit fit = BgNbdModel.fit(customers, TimeScale.WEEK);
    assertTrue(fit.diagnostics().converged());
    assertContains(out, "BG/NBD " + fit.parameters() + ", converged: true");
    GammaGammaFit spend = GammaGammaModel.fit(customers).value();
    assertContains(out, "Gamma-Gamma " + spend.parameters() + " on " + spend.count() + " repeat buyers");

    Rfm c = customers.stream().filter(r -> r.customer().value().equals(ClvExample.CUSTOMER)).findFirst().orElseThrow();
    // Twelve months asked in weeks: the model converts units, so the figure is the same.
    TimeSpan year = TimeSpan.of(12 * TimeScale.MONTH.days() / 7, TimeScale.WEEK);
    assertContains(out, String.format(Locale.ROOT, "P(alive)=%.3f; expected purchases in the next 12 months %.2f",
        fit.model().probabilityAlive(c), fit.model().expectedPurchases(c, year)));
    double clv = CustomerLifetimeValue.of(fit.model(), spend.model())
        .value(c, TimeSpan.of(1, TimeScale.YEAR), TimeScale.MONTH, discount, 0.30);
    assertContains(out, String.format(Locale.ROOT, "30%% margin: %.2f USD", clv));
  }

  @Test
  void gapExample() {
    String out = run(GapExample::main);

    ServqualSummary summary = ServqualSummary.of(GapExample.PULSE, GapExample.responses());
    assertContains(out, "Overall gap " + gap(summary.overallGap()) + ", importance-weighted "
        + gap(summary.weightedGap(ImportanceWeights.of(GapExample.IMPORTANCE))));
    double importance = 0;
    double performance = 0;
    for (QualityDimension d : QualityDimension.SERVQUAL) {
      assertContains(out, String.format(Locale.ROOT, "%-14s gap %s", d, gap(summary.dimensionGap(d))));
      importance += GapExample.IMPORTANCE.get(d) / 5.0;
      performance += summary.dimensionPerception(d).value() / 5.0;
    }
    IpaCrosshair crosshair = IpaCrosshair.of(importance, performance);
    for (QualityDimension d : QualityDimension.SERVQUAL) {
      IpaQuadrant q = IpaQuadrant.of(GapExample.IMPORTANCE.get(d), summary.dimensionPerception(d).value(), crosshair);
      assertContains(out, String.format(Locale.ROOT, "%-14s %s%n", d, q));
    }

    List<ExpectationStep> path = ExpectationDynamics.DEFAULT.path(GapExample.experience()).value();
    assertEquals(4, path.size());
    // The comment's claim: after delight, the same perception pleases less, because the bar rose.
    assertEquals(path.get(0).perception(), path.get(1).perception());
    assertTrue(path.get(1).expectation() > path.get(0).expectation());
    assertTrue(path.get(1).satisfaction() < path.get(0).satisfaction());
    for (ExpectationStep s : path) {
      assertContains(out, String.format(Locale.ROOT, "%s expected %.3f perceived %.3f gap %+.3f satisfaction %.3f"
          + " next %.3f", s.touchpointId(), s.expectation(), s.perception(), s.gap(), s.satisfaction(),
          s.nextExpectation()));
    }
  }

  @Test
  void driversExample() {
    String out = run(DriversExample::main);

    // Only the twelve complete rows are used; the thirteenth lacks price, the second driver.
    double[][] a = DriversExample.ANSWERS;
    int n = a.length;
    assertContains(out, (n + 1) + " responses given, " + n + " used");
    assertContains(out, "set aside response #" + (n + 1) + ": [missing] Invalid value for price");

    // Pearson correlations of every pair of the four columns (0 = recommend), by plain loops.
    double[] mean = new double[4];
    for (double[] row : a) {
      for (int j = 0; j < 4; j++) {
        mean[j] += row[j] / n;
      }
    }
    double[][] cov = new double[4][4];
    for (double[] row : a) {
      for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 4; j++) {
          cov[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]);
        }
      }
    }
    double[][] r = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        r[i][j] = cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
      }
    }
    String[] names = {"recommend", "quality", "price", "support"};
    double z = 1.959963984540054;
    for (int j = 1; j < 4; j++) {
      // Fisher's z interval: tanh(atanh r ± z / √(n − 3)).
      double half = z / Math.sqrt(n - 3);
      double atanh = 0.5 * Math.log((1 + r[0][j]) / (1 - r[0][j]));
      assertContains(out, String.format(Locale.ROOT, "%-8s r = %.3f (n=%d, 95%% CI %.3f to %.3f)", names[j], r[0][j],
          n, Math.tanh(atanh - half), Math.tanh(atanh + half)));
    }

    // R² of every subset of the drivers: one driver r², two drivers (r1² + r2² − 2 r1 r2 r12) / (1 − r12²),
    // all three rᵀ R⁻¹ r with R⁻¹ by cofactors.
    double[] single = new double[4];
    double[][] pair = new double[4][4];
    for (int i = 1; i < 4; i++) {
      single[i] = r[0][i] * r[0][i];
      for (int j = 1; j < 4; j++) {
        if (i != j) {
          pair[i][j] = (r[0][i] * r[0][i] + r[0][j] * r[0][j] - 2 * r[0][i] * r[0][j] * r[i][j])
              / (1 - r[i][j] * r[i][j]);
        }
      }
    }
    double[][] m = {{1, r[1][2], r[1][3]}, {r[2][1], 1, r[2][3]}, {r[3][1], r[3][2], 1}};
    double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    double full = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        // (R⁻¹)ᵢⱼ = cofactor Cⱼᵢ / det; R is symmetric, so Cᵢⱼ serves.
        int i1 = (i + 1) % 3;
        int i2 = (i + 2) % 3;
        int j1 = (j + 1) % 3;
        int j2 = (j + 2) % 3;
        double cofactor = m[i1][j1] * m[i2][j2] - m[i1][j2] * m[i2][j1];
        full += r[0][i + 1] * cofactor / det * r[0][j + 1];
      }
    }
    assertContains(out, String.format(Locale.ROOT, "R² = %.4f, shared by LMG:", full));

    // LMG with three drivers: weight 1/3 entering first, 1/6 second (after either other), 1/3 last.
    double[] lmg = new double[4];
    for (int j = 1; j < 4; j++) {
      int k = j == 1 ? 2 : 1;
      int l = 6 - j - k;
      lmg[j] = single[j] / 3 + (pair[j][k] - single[k]) / 6 + (pair[j][l] - single[l]) / 6 + (full - pair[k][l]) / 3;
    }
    assertEquals(full, lmg[1] + lmg[2] + lmg[3], 1e-12, "the shares add up to R²");
    double meanRating = 0;
    for (int j = 1; j < 4; j++) {
      int rank = 1;
      for (int k = 1; k < 4; k++) {
        rank += lmg[k] > lmg[j] ? 1 : 0;
      }
      assertContains(out, String.format(Locale.ROOT, "%-8s %.1f%% of R² (rank %d)", names[j], 100 * lmg[j] / full, rank));
      meanRating += mean[j] / 3;
    }

    // Cuts: a fair share of importance, the mean of the drivers' mean ratings; a value at a cut is high.
    assertContains(out, String.format(Locale.ROOT, "cuts at %.1f%% importance and %.2f mean rating", 100.0 / 3,
        meanRating));
    for (int j = 1; j < 4; j++) {
      boolean important = 100 * lmg[j] / full >= 100.0 / 3;
      boolean performing = mean[j] >= meanRating;
      String quadrant = important ? (performing ? "MAINTAIN" : "IMPROVE") : (performing ? "REVIEW" : "MONITOR");
      assertContains(out, String.format(Locale.ROOT, "%-8s %-8s (importance %.1f%%, mean rating %.2f)", names[j],
          quadrant, 100 * lmg[j] / full, mean[j]));
    }
    assertContains(out, "Parallel stream gives the same sums: true");
  }

  @Test
  void attributionExample() {
    String out = run(AttributionExample::main);

    // The rules, row by row: a path's conversions shared by its steps' weights.
    Map<String, double[]> rules = new TreeMap<>();
    long journeys = 0;
    long conversions = 0;
    double value = 0;
    for (var row : AttributionExample.PATHS) {
      String[] steps = row.path().toString().split(" > ");
      int len = steps.length;
      long c = row.conversions();
      journeys += c + row.nulls();
      conversions += c;
      value += row.value();
      for (int i = 0; i < len; i++) {
        double[] credit = rules.computeIfAbsent(steps[i], k -> new double[4]);
        credit[0] += i == 0 ? c : 0;
        credit[1] += i == len - 1 ? c : 0;
        credit[2] += (double) c / len;
        // 0.4 first, 0.4 last, 0.2 spread between; one step gets 1, two get 1/2 each.
        double position = len == 1 ? 1 : len == 2 ? 0.5 : i == 0 || i == len - 1 ? 0.4 : 0.2 / (len - 2);
        credit[3] += c * position;
      }
    }
    assertContains(out, String.format(Locale.ROOT, "%d journeys, %d converting (%.1f%%), value %.2f", journeys,
        conversions, 100.0 * conversions / journeys, value));
    // The chain reproduces the observed rate, 6 / 14.
    assertContains(out, String.format(Locale.ROOT, "P(conversion) = %.4f", 6.0 / 14));

    // The first-order chain by hand. Transitions weighted by journeys: start → search 8, start → social 6;
    // social → search 2, → null 4; search → email 6, → conversion 1, → null 3; email → conversion 5, → null 1.
    // P(convert from): email 5/6; search 6/10 · 5/6 + 1/10 = 3/5; social 2/6 · 3/5 = 1/5;
    // P = 8/14 · 3/5 + 6/14 · 1/5 = 6/14.
    // Without email: search 1/10, social 1/30, P = 8/14 · 1/10 + 6/14 · 1/30 = 1/14, effect 1 − 1/6 = 5/6.
    // Without search: nothing converts, effect 1. Without social: P = 8/14 · 3/5, effect 1 − 4/5 = 1/5.
    // Credits: effects scaled to the 6 conversions, over 5/6 + 1 + 1/5 = 61/30.
    Map<String, double[]> markov = Map.of("email", new double[] {5.0 / 6, 6 * 25.0 / 61}, "search",
        new double[] {1, 6 * 30.0 / 61}, "social", new double[] {1.0 / 5, 6 * 6.0 / 61});
    assertEquals(rules.keySet(), new TreeMap<>(markov).keySet());
    for (var e : rules.entrySet()) {
      String channel = e.getKey();
      double[] c = e.getValue();
      double[] m = markov.get(channel);
      assertContains(out, String.format(Locale.ROOT, "removal effect of %-6s %.4f", channel, m[0]));
      assertContains(out, String.format(Locale.ROOT, "  %-6s %.3f %.3f %.3f %.3f %.3f%n", channel, c[0], c[1], c[2], c[3],
          m[1]));
    }
    // The comment's claim about social: nothing from last touch, both its journeys from first touch.
    assertEquals(0, rules.get("social")[1]);
    assertEquals(2, rules.get("social")[0]);
  }

  private static String run(Consumer<String[]> main) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  private static void assertContains(String out, String expected) {
    assertTrue(out.contains(expected.replace(System.lineSeparator(), "\n")),
        () -> "Expected the output to contain\n  " + expected + "\nbut it was:\n" + out);
  }

  private static List<NpsResponse> between(List<NpsResponse> responses, String from, String to) {
    Instant start = Instant.parse(from);
    Instant end = Instant.parse(to);
    return responses.stream().filter(r -> !r.answeredAt().isBefore(start) && r.answeredAt().isBefore(end)).toList();
  }

  /** A service time read from each ticket's opening, median and p90 in hours and minutes, open ones apart. */
  private interface Clock {
    Duration between(Instant start, Instant end);
  }

  private static String times(List<Ticket> tickets, Function<Ticket, Optional<Instant>> event, Clock clock) {
    List<Duration> done = new ArrayList<>();
    long open = 0;
    for (Ticket t : tickets) {
      Optional<Instant> at = event.apply(t);
      if (at.isPresent()) {
        done.add(clock.between(t.openedAt(), at.get()));
      } else {
        open++;
      }
    }
    DurationDistribution d = DurationDistribution.of(done.toArray(new Duration[0]));
    return String.format(Locale.ROOT, "median %s, p90 %s (n=%d, %d open)", hm(d.median()), hm(d.p90()), done.size(),
        open);
  }

  private static String hm(Duration d) {
    return String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart());
  }

  /**
   * The 95 % Wilson score interval of k successes in n (Wilson 1927), from its formula:
   * {@code (p + z²/2n ± z √(p(1 − p)/n + z²/4n²)) / (1 + z²/n)}.
   */
  private static double[] wilson95(long k, long n) {
    double z = 1.959963984540054; // the 97.5 % quantile of the standard normal
    double p = (double) k / n;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
    return new double[] {centre - half, centre + half};
  }

  private static String nps(Estimate e) {
    return String.format(Locale.ROOT, "%.1f (n=%d, 95%% CI %.1f to %.1f)", e.value(), e.n(), e.lower(), e.upper());
  }

  private static String percent1(Estimate e) {
    return String.format(Locale.ROOT, "%.1f%% (n=%d, 95%% CI %.1f%% to %.1f%%)", 100 * e.value(), e.n(),
        100 * e.lower(), 100 * e.upper());
  }

  private static String percent2(Estimate e) {
    return String.format(Locale.ROOT, "%.2f%% (n=%d, 95%% CI %.2f%% to %.2f%%)", 100 * e.value(), e.n(),
        100 * e.lower(), 100 * e.upper());
  }

  private static String mean(Estimate e) {
    return String.format(Locale.ROOT, "%.2f (95%% CI %.2f to %.2f)", e.value(), e.lower(), e.upper());
  }

  private static String gap(Estimate e) {
    return String.format(Locale.ROOT, "%+.2f (n=%d, 95%% CI %+.2f to %+.2f)", e.value(), e.n(), e.lower(), e.upper());
  }
}
