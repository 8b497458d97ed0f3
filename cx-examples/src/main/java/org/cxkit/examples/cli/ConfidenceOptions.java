package org.cxkit.examples.cli;

import java.util.function.Supplier;
import org.cxkit.core.result.Confidence;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The one confidence policy of every subcommand: the level of every interval and the sample size
 * below which an estimate is flagged ({@link org.cxkit.core.result.Estimate#isBelowMinimum()}). The
 * defaults are {@link Confidence#DEFAULT}'s.
 */
final class ConfidenceOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private Confidence confidence = Confidence.DEFAULT;

  @Option(names = "--level", paramLabel = "LEVEL",
      description = "Confidence level of every interval, strictly between 0 and 1 (default: 0.95).")
  void level(double level) {
    confidence = check(() -> confidence.withLevel(level), "--level");
  }

  @Option(names = "--min-n", paramLabel = "N",
      description = "Sample size below which a figure is flagged as too small to read, at least 1 (default: 30).")
  void minimumN(long minimumN) {
    confidence = check(() -> confidence.withMinimumN(minimumN), "--min-n");
  }

  /** The policy the options describe. */
  Confidence confidence() {
    return confidence;
  }

  private Confidence check(Supplier<Confidence> policy, String option) {
    try {
      return policy.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + e.getMessage());
    }
  }
}
