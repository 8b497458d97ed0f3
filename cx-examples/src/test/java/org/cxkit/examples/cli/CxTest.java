package org.cxkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.examples.sample.SampleCompany;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.churn.PeriodChurn;
import org.cxkit.metrics.nps.NpsTally;
import org.cxkit.metrics.satisfaction.Csat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, tables, JSON fields, the report. */
class CxTest {

  /** What one run printed, and its exit status. */
  private record Run(int status, String out, String err) {}

  private static Run cx(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int status = Cx.run(args);
      return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void everySubcommandRunsOnTheEmbeddedSample() {
    for (String command : List.of("nps", "satisfaction", "service", "churn", "clv", "gap", "drivers", "journeys")) {
      Run r = cx(command);
      assertEquals(0, r.status(), command + ": " + r.err());
      assertTrue(r.out().length() > 100, command + " printed: " + r.out());
    }
  }

  @Test
  void badUsageExitsWithTwo() {
    Run r = cx("nps", "--segment", "colour");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("Invalid value for option '--segment'"), r.err());
    assertEquals(2, cx("no-such-command").status());
  }

  @Test
  void badDataExitsWithOneAndSaysWhy(@TempDir Path dir) throws IOException {
    Run missing = cx("nps", "--data", dir.resolve("nowhere").toString());
    assertEquals(1, missing.status());
    assertTrue(missing.err().contains("No such folder for --data"), missing.err());

    SampleData.load().write(dir);
    Path responses = dir.resolve("responses.csv");
    List<String> lines = Files.readAllLines(responses);
    String header = lines.get(0);
    int scoreColumn = List.of(header.split(",")).indexOf("score");
    int npsLine = 1;
    while (!lines.get(npsLine).startsWith("nps,")) {
      npsLine++;
    }
    String[] cells = lines.get(npsLine).split(",", -1);
    cells[scoreColumn] = "11";
    lines.set(npsLine, String.join(",", cells));
    Files.write(responses, lines);

    Run strict = cx("nps", "--data", dir.toString());
    assertEquals(1, strict.status());
    assertTrue(strict.err().contains("responses.csv line " + (npsLine + 1) + ": "), strict.err());
    assertTrue(strict.err().contains("11"), strict.err());
    // The reason's code, in the summary and on the row.
    assertTrue(strict.err().contains("rows do not read (1 out-of-range):"), strict.err());
    assertTrue(strict.err().contains("(valid values 0 - 10): 11 [out-of-range]"), strict.err());

    Run lenient = cx("nps", "--data", dir.toString(), "--lenient");
    assertEquals(0, lenient.status(), lenient.err());
    assertTrue(lenient.err().contains("Set aside 1 of"), lenient.err());
  }

  @Test
  void jsonHasTheDocumentedFields() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode nps = json.readTree(cx("nps", "--json", "--period", "quarter").out());
    JsonNode overall = nps.get("overall");
    assertTrue(overall.get("nps").get("value").isNumber());
    assertEquals("adjusted-wald", overall.get("nps").get("method").asText());
    assertEquals(overall.get("nps").get("n").asLong(),
        overall.get("promoters").asLong() + overall.get("passives").asLong() + overall.get("detractors").asLong());
    long sum = 0;
    for (JsonNode s : nps.get("segments")) {
      sum += s.get("nps").get("n").asLong();
      assertTrue(s.get("nps").get("lower").asDouble() <= s.get("nps").get("value").asDouble());
    }
    assertEquals(overall.get("nps").get("n").asLong(), sum, "segments add up to the whole");
    assertEquals("quarter", nps.get("periodUnit").asText());
    assertTrue(nps.get("trend").size() > 4);
    // The first point is the calendar quarter of the earliest NPS answer, worked out here from its date.
    LocalDate earliest = SampleData.load().npsResponses().stream().map(r -> r.answeredAt().atZone(ZoneOffset.UTC)
        .toLocalDate()).min(Comparator.naturalOrder()).orElseThrow();
    assertEquals(earliest.getYear() + "-Q" + ((earliest.getMonthValue() - 1) / 3 + 1),
        nps.get("trend").get(0).get("period").asText());

    JsonNode churn = json.readTree(cx("churn", "--json").out());
    assertEquals("month", churn.get("periodUnit").asText());
    assertTrue(churn.get("periods").size() >= 24);
    assertTrue(churn.get("annualChurn").asDouble() > churn.get("pooledChurn").asDouble());

    JsonNode gap = json.readTree(cx("gap", "--json").out());
    assertEquals(5, gap.get("dimensions").size());

    JsonNode service = json.readTree(cx("service", "--json").out());
    boolean loginSpike = false;
    for (JsonNode rise : service.get("abnormalRises")) {
      loginSpike |= rise.get("category").asText().equals("login") && rise.get("period").asText().equals("2025-03");
    }
    assertTrue(loginSpike, "the injected login spike of 2025-03 is flagged: " + service.get("abnormalRises"));

    JsonNode clv = json.readTree(cx("clv", "--json", "--top", "3").out());
    assertEquals(3, clv.get("top").size());
    assertTrue(clv.get("bgnbd").get("converged").asBoolean());
    assertTrue(clv.get("top").get(0).get("clv").asDouble() >= clv.get("top").get(2).get("clv").asDouble());
    // The sample company draws purchases from BG/NBD with r = 0.8 (SampleCompany's documented parameters);
    // 1,388 buyers pin r down to about +-0.1 (its standard error is about 0.05).
    assertEquals(0.8, clv.get("bgnbd").get("r").get("value").asDouble(), 0.15);
    assertEquals("log-wald", clv.get("bgnbd").get("r").get("method").asText());

    JsonNode satisfaction = json.readTree(cx("satisfaction", "--json").out());
    assertTrue(satisfaction.get("csat").get("satisfiedShare").get("n").asLong() > 0);
  }

  @Test
  void printedFiguresAreTheLibrarysOwn() throws IOException {
    ObjectMapper json = new ObjectMapper();
    SampleData sample = SampleData.load();

    NpsTally tally = NpsTally.ofResponses(sample.npsResponses());
    JsonNode nps = json.readTree(cx("nps", "--json").out()).get("overall").get("nps");
    assertEquals(tally.count(), nps.get("n").asLong());
    assertEquals(tally.estimate().value(), nps.get("value").asDouble(), 0);
    assertEquals(tally.estimate().lower(), nps.get("lower").asDouble(), 0);

    Csat csat = Csat.fromResponses(Scale.ONE_TO_FIVE, sample.csatResponses()).value();
    JsonNode share = json.readTree(cx("satisfaction", "--json").out()).get("csat").get("satisfiedShare");
    assertEquals(csat.satisfiedShare().value(), share.get("value").asDouble(), 0);
    assertEquals(csat.satisfiedShare().upper(), share.get("upper").asDouble(), 0);

    // Every sample respondent answers all five dimensions once, so the unweighted overall gap (the
    // mean over respondents of the mean over dimensions) is the plain mean of perceived - desired
    // over all answers, computed here without the command's grouping or the gap module.
    JsonNode gap = json.readTree(cx("gap", "--json").out());
    double meanGap = sample.servqual().stream().mapToInt(a -> a.perceived() - a.desired()).average().orElseThrow();
    assertEquals(meanGap, gap.get("overallGap").get("value").asDouble(), 1e-12);
    assertEquals(sample.servqual().size() / 5, gap.get("respondents").asLong());
    assertEquals(0, gap.get("incompleteSetAside").asLong());

    JsonNode churn = json.readTree(cx("churn", "--json").out());
    JsonNode march = null;
    for (JsonNode m : churn.get("periods")) {
      if (m.get("period").asText().equals("2025-03")) {
        march = m;
      }
    }
    PeriodChurn expected = PeriodChurn.of(sample.subscriptions(),
        CalendarPeriod.parse("2025-03").toInterval(ZoneOffset.UTC), Currency.getInstance("USD")).value();
    assertEquals(expected.atStart(), march.get("atStart").asLong());
    assertEquals(expected.lost(), march.get("lost").asLong());
    assertEquals(expected.churnRate().value(), march.get("churnRate").get("value").asDouble(), 0);
  }

  @Test
  void theReportIsOnePageWithItsCharts(@TempDir Path dir) throws IOException {
    Run r = cx("report", "--out", dir.toString());
    assertEquals(0, r.status(), r.err());
    String page = Files.readString(dir.resolve("index.html"));
    for (String section : List.of("nps", "satisfaction", "service", "churn", "clv", "gap", "drivers", "journeys")) {
      assertTrue(page.contains("<h2 id=\"" + section + "\""), section);
    }
    try (var files = Files.list(dir)) {
      long svgs = files.filter(p -> p.toString().endsWith(".svg")).count();
      assertTrue(svgs >= 16, svgs + " charts");
      assertEquals(svgs, page.split("<figure>", -1).length - 1, "every chart is on the page");
    }
    assertTrue(page.contains("n="), "figures state their n");
    java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"([^\"#]+)\"").matcher(page);
    int linked = 0;
    while (links.find()) {
      assertTrue(Files.exists(dir.resolve(links.group(1))), "the page links to a missing file: " + links.group(1));
      linked++;
    }
    assertTrue(linked >= 14, linked + " links");
    assertTrue(r.out().contains("index.html"), r.out());
    // Captions name each interval's method as the estimates record it.
    for (String method : List.of("95% adjusted Wald", "95% Wilson", "95% Student t", "95% Greenwood, log-log",
        "95% bootstrap percentile", "95% Fisher z")) {
      assertTrue(page.contains(method), method);
    }
    // What moves the score: the importance bars with their error bars, the driver matrix, and the caveat.
    String drivers = page.substring(page.indexOf("<h2 id=\"drivers\""));
    assertTrue(drivers.contains("<a href=\"drivers-importance.svg\">"), "importance bars");
    assertTrue(drivers.contains("<a href=\"drivers-matrix.svg\">"), "driver matrix");
    assertTrue(drivers.contains("LMG share of R² (Lindeman, Merenda and Gold 1980"), "the method is named");
    assertTrue(drivers.contains("with 95% bootstrap percentile intervals from 200 resamples"), "and the level");
    assertTrue(drivers.contains("Association, not causation"), "the caveat");
    assertTrue(page.indexOf("<li><a href=\"#drivers\">What moves the score</a></li>") > 0, "in the contents");
    // Journeys and attribution: top paths, the funnel with times, the models side by side.
    String journeys = page.substring(page.indexOf("<h2 id=\"journeys\""));
    assertTrue(journeys.contains("top paths by channel"), "top paths");
    assertTrue(journeys.contains("<a href=\"journeys-funnel.svg\">"), "funnel bars");
    assertTrue(journeys.contains("Kaplan-Meier"), "the funnel's method is named");
    assertTrue(journeys.contains("<a href=\"journeys-markov.svg\">"), "Markov bars");
    assertTrue(journeys.contains("Anderl, Becker, von Wangenheim and Schumann 2016"), "Markov is named");
    for (String model : List.of("first touch", "last touch", "linear", "position-based", "time decay 7d", "Markov 1")) {
      assertTrue(journeys.contains("<th>" + model + "</th>"), model);
    }
    assertTrue(page.indexOf("<li><a href=\"#journeys\">Journeys and attribution</a></li>") > 0, "in the contents");
  }

  @Test
  void everyCommandThatCutsByPeriodTakesTheSameVocabulary() throws IOException {
    ObjectMapper json = new ObjectMapper();
    String isoWeek = "\\d{4}-W\\d{2}";
    JsonNode nps = json.readTree(cx("nps", "--json", "--period", "week").out());
    assertTrue(nps.get("trend").size() > 50);
    nps.get("trend").forEach(p -> assertTrue(p.get("period").asText().matches(isoWeek), p.toString()));
    JsonNode satisfaction = json.readTree(cx("satisfaction", "--json", "--period", "WEEK").out());
    assertEquals("week", satisfaction.get("key").asText());
    satisfaction.get("segments").forEach(p -> assertTrue(p.get("segment").asText().matches(isoWeek), p.toString()));
    JsonNode churn = json.readTree(cx("churn", "--json", "--period", "week").out());
    churn.get("periods").forEach(p -> assertTrue(p.get("period").asText().matches(isoWeek), p.toString()));
    assertEquals("week", json.readTree(cx("service", "--json", "--period", "week").out()).get("periodUnit").asText());

    for (String command : List.of("nps", "satisfaction", "service", "churn", "report")) {
      Run r = cx(command, "--period", "iso_week");
      assertEquals(2, r.status(), command);
      assertTrue(r.err().contains("Invalid value for option '--period'"), r.err());
      assertTrue(r.err().contains("day, week, month, quarter, year"), r.err());
    }
  }

  @Test
  void quartersAreTheCalendarsWhateverMonthTheDataStartsIn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("customers.csv"), "id\nc-1\nc-2\nc-3\n");
    Files.writeString(dir.resolve("subscriptions.csv"), "id,customer,product,started_at,ended_at,churn_reason\n"
        + "s-1,c-1,app,2024-02-10T00:00:00Z,2024-05-10T00:00:00Z,price\n"
        + "s-2,c-2,app,2024-03-20T00:00:00Z,,\n"
        + "s-3,c-3,app,2024-04-05T00:00:00Z,2024-08-01T00:00:00Z,\n");
    Files.writeString(dir.resolve("revenue_changes.csv"), "subscription_id,effective_from,amount,currency\n"
        + "s-1,2024-02-10T00:00:00Z,10,USD\ns-2,2024-03-20T00:00:00Z,10,USD\ns-3,2024-04-05T00:00:00Z,10,USD\n");
    Run r = cx("churn", "--data", dir.toString(), "--period", "quarter", "--json");
    assertEquals(0, r.status(), r.err());
    JsonNode periods = new ObjectMapper().readTree(r.out()).get("periods");
    // January-March holds the February and March sign-ups; April-June is the second quarter, not the first.
    List<String> labels = new ArrayList<>();
    periods.forEach(p -> labels.add(p.get("period").asText()));
    assertEquals(List.of("2024-Q1", "2024-Q2", "2024-Q3"), labels);
    assertEquals(List.of(0L, 0L, 2L), counts(periods.get(0)));
    assertEquals(List.of(2L, 1L, 1L), counts(periods.get(1)));
    assertEquals(List.of(2L, 1L, 0L), counts(periods.get(2)));
    // Two customers at the start are below the default minimum of 30, and not below a minimum of 2.
    assertTrue(periods.get(1).get("churnRate").get("belowMinimum").asBoolean());
    JsonNode relaxed = new ObjectMapper().readTree(cx("churn", "--data", dir.toString(), "--period", "quarter",
        "--min-n", "2", "--json").out()).get("periods").get(1).get("churnRate");
    assertEquals(2, relaxed.get("minimumN").asLong());
    assertTrue(!relaxed.get("belowMinimum").asBoolean());
  }

  /** At start, lost, joined. */
  private static List<Long> counts(JsonNode period) {
    return List.of(period.get("atStart").asLong(), period.get("lost").asLong(), period.get("joined").asLong());
  }

  @Test
  void oneConfidencePolicyForEveryFigure() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode nps = json.readTree(cx("nps", "--json", "--level", "0.9", "--min-n", "100000").out()).get("overall")
        .get("nps");
    assertEquals(0.9, nps.get("level").asDouble(), 0);
    assertEquals(100000, nps.get("minimumN").asLong());
    assertTrue(nps.get("belowMinimum").asBoolean());
    JsonNode wide = json.readTree(cx("gap", "--json", "--level", "0.99").out()).get("overallGap");
    JsonNode narrow = json.readTree(cx("gap", "--json", "--level", "0.9").out()).get("overallGap");
    assertTrue(wide.get("lower").asDouble() < narrow.get("lower").asDouble());

    for (String[] bad : List.of(new String[] {"--level", "1.5"}, new String[] {"--level", "0"},
        new String[] {"--min-n", "0"})) {
      Run r = cx("nps", bad[0], bad[1]);
      assertEquals(2, r.status(), String.join(" ", bad));
      assertTrue(r.err().contains("Invalid value for option '" + bad[0] + "'"), r.err());
    }
  }

  @Test
  void everyEstimateInEveryJsonOutputHasTheOneShape() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> shape = List.of("value", "n", "lower", "upper", "level", "method", "marginOfError", "standardError",
        "effectiveN", "minimumN", "belowMinimum");
    for (String[] command : List.of(new String[] {"nps", "--period", "month"}, new String[] {"satisfaction"},
        new String[] {"service"}, new String[] {"churn"}, new String[] {"clv"}, new String[] {"gap"},
        new String[] {"drivers", "--resamples", "20"}, new String[] {"journeys", "--resamples", "10"})) {
      List<String> args = new ArrayList<>(List.of(command));
      args.add("--json");
      List<JsonNode> estimates = new ArrayList<>();
      collectIntervals(json.readTree(cx(args.toArray(new String[0])).out()), estimates);
      assertTrue(!estimates.isEmpty(), command[0]);
      for (JsonNode e : estimates) {
        List<String> fields = new ArrayList<>();
        e.fieldNames().forEachRemaining(fields::add);
        assertEquals(shape, fields, command[0] + ": " + e);
      }
    }
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void driversPrintsEveryFigureAndRecoversThePlantedOrder() throws IOException {
    // 20 resamples keep the test fast; the default is 200.
    Run r = cx("drivers", "--json", "--resamples", "20", "--seed", "7", "--level", "0.9");
    assertEquals(0, r.status(), r.err());
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertEquals(List.of("outcome", "outcomeScale", "driverScale", "missingAnswers", "surveys", "used", "setAside",
        "setAsideReasons", "unanswered", "n", "rSquared", "adjustedRSquared", "conditionNumber", "bootstrap",
        "matrixImportance", "importanceCut", "performanceCut", "drivers"), fields(d));
    assertEquals("likelihood-to-recommend", d.get("outcome").asText());
    assertEquals("1-5", d.get("driverScale").asText());
    assertEquals("listwise", d.get("missingAnswers").asText());
    // Every relationship NPS answer of the sample has its ratings; incomplete surveys are set aside and counted.
    SampleData sample = SampleData.load();
    assertEquals(sample.attributeRatings().size() / 5, d.get("surveys").asLong());
    assertEquals(d.get("surveys").asLong(), d.get("used").asLong() + d.get("setAside").asLong());
    assertEquals(d.get("setAside").asLong(), d.get("setAsideReasons").get("missing").asLong());
    assertEquals(d.get("used").asLong(), d.get("n").asLong());
    long skipped = sample.attributeRatings().stream().filter(a -> a.rating().isEmpty()).count();
    long unanswered = 0;
    for (JsonNode n : d.get("unanswered")) {
      unanswered += n.asLong();
    }
    assertEquals(skipped, unanswered);
    assertEquals(List.of("resamples", "seed", "failed"), fields(d.get("bootstrap")));
    assertEquals(20, d.get("bootstrap").get("resamples").asInt());
    assertEquals(7, d.get("bootstrap").get("seed").asLong());
    assertEquals("LMG", d.get("matrixImportance").asText());
    assertEquals(20.0, d.get("importanceCut").asDouble(), 0);

    String[] byRank = new String[5];
    double lmgTotal = 0;
    for (JsonNode driver : d.get("drivers")) {
      assertEquals(List.of("driver", "mean", "pearson", "spearman", "beta", "slope", "varianceInflation", "lmg",
          "lmgRank", "rankStability", "bestRank", "worstRank", "relativeWeight", "relativeWeightRank", "quadrant"),
          fields(driver));
      JsonNode lmg = driver.get("lmg");
      assertEquals("bootstrap-percentile", lmg.get("method").asText());
      assertEquals(0.9, lmg.get("level").asDouble(), 0);
      assertTrue(lmg.get("lower").asDouble() <= lmg.get("value").asDouble()
          && lmg.get("value").asDouble() <= lmg.get("upper").asDouble(), lmg.toString());
      assertEquals("fisher-z", driver.get("pearson").get("method").asText());
      assertEquals("fisher-z-bonett-wright", driver.get("spearman").get("method").asText());
      assertEquals("student-t", driver.get("beta").get("method").asText());
      assertEquals("bootstrap-percentile", driver.get("relativeWeight").get("method").asText());
      lmgTotal += lmg.get("value").asDouble();
      byRank[driver.get("lmgRank").asInt() - 1] = driver.get("driver").asText();
    }
    assertEquals(100, lmgTotal, 1e-9, "LMG percentages sum to 100");
    // The planted order (SampleCompany; PlantedDriversTest shows how it follows from the weights and correlations).
    assertEquals(List.of("product-quality", "ease-of-use", "reliability", "price-value", "support-speed"),
        List.of(byRank));
    // The planted means put ease of use (3.4, 27 % of R²) in "improve", product quality (3.9, 43 %) in "maintain".
    for (JsonNode driver : d.get("drivers")) {
      if (driver.get("driver").asText().equals("ease-of-use")) {
        assertEquals("IMPROVE", driver.get("quadrant").asText());
      }
      if (driver.get("driver").asText().equals("product-quality")) {
        assertEquals("MAINTAIN", driver.get("quadrant").asText());
        assertEquals(1, driver.get("bestRank").asInt());
      }
    }

    // Seeded: the same seed gives the same output; another seed other intervals around the same values.
    assertEquals(r.out(), cx("drivers", "--json", "--resamples", "20", "--seed", "7", "--level", "0.9").out());
    JsonNode other = new ObjectMapper().readTree(cx("drivers", "--json", "--resamples", "20", "--seed", "8",
        "--level", "0.9").out()).get("drivers").get(0).get("lmg");
    JsonNode same = d.get("drivers").get(0).get("lmg");
    assertEquals(same.get("value").asDouble(), other.get("value").asDouble(), 0);
    assertTrue(same.get("lower").asDouble() != other.get("lower").asDouble(), other.toString());

    // The table says the same and states the caveat; --pairwise uses every pair of answers.
    Run table = cx("drivers", "--resamples", "10");
    assertEquals(0, table.status(), table.err());
    assertTrue(table.out().contains("product-quality"), table.out());
    assertTrue(table.out().contains("Association, not causation"), table.out());
    JsonNode pairwise = new ObjectMapper().readTree(cx("drivers", "--json", "--pairwise", "--resamples", "10").out());
    assertEquals("pairwise", pairwise.get("missingAnswers").asText());
    assertEquals(0, pairwise.get("setAside").asLong());
    assertTrue(pairwise.get("n").asLong() > d.get("n").asLong());
  }

  @Test
  void driversWithoutAttributeRatingsSaysSoAndTheRestStillReads(@TempDir Path dir) throws IOException {
    SampleCompany.generate(SampleCompany.Parameters.defaults().withCustomers(40)).write(dir);
    Files.delete(dir.resolve("attribute_ratings.csv"));
    Run r = cx("drivers", "--data", dir.toString());
    assertEquals(1, r.status());
    assertEquals("cx: bad data: No attribute ratings in the data: key driver analysis needs attribute_ratings.csv "
        + "beside responses.csv (see cx-examples/CSV.md)", r.err().strip());
    assertEquals("", r.out());
    assertEquals(0, cx("nps", "--data", dir.toString()).status(), "a folder without the file reads as before");
    Run report = cx("report", "--data", dir.toString(), "--out", dir.resolve("report").toString());
    assertEquals(0, report.status(), report.err());
    assertTrue(Files.readString(dir.resolve("report").resolve("index.html"))
        .contains("No attribute ratings in the data (attribute_ratings.csv)"));

    // Too few complete surveys for five attributes: the analysis' own message, with its code.
    Files.writeString(dir.resolve("attribute_ratings.csv"), "customer,answered_at,attribute,rating\n"
        + "c-0001,2025-01-01T00:00:00Z,quality,4\nc-0001,2025-01-01T00:00:00Z,price,3\n");
    Run few = cx("drivers", "--data", dir.toString());
    assertEquals(1, few.status());
    assertTrue(few.err().startsWith("cx: bad data: The attribute ratings cannot be analysed: Invalid value for "
        + "respondents (at least 4 (the number of drivers + 2, and at least 4)): 0 [too-few]"), few.err());

    Run usage = cx("drivers", "--resamples", "5");
    assertEquals(2, usage.status());
    assertTrue(usage.err().contains("Invalid value for option '--resamples' (valid values 10 - 1000000): 5"),
        usage.err());
  }

  @Test
  void journeysRecoverThePlantedAssisterAndCloser() throws IOException {
    Run r = cx("journeys", "--json", "--resamples", "20", "--seed", "3");
    assertEquals(0, r.status(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(List.of("touchpoints", "journeys", "setAside", "setAsideReasons", "conversions", "conversionRate",
        "by", "halfLifeDays", "distinctPaths", "topPaths", "funnel", "attribution"), fields(j));
    assertEquals(2000, j.get("journeys").asLong());
    assertEquals(0, j.get("setAside").asLong());
    assertEquals(10, j.get("topPaths").size());
    assertEquals(List.of("path", "steps", "journeys", "conversions", "conversionRate"),
        fields(j.get("topPaths").get(0)));
    assertEquals("wilson", j.get("topPaths").get(0).get("conversionRate").get("method").asText());
    JsonNode steps = j.get("funnel").get("steps");
    assertEquals(3, steps.size());
    assertEquals("pre-purchase", steps.get(0).get("from").asText());
    assertTrue(steps.get(0).get("medianDays").asDouble() > 14, steps.get(0).toString());
    JsonNode a = j.get("attribution");
    long conversions = a.get("conversions").asLong();
    assertEquals(2000, conversions);
    Map<String, JsonNode> byChannel = new java.util.HashMap<>();
    double[] sums = new double[6];
    List<String> models = List.of("firstTouch", "lastTouch", "linear", "positionBased", "timeDecay", "markov");
    for (JsonNode c : a.get("channels")) {
      byChannel.put(c.get("channel").asText(), c);
      for (int m = 0; m < models.size(); m++) {
        sums[m] += c.get(models.get(m)).asDouble();
      }
      JsonNode share = c.get("markovShare");
      assertTrue(share.get("lower").asDouble() <= share.get("upper").asDouble(), c.toString());
      assertEquals("bootstrap-percentile", share.get("method").asText());
      assertEquals(2000, share.get("n").asLong()); // the journeys
      assertTrue(share.get("lower").asDouble() <= share.get("value").asDouble()
          && share.get("value").asDouble() <= share.get("upper").asDouble(), c.toString());
      assertEquals(conversions == 0 ? 0 : c.get("markov").asDouble() / conversions, share.get("value").asDouble(),
          1e-9, c.toString());
      assertTrue(share.get("standardError").isNumber(), c.toString());
    }
    for (int m = 0; m < models.size(); m++) {
      assertEquals(conversions, sums[m], 1e-6, models.get(m) + " sums to the conversions");
    }
    // The assister: nurture emails come first, never last.
    JsonNode email = byChannel.get("email");
    assertTrue(email.get("firstTouch").asDouble() > 0.5 * conversions, email.toString());
    assertTrue(email.get("linear").asDouble() > 10 * email.get("lastTouch").asDouble() + 100, email.toString());
    assertTrue(email.get("firstTouch").asDouble() > 10 * email.get("lastTouch").asDouble() + 100, email.toString());
    // The closer: the web is the usual last touch and never the first.
    JsonNode web = byChannel.get("web");
    assertTrue(web.get("lastTouch").asDouble() > 0.5 * conversions, web.toString());
    assertTrue(web.get("lastTouch").asDouble() > 10 * web.get("firstTouch").asDouble() + 100, web.toString());
    assertTrue(web.get("timeDecay").asDouble() > email.get("timeDecay").asDouble(), "time decay favours the closer");

    Run byKind = cx("journeys", "--by", "kind", "--collapse-repeats", "--top", "3", "--resamples", "10");
    assertEquals(0, byKind.status(), byKind.err());
    assertTrue(byKind.out().contains("Paths by touchpoint kind, repeats collapsed"), byKind.out());
    assertTrue(byKind.out().contains("exposure > interaction > engagement"), byKind.out());
    Run usage = cx("journeys", "--order", "4");
    assertEquals(2, usage.status());
    assertTrue(usage.err().contains("Invalid value for option '--order' (valid values 1 - 3): 4"), usage.err());
  }

  @Test
  void journeysWithoutTouchpointsSaysSo(@TempDir Path dir) throws IOException {
    SampleCompany.generate(SampleCompany.Parameters.defaults().withCustomers(40)).write(dir);
    Files.writeString(dir.resolve("touchpoints.csv"), Files.readAllLines(dir.resolve("touchpoints.csv")).get(0) + "\n");
    Run r = cx("journeys", "--data", dir.toString());
    assertEquals(1, r.status());
    assertEquals("cx: bad data: No touchpoints in the data: journeys need touchpoints.csv beside the other files "
        + "(see cx-examples/CSV.md)", r.err().strip());
    assertEquals("", r.out());
    Run report = cx("report", "--data", dir.toString(), "--out", dir.resolve("report").toString());
    assertEquals(0, report.status(), report.err());
    assertTrue(Files.readString(dir.resolve("report").resolve("index.html"))
        .contains("No touchpoints in the data (touchpoints.csv), so no journeys."));
    Files.delete(dir.resolve("touchpoints.csv"));
    Run missing = cx("journeys", "--data", dir.toString());
    assertEquals(1, missing.status(), missing.err());
    assertTrue(missing.err().startsWith("cx: bad data: "), missing.err());
    assertTrue(missing.err().contains("touchpoints"), missing.err());
  }

  /** Every object with an interval bound, at any depth. */
  private static void collectIntervals(JsonNode node, List<JsonNode> found) {
    if (node.isObject() && (node.has("lower") || node.has("upper"))) {
      found.add(node);
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      collectIntervals(it.next(), found);
    }
  }
}
