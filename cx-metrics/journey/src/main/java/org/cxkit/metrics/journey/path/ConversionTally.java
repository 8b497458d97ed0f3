package org.cxkit.metrics.journey.path;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.stat.Intervals;

/**
 * How many journeys of a group (the paths of one length, say) there were, how many of them
 * converted, and the conversions' total value.
 *
 * <p>Empty input: a tally of no journeys has counts and value 0, and no conversion rate
 * ({@link #conversionRate()} throws {@link IllegalStateException}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param journeys the journeys, zero or more
 * @param conversions the journeys that converted, from 0 to {@code journeys}
 * @param value the conversions' total value, finite and zero or more, 0 without conversions
 */
public record ConversionTally(long journeys, long conversions, double value) {

  /** The tally of no journeys. */
  public static final ConversionTally EMPTY = new ConversionTally(0, 0, 0);

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a count is out of range or the value is negative, not
   *     finite, or not 0 without conversions
   */
  public ConversionTally {
    Checks.nonNegative("journeys", journeys);
    Checks.inRange("conversions", conversions, 0, journeys);
    value = Checks.nonNegative("value", value);
    if (conversions == 0 && value != 0) {
      throw Checks.invalid(ReasonCode.INVALID, "value", "0 without conversions", value);
    }
  }

  /**
   * Returns the journeys that did not convert.
   *
   * @return {@code journeys - conversions}
   */
  public long nulls() {
    return journeys - conversions;
  }

  /**
   * Returns this tally plus another, as when two groups are pooled.
   *
   * @param other the other tally
   * @return the pooled tally
   * @throws IllegalArgumentException if a count overflows
   */
  public ConversionTally plus(ConversionTally other) {
    return new ConversionTally(Checks.addExact("journeys", journeys, other.journeys),
        conversions + other.conversions, value + other.value);
  }

  /**
   * Returns the share of journeys that converted, with its Wilson interval at the default confidence.
   *
   * @return conversions ÷ journeys
   * @throws IllegalStateException if there are no journeys
   */
  public Estimate conversionRate() {
    return conversionRate(Confidence.DEFAULT);
  }

  /**
   * Returns the share of journeys that converted, with its Wilson interval.
   *
   * @param confidence the confidence level and minimum sample size
   * @return conversions ÷ journeys
   * @throws IllegalStateException if there are no journeys
   */
  public Estimate conversionRate(Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    if (journeys == 0) {
      throw new IllegalStateException("No conversion rate without journeys");
    }
    return Intervals.wilson(conversions, journeys, confidence);
  }
}
