package org.cxkit.metrics.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.touchpoint.Engagement;
import org.cxkit.core.touchpoint.Touchpoint;

/**
 * How a journey becomes a path: which {@linkplain PathElement element} of each touchpoint is a step,
 * whether consecutive {@linkplain Repeats repeats} are kept or collapsed, what counts as a
 * {@linkplain Conversion conversion}, and in which currency conversion values are read.
 *
 * <p>A journey's path runs from its first touchpoint to its first conversion, which is the path's
 * last step; touchpoints after it belong to no path (a later purchase is another journey's
 * business). A journey that never converts gives a path of all its touchpoints, ending at the end of
 * observation. Its value is the converting engagement's {@link Engagement#value() value} in the
 * rules' currency, 0 for an engagement without a value; without a currency (the default), values are
 * not read and every value is 0.
 *
 * <p>{@link #DEFAULT}: channels, repeats kept, any engagement converts, values not read. Change it
 * with the {@code with…} methods.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class PathRules {

  /** Channels, repeats kept, any engagement converts, values not read. */
  public static final PathRules DEFAULT =
      new PathRules(PathElement.CHANNEL, Repeats.KEEP, Conversion.anyEngagement(), null);

  private final PathElement element;
  private final Repeats repeats;
  private final Conversion conversion;
  private final Currency currency;

  private PathRules(PathElement element, Repeats repeats, Conversion conversion, Currency currency) {
    this.element = Objects.requireNonNull(element, "element");
    this.repeats = Objects.requireNonNull(repeats, "repeats");
    this.conversion = Objects.requireNonNull(conversion, "conversion");
    this.currency = currency;
  }

  /**
   * Obtains rules that do not read values.
   *
   * @param element what each touchpoint contributes
   * @param repeats whether consecutive repeats are kept or collapsed
   * @param conversion what counts as a conversion
   * @return the rules
   */
  public static PathRules of(PathElement element, Repeats repeats, Conversion conversion) {
    return new PathRules(element, repeats, conversion, null);
  }

  /**
   * Returns a copy with another path element.
   *
   * @param element what each touchpoint contributes
   * @return the rules
   */
  public PathRules withElement(PathElement element) {
    return new PathRules(element, repeats, conversion, currency);
  }

  /**
   * Returns a copy that keeps or collapses consecutive repeats.
   *
   * @param repeats the choice
   * @return the rules
   */
  public PathRules withRepeats(Repeats repeats) {
    return new PathRules(element, repeats, conversion, currency);
  }

  /**
   * Returns a copy with another conversion rule.
   *
   * @param conversion what counts as a conversion
   * @return the rules
   */
  public PathRules withConversion(Conversion conversion) {
    return new PathRules(element, repeats, conversion, currency);
  }

  /**
   * Returns a copy that reads conversion values in a currency; a converting engagement whose value is
   * in another currency makes its journey invalid ({@link ReasonCode#CURRENCY_MISMATCH}).
   *
   * @param currency the currency of every value
   * @return the rules
   */
  public PathRules withValueIn(Currency currency) {
    return new PathRules(element, repeats, conversion, Objects.requireNonNull(currency, "currency"));
  }

  /**
   * Returns the path element.
   *
   * @return what each touchpoint contributes
   */
  public PathElement element() {
    return element;
  }

  /**
   * Returns whether repeats are kept or collapsed.
   *
   * @return the choice
   */
  public Repeats repeats() {
    return repeats;
  }

  /**
   * Returns the conversion rule.
   *
   * @return what counts as a conversion
   */
  public Conversion conversion() {
    return conversion;
  }

  /**
   * Returns the currency values are read in.
   *
   * @return the currency, or empty if values are not read
   */
  public Optional<Currency> valueCurrency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Returns a journey's path under these rules.
   *
   * @param journey the journey
   * @return its path, up to and including its first conversion
   * @throws IllegalArgumentException ({@link org.cxkit.core.result.InvalidValueException}) if the
   *     journey has no touchpoint ({@code MISSING}), a label is not a valid step ({@code MALFORMED},
   *     see {@link Path}), or the converting value is in another currency ({@code CURRENCY_MISMATCH})
   */
  public JourneyPath pathOf(Journey journey) {
    List<Touchpoint> touchpoints = Objects.requireNonNull(journey, "journey").touchpoints();
    if (touchpoints.isEmpty()) {
      throw Checks.invalid(ReasonCode.MISSING, "journey", "must have at least one touchpoint",
          "no touchpoint for customer " + journey.customer());
    }
    List<String> steps = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    boolean converted = false;
    double value = 0;
    for (Touchpoint t : touchpoints) {
      String label = element.label(t);
      int last = steps.size() - 1;
      if (repeats == Repeats.COLLAPSE && last >= 0 && steps.get(last).equals(label)) {
        times.set(last, t.occurredAt());
      } else {
        steps.add(label);
        times.add(t.occurredAt());
      }
      if (conversion.isConversion(t)) {
        converted = true;
        value = valueOf((Engagement) t);
        break;
      }
    }
    return new JourneyPath(Path.of(steps), times, touchpoints.get(0).occurredAt(), converted, value);
  }

  private double valueOf(Engagement engagement) {
    if (currency == null || engagement.value().isEmpty()) {
      return 0;
    }
    Money money = engagement.value().get();
    if (!money.currency().equals(currency)) {
      throw Checks.invalid(ReasonCode.CURRENCY_MISMATCH, "value", "in " + currency.getCurrencyCode(),
          money + " at touchpoint " + engagement.id() + " of customer " + engagement.customer());
    }
    return money.amount().doubleValue();
  }

  /**
   * Returns many journeys' paths; a journey whose path is invalid is set aside with its reason, so
   * that used plus set aside equals given.
   *
   * @param journeys the journeys
   * @return the paths, in the journeys' order, and the journeys set aside
   */
  public BulkResult<Journey, List<JourneyPath>> pathsOf(Iterable<? extends Journey> journeys) {
    return BulkResult.convert(journeys, this::pathOf);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathRules r && element == r.element && repeats == r.repeats
        && conversion.equals(r.conversion) && Objects.equals(currency, r.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(element, repeats, conversion, currency);
  }

  @Override
  public String toString() {
    return "PathRules{element=" + element + ", repeats=" + repeats + ", conversion=" + conversion
        + ", values=" + (currency == null ? "not read" : "in " + currency.getCurrencyCode()) + "}";
  }
}
