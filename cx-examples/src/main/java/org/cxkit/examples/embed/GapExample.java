package org.cxkit.examples.embed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.experience.Episode;
import org.cxkit.core.experience.Expectation;
import org.cxkit.core.experience.Experience;
import org.cxkit.core.experience.Perception;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.Exchange;
import org.cxkit.core.touchpoint.Initiator;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.core.touchpoint.Team;
import org.cxkit.metrics.gap.dynamics.ExpectationDynamics;
import org.cxkit.metrics.gap.dynamics.ExpectationStep;
import org.cxkit.metrics.gap.ipa.ImportancePerformance;
import org.cxkit.metrics.gap.ipa.IpaAttribute;
import org.cxkit.metrics.gap.servqual.ImportanceWeights;
import org.cxkit.metrics.gap.servqual.ServqualInstrument;
import org.cxkit.metrics.gap.servqual.ServqualItem;
import org.cxkit.metrics.gap.servqual.ServqualResponse;
import org.cxkit.metrics.gap.servqual.ServqualSummary;

/**
 * Embeds {@code cx-metrics-gap}: a short SERVQUAL-style survey (one question per dimension, asked as
 * an expectation and as a perception) answered by four customers, summarised as gaps with their t
 * intervals and weighted by importance; the dimensions placed on an importance–performance grid; and
 * the path of one customer's expectation and satisfaction over four support chats.
 */
public final class GapExample {
  /** A pulse survey of SERVQUAL's shape: one item per dimension on 1 to 7. */
  static final ServqualInstrument PULSE = ServqualInstrument.of("pulse", Scale.ONE_TO_SEVEN, List.of(
      ServqualItem.of(1, QualityDimension.TANGIBLES, "the app looks and works well"),
      ServqualItem.of(2, QualityDimension.RELIABILITY, "does what it promised"),
      ServqualItem.of(3, QualityDimension.RESPONSIVENESS, "prompt help"),
      ServqualItem.of(4, QualityDimension.ASSURANCE, "staff I can trust"),
      ServqualItem.of(5, QualityDimension.EMPATHY, "attention to my case")));
  /** Mean importance points from the constant-sum question (they sum to 100). */
  static final Map<QualityDimension, Integer> IMPORTANCE = Map.of(QualityDimension.TANGIBLES, 10,
      QualityDimension.RELIABILITY, 32, QualityDimension.RESPONSIVENESS, 22, QualityDimension.ASSURANCE, 19,
      QualityDimension.EMPATHY, 17);

  private GapExample() {}

  /**
   * Prints the figures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ServqualSummary summary = responses().stream().collect(ServqualSummary.toServqualSummary(PULSE));
    // Gap = perception - expectation: negative means expectations not met. Four respondents give wide intervals.
    System.out.println("Overall gap " + describe(summary.overallGap()) + ", importance-weighted "
        + describe(summary.weightedGap(ImportanceWeights.of(IMPORTANCE))));
    List<IpaAttribute> attributes = new ArrayList<>();
    for (QualityDimension d : PULSE.dimensions()) {
      System.out.printf(Locale.ROOT, "  %-14s gap %s%n", d, describe(summary.dimensionGap(d)));
      attributes.add(IpaAttribute.of(d.name(), IMPORTANCE.get(d), summary.dimensionPerception(d).value()));
    }

    // The crosshair is a choice: here the data means, so quadrants are relative to this firm's own dimensions.
    ImportancePerformance ipa = ImportancePerformance.atDataMeans(attributes);
    System.out.printf(Locale.ROOT, "Importance-performance, crosshair at importance %.1f, perception %.2f:%n",
        ipa.crosshair().importance(), ipa.crosshair().performance());
    ipa.quadrants().forEach((name, quadrant) -> System.out.printf(Locale.ROOT, "  %-14s %s%n", name, quadrant));

    // Scores are read on 0 to 1; a delighted customer expects more next time, so the same service pleases less.
    List<ExpectationStep> path = ExpectationDynamics.DEFAULT.path(experience()).value();
    System.out.println("Expectation dynamics of customer ana (0 to 1, default illustrative parameters):");
    for (ExpectationStep s : path) {
      System.out.printf(Locale.ROOT, "  %s expected %.3f perceived %.3f gap %+.3f satisfaction %.3f next %.3f%n",
          s.touchpointId(), s.expectation(), s.perception(), s.gap(), s.satisfaction(), s.nextExpectation());
    }
  }

  /** Four respondents' expectations and perceptions, in item order. */
  static List<ServqualResponse> responses() {
    return List.of(
        ServqualResponse.of(PULSE, new int[] {5, 7, 6, 6, 5}, new int[] {5, 5, 4, 6, 5}),
        ServqualResponse.of(PULSE, new int[] {4, 7, 7, 6, 6}, new int[] {6, 6, 5, 6, 4}),
        ServqualResponse.of(PULSE, new int[] {6, 6, 6, 7, 5}, new int[] {5, 5, 6, 6, 6}),
        ServqualResponse.of(PULSE, new int[] {5, 7, 6, 5, 6}, new int[] {6, 5, 4, 6, 5}));
  }

  /** One customer's four support chats: delight twice, an unsolved problem, then a fix. */
  static Experience experience() {
    CustomerId ana = CustomerId.of("ana");
    // What she expected before the first chat; later expectations are the model's to carry.
    Expectation before = Expectation.predicted(QualityDimension.RELIABILITY, Scale.ONE_TO_SEVEN, 5);
    return Experience.of(ana, List.of(
        chat(ana, 1, "2026-03-02", 7, true).addExpectations(before).build(),
        chat(ana, 2, "2026-04-06", 7, true).build(),
        chat(ana, 3, "2026-05-04", 3, false).build(),
        chat(ana, 4, "2026-06-01", 6, true).build()));
  }

  private static Episode.Builder chat(CustomerId customer, int n, String day, int perceived, boolean solved) {
    Exchange chat = Exchange.builder().id("chat-" + n).customer(customer).occurredAt(Instant.parse(day + "T10:00:00Z"))
        .channel(Channel.LIVE_CHAT).stage(JourneyStage.CONSUMPTION).team(Team.SUPPORT).initiator(Initiator.CUSTOMER)
        .build();
    return Episode.builder().touchpoint(chat).problemSolved(solved)
        .addPerceptions(Perception.of(QualityDimension.RELIABILITY, Scale.ONE_TO_SEVEN, perceived));
  }

  static String describe(Estimate e) {
    return String.format(Locale.ROOT, "%+.2f (n=%d, 95%% CI %+.2f to %+.2f)", e.value(), e.n(), e.lower(), e.upper());
  }
}
