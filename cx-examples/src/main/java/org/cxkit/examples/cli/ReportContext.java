package org.cxkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.examples.report.Html;
import org.cxkit.examples.sample.SampleData;

/**
 * What a report section needs: the data, the page, the output folder, and the options every section
 * reads the same way (the period of the trends, the zone, the confidence policy).
 */
final class ReportContext {
  final SampleData data;
  final Html html;
  final Path out;
  final ZoneId zone;
  final CalendarUnit unit;
  final Confidence confidence;
  private int charts;

  ReportContext(SampleData data, Html html, Path out, ZoneId zone, CalendarUnit unit, Confidence confidence) {
    this.data = data;
    this.html = html;
    this.out = out;
    this.zone = zone;
    this.unit = unit;
    this.confidence = confidence;
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
