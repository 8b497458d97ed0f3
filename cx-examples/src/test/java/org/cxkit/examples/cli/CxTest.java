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
import java.util.List;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import org.cxkit.core.scale.Scale;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.churn.PeriodChurn;
import org.cxkit.metrics.churn.ReportingPeriod;
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
    for (String command : List.of("nps", "satisfaction", "service", "churn", "clv", "gap")) {
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

    Run lenient = cx("nps", "--data", dir.toString(), "--lenient");
    assertEquals(0, lenient.status(), lenient.err());
    assertTrue(lenient.err().contains("Set aside 1 of"), lenient.err());
  }

  @Test
  void jsonHasTheDocumentedFields() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode nps = json.readTree(cx("nps", "--json", "--period", "quarter").out());
    assertTrue(nps.get("overall").get("nps").isNumber());
    assertTrue(nps.get("overall").get("n").asLong() > 0);
    long sum = 0;
    for (JsonNode s : nps.get("segments")) {
      sum += s.get("n").asLong();
      assertTrue(s.get("lower").asDouble() <= s.get("nps").asDouble());
    }
    assertEquals(nps.get("overall").get("n").asLong(), sum, "segments add up to the whole");
    assertTrue(nps.get("trend").size() > 4);

    JsonNode churn = json.readTree(cx("churn", "--json").out());
    assertTrue(churn.get("months").size() >= 24);
    assertTrue(churn.get("annualChurn").asDouble() > churn.get("pooledMonthlyChurn").asDouble());

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
    assertEquals(0.8, clv.get("bgnbd").get("r").get("estimate").asDouble(), 0.15);

    JsonNode satisfaction = json.readTree(cx("satisfaction", "--json").out());
    assertTrue(satisfaction.get("csat").get("satisfiedShare").get("n").asLong() > 0);
  }

  @Test
  void printedFiguresAreTheLibrarysOwn() throws IOException {
    ObjectMapper json = new ObjectMapper();
    SampleData sample = SampleData.load();

    NpsTally tally = NpsTally.ofResponses(sample.npsResponses());
    JsonNode nps = json.readTree(cx("nps", "--json").out()).get("overall");
    assertEquals(tally.n(), nps.get("n").asLong());
    assertEquals(tally.estimate().value(), nps.get("nps").asDouble(), 0);
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
    for (JsonNode m : churn.get("months")) {
      if (m.get("month").asText().equals("2025-03")) {
        march = m;
      }
    }
    PeriodChurn expected = PeriodChurn.of(sample.subscriptions(),
        ReportingPeriod.of(YearMonth.of(2025, 3), ZoneOffset.UTC), Currency.getInstance("USD")).value();
    assertEquals(expected.atStart(), march.get("atStart").asLong());
    assertEquals(expected.lost(), march.get("lost").asLong());
    assertEquals(expected.churnRate().value(), march.get("churnRate").get("value").asDouble(), 0);
  }

  @Test
  void theReportIsOnePageWithItsCharts(@TempDir Path dir) throws IOException {
    Run r = cx("report", "--out", dir.toString());
    assertEquals(0, r.status(), r.err());
    String page = Files.readString(dir.resolve("index.html"));
    for (String section : List.of("nps", "satisfaction", "service", "churn", "clv", "gap")) {
      assertTrue(page.contains("<h2 id=\"" + section + "\""), section);
    }
    try (var files = Files.list(dir)) {
      long svgs = files.filter(p -> p.toString().endsWith(".svg")).count();
      assertTrue(svgs >= 14, svgs + " charts");
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
  }
}
