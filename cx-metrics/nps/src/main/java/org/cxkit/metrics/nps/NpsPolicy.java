package org.cxkit.metrics.nps;

import java.util.Objects;
import org.cxkit.core.stat.Normal;
import org.cxkit.metrics.nps.internal.Checks;

/**
 * How Net Promoter Scores are reported: the confidence level and interval method of every
 * estimate, and the sample size below which an estimate is flagged as too small to read.
 *
 * <p>{@link #DEFAULT} is a 95 % adjusted Wald interval with a minimum of 30 answers, a common rule of
 * thumb below which a score moves by tens of points from one answer to the next; choose your own
 * with the {@code with} methods.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param level the confidence level, strictly between 0 and 1 (0.95 for 95 %)
 * @param method the interval method
 * @param minimumSampleSize the sample size below which estimates are flagged, at least 1
 */
public record NpsPolicy(double level, NpsInterval method, long minimumSampleSize) {

  /** 95 % adjusted Wald intervals, flagged below 30 answers. */
  public static final NpsPolicy DEFAULT = new NpsPolicy(0.95, NpsInterval.ADJUSTED_WALD, 30);

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1 or the minimum is below 1
   */
  public NpsPolicy {
    Checks.level(level);
    Objects.requireNonNull(method, "method");
    Checks.positive("minimumSampleSize", minimumSampleSize);
  }

  /**
   * Obtains a policy.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @param method the interval method
   * @param minimumSampleSize the sample size below which estimates are flagged, at least 1
   * @return the policy
   */
  public static NpsPolicy of(double level, NpsInterval method, long minimumSampleSize) {
    return new NpsPolicy(level, method, minimumSampleSize);
  }

  /**
   * Returns a copy with another confidence level.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the policy
   */
  public NpsPolicy withLevel(double level) {
    return new NpsPolicy(level, method, minimumSampleSize);
  }

  /**
   * Returns a copy with another interval method.
   *
   * @param method the method
   * @return the policy
   */
  public NpsPolicy withMethod(NpsInterval method) {
    return new NpsPolicy(level, method, minimumSampleSize);
  }

  /**
   * Returns a copy with another minimum sample size.
   *
   * @param minimumSampleSize the sample size below which estimates are flagged, at least 1
   * @return the policy
   */
  public NpsPolicy withMinimumSampleSize(long minimumSampleSize) {
    return new NpsPolicy(level, method, minimumSampleSize);
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
}
