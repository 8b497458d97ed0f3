package org.cxkit.metrics.journey.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cxkit.core.internal.Checks;

/**
 * How one attribution model shares the credit for conversions, and for their value, among channels.
 * Whatever the model, the channels' credits sum to the total conversions and the total value (up to
 * floating-point rounding), so that models can be read side by side.
 *
 * <p>Every channel seen on some journey's path has a credit, zero where the model gives it none.
 *
 * <p>Empty input: with no journeys, or no conversions, every credit is 0 (the channels seen are
 * still listed), the totals are 0, and {@link #share} and {@link #valueShare} throw
 * {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Attribution {
  private final String model;
  private final long journeys;
  private final long conversions;
  private final double value;
  private final SortedMap<String, Credit> credits;

  private Attribution(String model, long journeys, long conversions, double value,
      SortedMap<String, Credit> credits) {
    this.model = model;
    this.journeys = journeys;
    this.conversions = conversions;
    this.value = value;
    this.credits = Collections.unmodifiableSortedMap(credits);
  }

  /**
   * Assembles an attribution; credits are made finite and non-negative by the caller.
   *
   * @param model the model's name
   * @param journeys the journeys it rests on
   * @param conversions the total conversions
   * @param value the total value
   * @param channels the channels seen
   * @param conversionCredits each channel's conversions
   * @param valueCredits each channel's value
   * @return the attribution
   */
  static Attribution of(String model, long journeys, long conversions, double value, List<String> channels,
      double[] conversionCredits, double[] valueCredits) {
    SortedMap<String, Credit> credits = new TreeMap<>();
    for (int i = 0; i < channels.size(); i++) {
      credits.put(channels.get(i), new Credit(channels.get(i), conversionCredits[i], valueCredits[i]));
    }
    return new Attribution(model, journeys, conversions, Checks.nonNegative("value", value), credits);
  }

  /**
   * Returns the model's name, such as {@code first-touch} or {@code markov order 2}.
   *
   * @return the name
   */
  public String model() {
    return model;
  }

  /**
   * Returns how many journeys the attribution rests on, converted or not.
   *
   * @return the number of journeys
   */
  public long count() {
    return journeys;
  }

  /**
   * Returns the conversions shared out: the sum of the channels' conversion credits.
   *
   * @return the total conversions
   */
  public long conversions() {
    return conversions;
  }

  /**
   * Returns the conversion value shared out: the sum of the channels' value credits.
   *
   * @return the total value
   */
  public double value() {
    return value;
  }

  /**
   * Returns every channel's credit, channels in {@link String} order.
   *
   * @return the credits, unmodifiable
   */
  public List<Credit> credits() {
    return List.copyOf(credits.values());
  }

  /**
   * Returns the credits, the largest conversion credit first (then by channel).
   *
   * @return the credits ranked, unmodifiable
   */
  public List<Credit> ranked() {
    List<Credit> out = new ArrayList<>(credits.values());
    out.sort(Comparator.comparingDouble(Credit::conversions).reversed().thenComparing(Credit::channel));
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the channels seen.
   *
   * @return the channels, in {@link String} order
   */
  public SortedSet<String> channels() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(credits.keySet()));
  }

  /**
   * Returns one channel's credit.
   *
   * @param channel the channel's label
   * @return its credit, or empty if the channel was not seen
   */
  public Optional<Credit> credit(String channel) {
    return Optional.ofNullable(credits.get(Objects.requireNonNull(channel, "channel")));
  }

  /**
   * Returns a channel's share of the conversions.
   *
   * @param channel the channel's label
   * @return its conversion credit ÷ the total conversions, from 0 to 1 (0 for a channel not seen)
   * @throws IllegalStateException if there are no conversions
   */
  public double share(String channel) {
    if (conversions == 0) {
      throw new IllegalStateException("No shares without conversions");
    }
    return credit(channel).map(c -> Math.min(1, c.conversions() / conversions)).orElse(0.0);
  }

  /**
   * Returns a channel's share of the conversion value.
   *
   * @param channel the channel's label
   * @return its value credit ÷ the total value, from 0 to 1 (0 for a channel not seen)
   * @throws IllegalStateException if the total value is 0
   */
  public double valueShare(String channel) {
    if (!(value > 0)) {
      throw new IllegalStateException("No value shares without conversion value");
    }
    return credit(channel).map(c -> Math.min(1, c.value() / value)).orElse(0.0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attribution a && model.equals(a.model) && journeys == a.journeys
        && conversions == a.conversions && Double.compare(value, a.value) == 0 && credits.equals(a.credits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, journeys, conversions, value, credits);
  }

  @Override
  public String toString() {
    return "Attribution{model=" + model + ", journeys=" + journeys + ", conversions=" + conversions + ", value="
        + value + ", credits=" + credits.values() + "}";
  }
}
