package org.cxkit.examples.cli;

import java.util.Locale;
import org.cxkit.core.feedback.SurveyResponse;
import picocli.CommandLine.Option;

/** {@code --segment} for the survey subcommands ({@code nps}, {@code satisfaction}): one key, one set of values. */
final class SegmentOptions {
  @Option(names = "--segment", paramLabel = "KEY", defaultValue = "channel",
      description = "Cut by: channel, team, stage or survey (default: ${DEFAULT-VALUE}).")
  Keys key;

  /** The segment of a response. */
  String of(SurveyResponse response) {
    return key.of(response);
  }

  /** The key's name, as typed. */
  String name() {
    return key.name().toLowerCase(Locale.ROOT);
  }
}
