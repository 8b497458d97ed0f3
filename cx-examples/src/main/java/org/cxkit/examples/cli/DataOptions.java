package org.cxkit.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.SetAside;
import org.cxkit.examples.csv.CsvRow;
import org.cxkit.examples.sample.SampleData;
import picocli.CommandLine.Option;

/** Where the data comes from, shared by every subcommand. */
final class DataOptions {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder of cx CSV files (see cx-examples/CSV.md). Default: the embedded sample company.")
  Path data;

  @Option(names = "--lenient",
      description = "Compute on the rows that read and list the malformed ones on standard error, instead of "
          + "refusing bad data with exit status 1.")
  boolean lenient;

  @Option(names = "--json", description = "Print machine-readable JSON instead of a table.")
  boolean json;

  /** Loads the data, refusing (or, with --lenient, listing) the rows that do not read. */
  SampleData load() {
    if (data == null) {
      return SampleData.load();
    }
    if (!Files.isDirectory(data)) {
      throw new BadDataException("No such folder for --data: " + data);
    }
    BulkResult<CsvRow, SampleData> read;
    try {
      read = SampleData.read(data);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new BadDataException(e.getMessage());
    }
    List<SetAside<CsvRow>> bad = read.setAside();
    if (!bad.isEmpty()) {
      StringBuilder reasons = new StringBuilder();
      // The message starts with "line N: "; the code says what kind of problem it is, as the summary counts them.
      bad.stream().limit(20).forEach(s -> reasons.append(System.lineSeparator()).append("  ")
          .append(s.item().file()).append(' ').append(s.reason().message()).append(" [").append(s.code()).append(']'));
      if (bad.size() > 20) {
        reasons.append(System.lineSeparator()).append("  … and ").append(bad.size() - 20).append(" more");
      }
      String rows = bad.size() + " of " + read.givenCount() + " rows";
      String why = " (" + Text.reasons(read) + "):" + reasons;
      if (!lenient) {
        throw new BadDataException(rows + " do not read" + why + System.lineSeparator()
            + "Fix them, or run with --lenient to use the rest.");
      }
      System.err.println("Set aside " + rows + " that do not read" + why);
    }
    return read.value();
  }
}
