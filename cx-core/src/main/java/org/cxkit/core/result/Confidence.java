package org.cxkit.core.result;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.stat.Normal;

/**
 * How every cx estimate is reported: the confidence level of its interval, and the sample size
 * below which it is {@linkplain Estimate#isBelowMinimum() flagged} as too small to read. One policy
 * for every figure, passed wherever a figure computes an interval.
 *
 * <p>{@link #DEFAULT} is a 95 % level with a minimum of 30 observations, a common rule of thumb
 * below which a share or a score moves by several points from one answer to the next; choose your
 * own with {@link #of}, {@link #withLevel} and {@link #withMinimumN}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param level the confidence level, strictly between 0 and 1 (0.95 for 95 %)
 * @param minimumN the (effective) sample size below which estimates are flagged, at least 1
 */
public record Confidence(double level, long minimumN) {

  /** 95 % intervals, flagged below 30 observations. */
  public static final Confidence DEFAULT = new Confidence(0.95, 30);

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1 or the minimum is below 1
   */
  public Confidence {
    Checks.level(level);
    Checks.positive("minimumN", minimumN);
  }

  /**
   * Obtains a policy.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @param minimumN the sample size below which estimates are flagged, at least 1
   * @return the policy
   */
  public static Confidence of(double level, long minimumN) {
    return new Confidence(level, minimumN);
  }

  /**
   * Obtains the default policy at another level: the default minimum of 30.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the policy
   */
  public static Confidence ofLevel(double level) {
    return DEFAULT.withLevel(level);
  }

  /**
   * Returns a copy with another confidence level.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the policy
   */
  public Confidence withLevel(double level) {
    return new Confidence(level, minimumN);
  }

  /**
   * Returns a copy with another minimum sample size.
   *
   * @param minimumN the sample size below which estimates are flagged, at least 1
   * @return the policy
   */
  public Confidence withMinimumN(long minimumN) {
    return new Confidence(level, minimumN);
  }

  /**
   * Returns the two-sided standard normal critical value of the level, such as 1.959963984540054
   * for 95 %.
   *
   * @return {@code z} with {@code P(|Z| <= z) = level}, positive
   */
  public double criticalValue() {
    return Normal.twoSidedCritical(level);
  }

  /** Returns a form such as {@code 95% (minimum n 30)}. */
  @Override
  public String toString() {
    return Estimate.percent(level) + "% (minimum n " + minimumN + ")";
  }
}
