package org.cxkit.examples.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cxkit.examples.csv.CsvFiles;
import org.cxkit.examples.csv.CsvTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates the sample company and writes it as the nine cx CSV files: the program that made the
 * sample shipped in cx-examples' resources. Run it from the repository root to regenerate the sample
 * in place:
 *
 * <pre>{@code
 * java -cp ... org.cxkit.examples.sample.GenerateSample --seed 6 \
 *     --out cx-examples/src/main/resources/org/cxkit/examples/sample
 * }</pre>
 *
 * <p>Exit codes: 0 on success, 2 on bad usage, 1 if the files cannot be written.
 */
@Command(name = "generate-sample", mixinStandardHelpOptions = true,
    description = "Generates the cx sample SaaS company and writes it as CSV files (described in cx-examples/CSV.md).")
public final class GenerateSample implements Callable<Integer> {

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of every random draw; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
  private long seed = SampleCompany.Parameters.DEFAULT_SEED;

  @Option(names = "--customers", paramLabel = "N",
      description = "Number of customers, at least 1 (default: ${DEFAULT-VALUE}).")
  private int customers = SampleCompany.Parameters.defaults().customers();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Folder to write the CSV files into, created if needed (default: ${DEFAULT-VALUE}).")
  private Path out = Path.of("cx-examples/src/main/resources/org/cxkit/examples/sample");

  /** Used by picocli. */
  public GenerateSample() {}

  /**
   * Runs the program.
   *
   * @param args the command line; {@code --help} describes it
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateSample()).execute(args));
  }

  /**
   * Generates and writes the files, then prints each file's name, row count and size.
   *
   * @return the exit code, 0
   * @throws Exception if the files cannot be written (picocli then exits with 1)
   */
  @Override
  public Integer call() throws Exception {
    SampleData data = SampleCompany.generate(SampleCompany.Parameters.defaults().withSeed(seed).withCustomers(customers));
    data.write(out);
    System.out.println("Wrote " + data + " to " + out.toAbsolutePath());
    long total = 0;
    for (CsvTable<?> table : CsvFiles.tables()) {
      Path file = out.resolve(table.file());
      long size = Files.size(file);
      total += size;
      long lines;
      try (var stream = Files.lines(file)) {
        lines = stream.count() - 1;
      }
      System.out.printf("  %-22s %7d rows %10d bytes%n", table.file(), lines, size);
    }
    System.out.printf("  %-22s %7s      %10d bytes%n", "total", "", total);
    return 0;
  }
}
