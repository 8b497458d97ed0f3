package org.cxkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.examples.report.Html;
import org.cxkit.examples.sample.SampleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx report}: one self-contained HTML page with every figure and its charts. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write one self-contained HTML page (index.html) and its SVG charts into a folder. --period sets "
        + "the period of the trend charts (NPS, ticket counts, churn rate; default: month).")
final class ReportCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/cx-report",
      description = "Folder to write into, created if needed (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  PeriodOptions period;

  @Mixin
  ConfidenceOptions confidence;

  private record Section(String name, Consumer<ReportContext> writer) {}

  @Override
  public Integer call() {
    long start = System.nanoTime();
    progress("reading data");
    SampleData sample = data.load();
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Html html = new Html("Customer experience report");
    html.paragraph(String.format(Locale.ROOT, "Data: %s. %,d customers, %,d touchpoints, %,d survey answers, "
            + "%,d tickets, %,d purchases, %,d subscriptions, %,d SERVQUAL answers and %,d attribute ratings. "
            + "Periods in %s; intervals at %s, figures on fewer than %d observations flagged.",
        data.data == null ? "the sample company that ships with cx-examples" : data.data.toString(),
        sample.customers().size(), sample.touchpoints().size(), sample.responses().size(), sample.tickets().size(),
        sample.purchases().size(), sample.subscriptions().size(), sample.servqual().size(),
        sample.attributeRatings().size(), period.zone,
        Text.level(confidence.confidence()), confidence.confidence().minimumN()));
    ReportContext ctx = new ReportContext(sample, html, out, period.zone, period.unitOr(CalendarUnit.MONTH),
        confidence.confidence());
    List<Section> sections = List.of(new Section("NPS", NpsCommand::report),
        new Section("satisfaction", SatisfactionCommand::report), new Section("service", ServiceCommand::report),
        new Section("churn", ChurnCommand::report), new Section("CLV", ClvCommand::report),
        new Section("gap", GapCommand::report), new Section("drivers", DriversCommand::report),
        new Section("journeys", JourneysCommand::report));
    for (int i = 0; i < sections.size(); i++) {
      progress(String.format(Locale.ROOT, "[%d/%d] %s", i + 1, sections.size(), sections.get(i).name()));
      sections.get(i).writer().accept(ctx);
    }
    Path page = out.resolve("index.html");
    try {
      Files.writeString(page, html.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (System.console() != null) {
      System.err.print("\r" + " ".repeat(60) + "\r");
    }
    System.out.printf(Locale.ROOT, "Report written to %s (%d charts) in %.1f s%n", page.toAbsolutePath().normalize(),
        ctx.charts(), (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** On a terminal, one line rewritten in place; in a log, one line per step. */
  private static void progress(String what) {
    if (System.console() == null) {
      System.err.println("cx report: " + what);
    } else {
      System.err.print("\r" + String.format(Locale.ROOT, "%-60s", "cx report: " + what));
      System.err.flush();
    }
  }
}
