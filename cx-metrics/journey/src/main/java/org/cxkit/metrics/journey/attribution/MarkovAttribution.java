package org.cxkit.metrics.journey.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cxkit.metrics.journey.internal.AbsorbingChain;
import org.cxkit.metrics.journey.path.PathCounts;

/**
 * Data-driven attribution by a Markov chain of journeys (Anderl, Becker, von Wangenheim and Schumann
 * 2016, "Mapping the customer journey: lessons learned from graph-based online attribution
 * modeling", International Journal of Research in Marketing 33(3)): the journeys' paths are a chain
 * from a start state through states of channels to conversion or null, with the transition
 * probabilities of {@link TransitionCounts}. A channel's removal effect is the share of the
 * conversion probability lost when every state containing it leads to null; the channels' credits
 * are their removal effects scaled to sum to the total conversions. Value is credited the same way,
 * with removal effects on the expected conversion value (the value of the conversions leaving each
 * state), as ChannelAttribution does.
 *
 * <p>The removal effects are computed exactly by absorbing-chain algebra: one inversion of
 * {@code I − Q} (the fundamental matrix) and, per channel, the probabilities of first reaching each
 * of its states; no simulation. ChannelAttribution's {@code markov_model} estimates the same
 * quantities by simulating paths, cut at the longest observed path, so its figures differ from these
 * by its simulation error and that truncation. The conventions (windows as states, no self-loops,
 * non-converting journeys ending at null) are those of {@link TransitionCounts}. The chain reproduces
 * the observed conversion rate exactly: {@link #conversionProbability()} equals conversions ÷
 * journeys, up to rounding.
 *
 * <p>A channel gets credit when its states lead to conversion in the chain, which can happen even if
 * no converting journey passed through it (a journey {@code d > a} that did not convert, beside one
 * {@code a} that did, credits {@code d}): the chain generalises across journeys. A channel whose
 * states can only lead to null gets none.
 *
 * <p>Cost: the inversion takes about {@code 2n³} operations for {@code n} states: 12 channels give at
 * most 12 states at order 1 and 156 at order 2 (microseconds to a millisecond), and up to about 1,900
 * at order 3 (seconds).
 *
 * <p>Empty input: no journeys, or no conversions, gives removal effects and credits of 0;
 * {@link #conversionProbability()} is then 0, or throws {@link IllegalStateException} with no
 * journeys at all.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarkovAttribution {
  private final TransitionCounts counts;
  private final double conversionProbability;
  private final double expectedValue;
  private final List<RemovalEffect> removalEffects;
  private final Attribution attribution;

  private MarkovAttribution(TransitionCounts counts, double conversionProbability, double expectedValue,
      List<RemovalEffect> removalEffects, Attribution attribution) {
    this.counts = counts;
    this.conversionProbability = conversionProbability;
    this.expectedValue = expectedValue;
    this.removalEffects = removalEffects;
    this.attribution = attribution;
  }

  /**
   * Fits the chain to transition counts and computes the removal effects and credits.
   *
   * @param counts the transition counts, of any order
   * @return the attribution
   */
  public static MarkovAttribution of(TransitionCounts counts) {
    Objects.requireNonNull(counts, "counts");
    int channels = counts.channels.size();
    double[] reConversion = new double[channels];
    double[] reValue = new double[channels];
    double probability = 0;
    double expected = 0;
    if (counts.conversions() > 0) {
      AbsorbingChain.Solution solution = solve(counts);
      probability = solution.conversionProbability();
      expected = solution.expectedValue();
      reConversion = solution.conversionEffects();
      reValue = solution.valueEffects();
    }
    List<RemovalEffect> effects = new ArrayList<>(channels);
    for (int c = 0; c < channels; c++) {
      effects.add(new RemovalEffect(counts.channels.get(c), reConversion[c], reValue[c]));
    }
    double[] creditConversions = scale(reConversion, counts.conversions());
    double[] creditValue = scale(reValue, counts.value());
    Attribution attribution = Attribution.of("markov order " + counts.order(), counts.count(),
        counts.conversions(), counts.value(), counts.channels, creditConversions, creditValue);
    return new MarkovAttribution(counts, probability, expected, Collections.unmodifiableList(effects), attribution);
  }

  /**
   * Counts the transitions of aggregated paths and fits the chain.
   *
   * @param paths the paths with their conversions, value and nulls, such as ChannelAttribution's
   *     {@code PathData}
   * @param order the order, from 1 to {@value TransitionCounts#MAX_ORDER}
   * @return the attribution
   * @throws IllegalArgumentException if the order is out of range
   */
  public static MarkovAttribution of(PathCounts paths, int order) {
    return of(TransitionCounts.of(paths, order));
  }

  static AbsorbingChain.Solution solve(TransitionCounts counts) {
    int n = counts.states.length;
    double[] start = new double[n];
    double[] transitions = new double[n * n];
    double[] conversions = new double[n];
    double[] nulls = new double[n];
    for (int s = 0; s < n; s++) {
      start[s] = counts.start[s];
      conversions[s] = counts.conversions[s];
      nulls[s] = counts.nulls[s];
      int[] targets = counts.targets[s];
      for (int i = 0; i < targets.length; i++) {
        transitions[s * n + targets[i]] = counts.counts[s][i];
      }
    }
    return AbsorbingChain.solve(n, start, transitions, conversions, nulls, counts.value.clone(),
        counts.statesOfChannel);
  }

  /**
   * Scales removal effects to shares of a total: {@code effect_c / Σ effects × total}.
   *
   * @param effects the removal effects, zero or more
   * @param total the total to share out, zero or more
   * @return the credits, all 0 if the effects or the total are 0
   */
  static double[] scale(double[] effects, double total) {
    double sum = 0;
    for (double e : effects) {
      sum += e;
    }
    double[] out = new double[effects.length];
    if (sum > 0 && total > 0) {
      for (int c = 0; c < effects.length; c++) {
        out[c] = effects[c] / sum * total;
      }
    }
    return out;
  }

  /**
   * Returns the order of the chain.
   *
   * @return the number of consecutive channels in a state
   */
  public int order() {
    return counts.order();
  }

  /**
   * Returns how many journeys the chain was fitted to.
   *
   * @return the number of journeys
   */
  public long count() {
    return counts.count();
  }

  /**
   * Returns the transition counts the chain was fitted to.
   *
   * @return the counts
   */
  public TransitionCounts transitionCounts() {
    return counts;
  }

  /**
   * Returns the chain's transition probabilities.
   *
   * @return the transition matrix
   */
  public TransitionMatrix transitionMatrix() {
    return counts.transitionMatrix();
  }

  /**
   * Returns the probability that a journey of the chain reaches conversion, which equals the observed
   * conversion rate.
   *
   * @return the probability, from 0 to 1
   * @throws IllegalStateException if there are no journeys
   */
  public double conversionProbability() {
    if (counts.count() == 0) {
      throw new IllegalStateException("No conversion probability without journeys");
    }
    return conversionProbability;
  }

  /**
   * Returns the expected conversion value of a journey of the chain, which equals the observed total
   * value ÷ journeys.
   *
   * @return the expected value, zero or more (0 without journeys)
   */
  public double expectedValue() {
    return expectedValue;
  }

  /**
   * Returns every channel's removal effects, channels in {@link String} order.
   *
   * @return the removal effects, unmodifiable
   */
  public List<RemovalEffect> removalEffects() {
    return removalEffects;
  }

  /**
   * Returns one channel's removal effects.
   *
   * @param channel the channel's label
   * @return its removal effects, or empty if no state contains it
   */
  public Optional<RemovalEffect> removalEffect(String channel) {
    Objects.requireNonNull(channel, "channel");
    return removalEffects.stream().filter(e -> e.channel().equals(channel)).findFirst();
  }

  /**
   * Returns the credits: removal effects scaled to the total conversions, and value removal effects
   * scaled to the total value.
   *
   * @return the attribution, named {@code markov order k}
   */
  public Attribution attribution() {
    return attribution;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MarkovAttribution m && counts.equals(m.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return "MarkovAttribution{order=" + order() + ", journeys=" + count() + ", conversionProbability="
        + conversionProbability + ", removalEffects=" + removalEffects + "}";
  }
}
