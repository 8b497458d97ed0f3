package org.cxkit.metrics.journey;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.stat.Intervals;

/**
 * An aggregated path, one row of ChannelAttribution's input: a path, how many journeys that followed
 * it converted, the conversions' total value, and how many did not convert (its "nulls"), as in
 * {@code PathData}'s columns {@code path}, {@code total_conversions}, {@code total_conversion_value}
 * and {@code total_null}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param path the path
 * @param conversions the journeys on this path that converted, zero or more
 * @param value the conversions' total value, finite and zero or more, 0 without conversions
 * @param nulls the journeys on this path that did not convert, zero or more; at least one of
 *     {@code conversions} and {@code nulls} is positive
 */
public record PathCount(Path path, long conversions, double value, long nulls) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a count is negative, both are 0, their sum overflows, or the
   *     value is negative, not finite, or not 0 without conversions
   */
  public PathCount {
    Objects.requireNonNull(path, "path");
    Checks.nonNegative("conversions", conversions);
    Checks.nonNegative("nulls", nulls);
    if (Checks.addExact("journeys", conversions, nulls) == 0) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "journeys", "conversions + nulls at least 1", 0);
    }
    value = Checks.nonNegative("value", value);
    if (conversions == 0 && value != 0) {
      throw Checks.invalid(ReasonCode.INVALID, "value", "0 for a path without conversions", value);
    }
  }

  /**
   * Obtains an aggregated path.
   *
   * @param path the path
   * @param conversions the journeys that converted, zero or more
   * @param value the conversions' total value, zero or more, 0 without conversions
   * @param nulls the journeys that did not convert, zero or more
   * @return the aggregated path
   * @throws IllegalArgumentException as the constructor
   */
  public static PathCount of(Path path, long conversions, double value, long nulls) {
    return new PathCount(path, conversions, value, nulls);
  }

  /**
   * Reads one row of ChannelAttribution's input, the path as text.
   *
   * @param path the path, such as {@code "eta > iota > alpha"}
   * @param conversions the journeys that converted, zero or more
   * @param value the conversions' total value, zero or more, 0 without conversions
   * @param nulls the journeys that did not convert, zero or more
   * @return the aggregated path
   * @throws IllegalArgumentException if the path is malformed (see {@link Path#parse}) or a number
   *     is out of range
   */
  public static PathCount parse(CharSequence path, long conversions, double value, long nulls) {
    return new PathCount(Path.parse(path), conversions, value, nulls);
  }

  /**
   * Returns how many journeys followed the path.
   *
   * @return {@code conversions + nulls}, at least 1
   */
  public long journeys() {
    return conversions + nulls;
  }

  /**
   * Returns the share of the path's journeys that converted, with its Wilson interval at the default
   * confidence.
   *
   * @return conversions ÷ journeys
   */
  public Estimate conversionRate() {
    return conversionRate(Confidence.DEFAULT);
  }

  /**
   * Returns the share of the path's journeys that converted, with its Wilson interval.
   *
   * @param confidence the confidence level and minimum sample size
   * @return conversions ÷ journeys
   */
  public Estimate conversionRate(Confidence confidence) {
    return Intervals.wilson(conversions, journeys(), Objects.requireNonNull(confidence, "confidence"));
  }

  /** Returns a form such as {@code a > b: 3 conversions (value 12.5), 7 nulls}. */
  @Override
  public String toString() {
    return path + ": " + conversions + " conversions (value " + value + "), " + nulls + " nulls";
  }
}
