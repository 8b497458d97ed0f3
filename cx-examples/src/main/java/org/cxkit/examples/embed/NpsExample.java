package org.cxkit.examples.embed;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.result.Breakdown;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.nps.NpsComparison;
import org.cxkit.metrics.nps.NpsTally;

/**
 * Embeds {@code cx-metrics-nps} as a product team would: tallies a survey tool's raw export in which
 * one answer is off the scale, then the sample company's NPS answers overall, by channel with cx-core's
 * {@code Breakdown} collector, in two calendar quarters compared with each other, and once more on a
 * parallel stream. Every score is a cx-core {@code Estimate}, printed with its n and its 95 %
 * adjusted-Wald interval, and flagged below the default minimum of 30 answers.
 */
public final class NpsExample {
  /** A raw export as a survey tool might give it: the tenth answer, 11, is off the 0 to 10 scale. */
  static final double[] RAW_EXPORT = {10, 9, 9, 8, 7, 10, 6, 3, 9, 11, 10, 7};

  /** The earlier of the two quarters compared: the last of 2024. */
  static final CalendarPeriod EARLIER = CalendarPeriod.parse("2024-Q4");
  /** The later of the two quarters compared: the last of 2025. */
  static final CalendarPeriod LATER = CalendarPeriod.parse("2025-Q4");

  private NpsExample() {}

  /**
   * Prints the figures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // A bad answer is set aside with its reason (a code, the field and a message), never clamped to 10 or dropped.
    BulkResult<Double, NpsTally> raw = NpsTally.fromAnswers(RAW_EXPORT);
    System.out.printf(Locale.ROOT, "Raw export: %d answers given, %d counted%n", raw.givenCount(), raw.usedCount());
    for (SetAside<Double> s : raw.setAside()) {
      System.out.printf(Locale.ROOT, "  set aside answer #%d: %s%n", s.position() + 1, s.reason());
    }
    // n is the counted answers only; below Confidence.DEFAULT's 30 the estimate is flagged, and its interval says why.
    System.out.println("  NPS " + describe(raw.value().estimate()));

    List<NpsResponse> responses = SampleData.load().npsResponses();
    NpsTally all = NpsTally.ofResponses(responses);
    System.out.println("Sample company, all answers: NPS " + describe(all.estimate()));

    // Relationship surveys are about no channel: they get a key of their own rather than vanishing.
    Breakdown<String, NpsTally> byChannel = responses.stream()
        .collect(Breakdown.sortedBy(r -> r.channel().map(Channel::name).orElse("(relationship)"), NpsTally.toTally()));
    byChannel.segments().forEach((channel, tally) ->
        System.out.printf(Locale.ROOT, "  %-14s NPS %s%n", channel, describe(tally.estimate())));
    // The total is the pooled tally of every answer, not an average of the channel scores.
    System.out.println("  pooled total equals the overall tally: " + byChannel.total().equals(all));

    NpsTally earlier = quarter(responses, EARLIER);
    NpsTally later = quarter(responses, LATER);
    // Sign convention: second minus first, so a positive difference means the score rose.
    NpsComparison change = NpsComparison.of(earlier, later);
    System.out.printf(Locale.ROOT, "%s vs %s: change %+.1f points (later minus earlier), 95%% CI %.1f to %.1f,"
            + " p = %.3f%n", LATER.label(), EARLIER.label(),
        change.difference(), change.lower(), change.upper(), change.pValue());

    // The tally is a mergeable Collector: parts counted on several threads merge to the same counts.
    NpsTally parallel = responses.parallelStream().collect(NpsTally.toTally());
    System.out.printf(Locale.ROOT, "Parallel stream: %d promoters, %d passives, %d detractors; same as sequential: %s%n",
        parallel.promoters(), parallel.passives(), parallel.detractors(), parallel.equals(all));
  }

  /** The answers given in a calendar quarter, in UTC. */
  static NpsTally quarter(List<NpsResponse> responses, CalendarPeriod quarter) {
    return responses.stream()
        .filter(r -> CalendarPeriod.containing(r.answeredAt(), ZoneOffset.UTC, CalendarUnit.QUARTER).equals(quarter))
        .collect(NpsTally.toTally());
  }

  static String describe(Estimate e) {
    return String.format(Locale.ROOT, "%.1f (n=%d, 95%% CI %.1f to %.1f)%s", e.value(), e.n(), e.lower(), e.upper(),
        e.isBelowMinimum() ? ", below the minimum n of " + e.confidence().minimumN() : "");
  }
}
