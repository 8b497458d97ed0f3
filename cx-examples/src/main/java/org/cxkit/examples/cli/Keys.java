package org.cxkit.examples.cli;

import java.util.Locale;
import java.util.function.Function;
import org.cxkit.core.feedback.SurveyResponse;

/** The segment keys a survey response can be cut by, as named on the command line. */
enum Keys {
  /** The channel the question was about. */
  CHANNEL(r -> r.channel().map(Object::toString).orElse(Keys.NONE)),
  /** The team the question was about. */
  TEAM(r -> r.team().map(Object::toString).orElse(Keys.NONE)),
  /** The journey stage the question was about. */
  STAGE(r -> r.stage().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(Keys.NONE)),
  /** Relationship or transactional. */
  SURVEY(r -> r.survey().name().toLowerCase(Locale.ROOT));

  /** The key of a response that does not say. */
  static final String NONE = "(not stated)";

  private final Function<SurveyResponse, String> key;

  Keys(Function<SurveyResponse, String> key) {
    this.key = key;
  }

  String of(SurveyResponse r) {
    return key.apply(r);
  }
}
