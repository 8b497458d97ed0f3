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
 * compounding a churn rate), and never copied from the output.
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
        GapExample.class)) {
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
