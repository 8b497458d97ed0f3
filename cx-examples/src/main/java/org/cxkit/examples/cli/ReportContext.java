package org.cxkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.cxkit.examples.report.Html;
import org.cxkit.examples.sample.SampleData;

/** What a report section needs: the data, the page, the output folder and the progress line. */
final class ReportContext {
  final SampleData data;
  final Html html;
  final Path out;
  final ZoneId zone;
  private int charts;

  ReportContext(SampleData data, Html html, Path out, ZoneId zone) {
    this.data = data;
    this.html = html;
    this.out = out;
    this.zone = zone;
  }

  /** Writes a chart file beside the page and puts the chart on the page with its caption. */
  void figure(String file, String svg, String caption) {
    try {
      Files.writeString(out.resolve(file), svg, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    html.figure(svg, file, caption);
    charts++;
  }

  int charts() {
    return charts;
  }
}
