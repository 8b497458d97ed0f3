package org.cxkit.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.CalendarUnit;

/**
 * Words shared by the tables, captions and messages, so that every subcommand says a level, an
 * interval method and a set-aside reason the same way, and takes them from the figures rather than
 * restating them.
 */
final class Text {
  private Text() {}

  /** A confidence level as people write it: {@code 95%}, {@code 99.5%}. */
  static String level(Confidence confidence) {
    double p = 100 * confidence.level();
    return (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)) + "%";
  }

  /** The header of an interval column: {@code 95% CI}. */
  static String ci(Confidence confidence) {
    return level(confidence) + " CI";
  }

  /** What an estimate's interval is, from the estimate itself: {@code 95% Wilson}, {@code 90% adjusted Wald}. */
  static String interval(Estimate e) {
    return level(e.confidence()) + " " + e.method().label();
  }

  /** The flag of an estimate on too few observations, or an empty string: {@code n < 30}. */
  static String flag(Estimate e) {
    return e.isBelowMinimum() ? "n < " + e.confidence().minimumN() : "";
  }

  /**
   * The set-aside items of a bulk result counted by reason code, most frequent first:
   * {@code 2 out-of-range, 1 missing}; empty if nothing was set aside.
   */
  static String reasons(BulkResult<?, ?> result) {
    List<Map.Entry<ReasonCode, Long>> counts = new ArrayList<>(result.reasonCounts().entrySet());
    counts.sort(Map.Entry.<ReasonCode, Long>comparingByValue().reversed());
    List<String> parts = new ArrayList<>();
    counts.forEach(e -> parts.add(e.getValue() + " " + e.getKey()));
    return String.join(", ", parts);
  }

  /**
   * One line on what a bulk result set aside, with its codes, or an empty string:
   * {@code 3 subscriptions set aside: 2 duplicate, 1 overlap}.
   */
  static String setAside(BulkResult<?, ?> result, String items) {
    int n = result.setAside().size();
    return n == 0 ? "" : String.format(Locale.ROOT, "%d %s set aside: %s", n, items, reasons(result));
  }

  /** {@code Monthly}, {@code Weekly}, {@code Quarterly}…, for chart titles. */
  static String adverb(CalendarUnit unit) {
    switch (unit) {
      case DAY:
        return "Daily";
      case WEEK:
        return "Weekly";
      case MONTH:
        return "Monthly";
      case QUARTER:
        return "Quarterly";
      case YEAR:
        return "Yearly";
      default:
        throw new AssertionError(unit);
    }
  }
}
