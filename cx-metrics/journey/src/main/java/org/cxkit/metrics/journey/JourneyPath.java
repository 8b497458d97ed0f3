package org.cxkit.metrics.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * One journey as a path: its steps, when each step happened, when the journey started, and whether
 * it converted, with the conversion's value. A converted path ends at its conversion, so its last
 * step is the converting engagement and the conversion time is the last step's time.
 *
 * <p>Build them from cx-core journeys with {@link PathRules#pathOf} and {@link PathRules#pathsOf}, or
 * from your own data with {@link #of}, {@link #converted} and {@link #notConverted}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param path the steps
 * @param times when each step happened, one per step, in order (equal times allowed)
 * @param start when the journey started: its first touchpoint, at or before the first step's time
 * @param converted whether the journey converted (at its last step)
 * @param value the conversion's value: finite and zero or more, and 0 if the journey did not convert
 */
public record JourneyPath(Path path, List<Instant> times, Instant start, boolean converted, double value) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if there is not one time per step, the times go backwards, the
   *     start is after the first step, or the value is negative, not finite, or not 0 without a
   *     conversion
   */
  public JourneyPath {
    Objects.requireNonNull(path, "path");
    times = List.copyOf(times);
    Objects.requireNonNull(start, "start");
    if (times.size() != path.length()) {
      throw Checks.invalid(ReasonCode.INVALID, "times", "one per step, " + path.length(), times.size());
    }
    Checks.notBefore("times[0]", times.get(0), "start", start);
    for (int i = 1; i < times.size(); i++) {
      Checks.notBefore("times[" + i + "]", times.get(i), "times[" + (i - 1) + "]", times.get(i - 1));
    }
    value = Checks.nonNegative("value", value);
    if (!converted && value != 0) {
      throw Checks.invalid(ReasonCode.INVALID, "value", "0 for a journey that did not convert", value);
    }
  }

  /**
   * Obtains a journey path.
   *
   * @param path the steps
   * @param times when each step happened, one per step, in order
   * @param start when the journey started, at or before the first step's time
   * @param converted whether the journey converted at its last step
   * @param value the conversion's value, zero or more, 0 without a conversion
   * @return the journey path
   * @throws IllegalArgumentException as the constructor
   */
  public static JourneyPath of(Path path, List<Instant> times, Instant start, boolean converted, double value) {
    return new JourneyPath(path, times, start, converted, value);
  }

  /**
   * Obtains a path that converted at its last step, starting at its first step.
   *
   * @param path the steps, the last one the conversion
   * @param times when each step happened, one per step, in order
   * @param value the conversion's value, zero or more
   * @return the journey path
   * @throws IllegalArgumentException as the constructor
   */
  public static JourneyPath converted(Path path, List<Instant> times, double value) {
    return new JourneyPath(path, times, firstOf(times), true, value);
  }

  /**
   * Obtains a path that did not convert (yet), starting at its first step.
   *
   * @param path the steps
   * @param times when each step happened, one per step, in order
   * @return the journey path
   * @throws IllegalArgumentException as the constructor
   */
  public static JourneyPath notConverted(Path path, List<Instant> times) {
    return new JourneyPath(path, times, firstOf(times), false, 0);
  }

  private static Instant firstOf(List<Instant> times) {
    if (times.isEmpty()) {
      throw Checks.invalid(ReasonCode.MISSING, "times", "one per step, at least one", "none");
    }
    return times.get(0);
  }

  /**
   * Returns when the journey converted: its last step's time.
   *
   * @return the conversion time, or empty if it did not convert
   */
  public Optional<Instant> convertedAt() {
    return converted ? Optional.of(times.get(times.size() - 1)) : Optional.empty();
  }

  /**
   * Returns the time from the journey's start to its conversion.
   *
   * @return the duration, zero or more, or empty if it did not convert
   */
  public Optional<Duration> timeToConversion() {
    return converted ? Optional.of(Duration.between(start, times.get(times.size() - 1))) : Optional.empty();
  }

  /**
   * Returns this journey as an aggregated path of one journey: one conversion or one null.
   *
   * @return the aggregated path
   */
  public PathCount toPathCount() {
    return converted ? PathCount.of(path, 1, value, 0) : PathCount.of(path, 0, 0, 1);
  }
}
