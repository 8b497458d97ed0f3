package org.cxkit.examples.embed;

import java.util.List;
import java.util.Locale;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.attribution.Attribution;
import org.cxkit.metrics.journey.attribution.MarkovAttribution;
import org.cxkit.metrics.journey.attribution.PathRule;
import org.cxkit.metrics.journey.attribution.RemovalEffect;
import org.cxkit.metrics.journey.path.PathCounts;

/**
 * Embeds {@code cx-metrics-journey}'s attribution: fourteen journeys through three channels, given as
 * aggregated paths (ChannelAttribution's input: a path, its conversions, their value, its journeys
 * that did not convert), credited by four rules and by a first-order Markov chain, side by side. The
 * rules credit only the channels on converting paths, by position; the chain credits each channel by
 * how many conversions would be lost without it.
 */
public final class AttributionExample {
  /** Fourteen journeys, six converting, each conversion worth 100. */
  static final List<PathCount> PATHS = List.of(
      PathCount.parse("search > email", 3, 300, 1),
      PathCount.parse("search", 1, 100, 3),
      PathCount.parse("social > search > email", 2, 200, 0),
      PathCount.parse("social", 0, 0, 4));

  private AttributionExample() {}

  /**
   * Prints the figures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PathCounts counts = PathCounts.of(PATHS);
    System.out.printf(Locale.ROOT, "%d journeys, %d converting (%.1f%%), value %.2f%n", counts.count(),
        counts.conversions(), 100.0 * counts.conversions() / counts.count(), counts.value());

    // Order 1: a state is one channel. The fitted chain reproduces the observed conversion rate exactly.
    MarkovAttribution markov = MarkovAttribution.of(counts, 1);
    System.out.printf(Locale.ROOT, "Markov chain: P(conversion) = %.4f%n", markov.conversionProbability());
    // Removal effect: the share of conversions lost if the channel's journeys went nowhere from it.
    // Effects overlap (search alone is on every converting path), so credits scale them to the 6 conversions.
    for (RemovalEffect e : markov.removalEffects()) {
      System.out.printf(Locale.ROOT, "  removal effect of %-6s %.4f%n", e.channel(), e.conversions());
    }

    // Every model shares out the same six conversions; they differ only in whom they credit.
    List<Attribution> models = List.of(PathRule.FIRST_TOUCH.attribute(counts), PathRule.LAST_TOUCH.attribute(counts),
        PathRule.LINEAR.attribute(counts), PathRule.POSITION_BASED.attribute(counts), markov.attribution());
    System.out.print("Conversions credited:");
    for (Attribution a : models) {
      System.out.printf(Locale.ROOT, " | %s", a.model());
    }
    System.out.println();
    // Social opens two converting journeys and ends none: last touch gives it nothing, first touch
    // both, the chain a little, as the share of conversions lost without it is only 1/5.
    for (String channel : counts.labels()) {
      System.out.printf(Locale.ROOT, "  %-6s", channel);
      for (Attribution a : models) {
        // Every channel seen gets a credit, 0 where a rule never reaches it.
        System.out.printf(Locale.ROOT, " %.3f", a.credit(channel).orElseThrow().conversions());
      }
      System.out.println();
    }
  }
}
