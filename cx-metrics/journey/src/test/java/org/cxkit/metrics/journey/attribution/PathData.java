package org.cxkit.metrics.journey.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.metrics.journey.PathCount;

/**
 * ChannelAttribution's {@code PathData} (version 2.0.7): 10,000 aggregated paths over 12 channels,
 * read from the shared reference data beside the project ({@code ../shared/data/journey}, see its
 * README), never copied into it. The folder is passed by the {@code reference-data} Maven profile as
 * the system property {@value #PROPERTY}; only tests tagged {@value #TAG} read it.
 */
final class PathData {
  private PathData() {}

  /** The JUnit tag of the tests that read the reference data. */
  static final String TAG = "reference-data";
  /** The system property naming the reference data folder (the one holding {@code journey/}). */
  static final String PROPERTY = "cx.reference.data";

  /** The rows as given, 10,000 of them (some paths appear in several rows). */
  static List<PathCount> rows() {
    String folder = System.getProperty(PROPERTY);
    if (folder == null) {
      throw new IllegalStateException("The reference data folder is not set: run with -D" + PROPERTY + "=<folder>");
    }
    List<PathCount> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(Path.of(folder, "journey", "pathdata.csv"), StandardCharsets.UTF_8)) {
      in.readLine(); // "path","total_conversions","total_conversion_value","total_null"
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int close = line.indexOf('"', 1);
        String path = line.substring(1, close);
        String[] f = line.substring(close + 2).split(",");
        rows.add(PathCount.parse(path, Long.parseLong(f[0]), Double.parseDouble(f[1]), Long.parseLong(f[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
