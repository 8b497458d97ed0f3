package org.cxkit.metrics.journey.path;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.Intervals;
import org.cxkit.metrics.journey.Path;

/**
 * How often a sub-path of consecutive steps (an n-gram, such as {@code email > web}) occurs in
 * journeys' paths: how many times in all, in how many journeys, and in how many converting ones.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param ngram the sub-path
 * @param occurrences how many times it occurs, a path in which it occurs twice counting twice; at
 *     least {@code journeys}
 * @param journeys how many journeys' paths contain it, at least 1
 * @param conversions how many of those journeys converted, from 0 to {@code journeys}
 */
public record NgramCount(Path ngram, long occurrences, long journeys, long conversions) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a count is out of range
   */
  public NgramCount {
    Objects.requireNonNull(ngram, "ngram");
    Checks.positive("journeys", journeys);
    Checks.atLeast("occurrences", occurrences, journeys);
    Checks.inRange("conversions", conversions, 0, journeys);
  }

  /**
   * Returns the share of the journeys containing the sub-path that converted, with its Wilson
   * interval at the default confidence.
   *
   * @return conversions ÷ journeys
   */
  public Estimate conversionRate() {
    return conversionRate(Confidence.DEFAULT);
  }

  /**
   * Returns the share of the journeys containing the sub-path that converted, with its Wilson
   * interval.
   *
   * @param confidence the confidence level and minimum sample size
   * @return conversions ÷ journeys
   */
  public Estimate conversionRate(Confidence confidence) {
    return Intervals.wilson(conversions, journeys, Objects.requireNonNull(confidence, "confidence"));
  }
}
