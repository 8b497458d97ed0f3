package org.cxkit.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cx}: the command-line face of the library, one subcommand per figure family and
 * {@code report}. Each reads a folder of cx CSV files ({@code --data}), or the embedded sample
 * company, and prints a table or, with {@code --json}, JSON.
 *
 * <p>Exit status: 0 on success, 2 on bad usage, 1 on bad data, with the reason on standard error.
 */
@Command(name = "cx", mixinStandardHelpOptions = true, version = "cx 0.1.0-SNAPSHOT",
    description = "Customer-experience figures from CSV exports: NPS, CSAT and effort, service times, churn, "
        + "lifetime value, expectation gaps, what moves the score and which journeys convert.",
    subcommands = {NpsCommand.class, SatisfactionCommand.class, ServiceCommand.class, ChurnCommand.class, ClvCommand.class,
        GapCommand.class, DriversCommand.class, JourneysCommand.class, ReportCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:bad data (the reason is printed)", "2:bad usage"})
public final class Cx implements Runnable {
  @Spec
  CommandSpec spec;

  /**
   * Runs the program.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the program without exiting, as tests do.
   *
   * @param args the command line
   * @return the exit status
   */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Cx());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof BadDataException || e instanceof IllegalArgumentException) {
        err.println("cx: bad data: " + e.getMessage());
        err.flush();
        return 1;
      }
      throw e;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
