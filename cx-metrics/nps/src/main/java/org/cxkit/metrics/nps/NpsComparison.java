package org.cxkit.metrics.nps;

import java.util.Locale;
import java.util.Objects;
import org.cxkit.core.stat.Normal;

/**
 * The difference between two Net Promoter Scores from independent samples (two periods, two
 * segments), with its standard error, z statistic, two-sided p-value and confidence interval.
 *
 * <p><b>Sign convention:</b> the difference is <em>second minus first</em>, so a positive difference
 * means the second score is higher: {@code compare(lastMonth, thisMonth)} is positive when the score
 * rose.
 *
 * <p>The two scores are independent, so the variance of the difference is the sum of their
 * variances, {@code SE = sqrt(SE1² + SE2²)}, each {@code SE} being the one of the estimates' interval
 * method (Wald: {@code 100 · sqrt([pP + pD - (pP - pD)²] / n)}; adjusted Wald: the same on the
 * adjusted shares and {@code n + 3}). The statistic is {@code z = (c2 - c1) / SE}, where {@code c}
 * is each method's centre (the score itself for Wald, the adjusted score for adjusted Wald), and
 * the p-value is {@code 2 · P(Z > |z|)}. The interval is {@code (c2 - c1) ± z_crit · SE}, clamped to
 * {@code [-200, 200]} and widened, if need be, to contain the observed difference.
 *
 * <p>With the Wald method and every answer of both samples in one category each, the standard error
 * is zero: equal scores then give {@code z = 0} and a p-value of 1, and different scores throw
 * {@link IllegalStateException} (the adjusted Wald method, the default, never has a zero standard
 * error).
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class NpsComparison {
  private final NpsEstimate first;
  private final NpsEstimate second;
  private final double difference;
  private final double standardError;
  private final double z;
  private final double pValue;
  private final double lower;
  private final double upper;

  private NpsComparison(NpsEstimate first, NpsEstimate second) {
    if (!first.policy().equals(second.policy())) {
      throw new IllegalArgumentException(
          "Invalid value for second (must be reported under the first's policy " + first.policy() + "): "
              + second.policy());
    }
    this.first = first;
    this.second = second;
    this.difference = second.value() - first.value();
    this.standardError = Math.hypot(first.standardError(), second.standardError());
    double shift = second.centre() - first.centre();
    if (standardError == 0) {
      if (shift != 0) {
        throw new IllegalStateException("The Wald standard error of the difference is zero (every answer "
            + "of each sample in one category) but the scores differ (" + first.value() + " and "
            + second.value() + "), so z is unbounded; compare with NpsInterval.ADJUSTED_WALD");
      }
      this.z = 0;
    } else {
      this.z = shift / standardError;
    }
    this.pValue = Normal.twoSidedPValue(z);
    double margin = first.policy().criticalValue() * standardError;
    this.lower = Math.min(Math.max(-200, shift - margin), difference);
    this.upper = Math.max(Math.min(200, shift + margin), difference);
  }

  /**
   * Compares two reported scores: second minus first.
   *
   * @param first the first (earlier, or reference) score
   * @param second the second (later, or compared) score, reported under the same policy
   * @return the comparison
   * @throws IllegalArgumentException if the estimates were reported under different policies
   * @throws IllegalStateException if the Wald standard error is zero and the scores differ
   */
  public static NpsComparison of(NpsEstimate first, NpsEstimate second) {
    return new NpsComparison(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second"));
  }

  /**
   * Compares two tallies under a policy: second minus first.
   *
   * @param first the first (earlier, or reference) tally, not empty
   * @param second the second (later, or compared) tally, not empty
   * @param policy the confidence level and interval method
   * @return the comparison
   * @throws IllegalStateException if a tally is empty, or the Wald standard error is zero and the scores differ
   */
  public static NpsComparison of(NpsTally first, NpsTally second, NpsPolicy policy) {
    return of(first.estimate(policy), second.estimate(policy));
  }

  /**
   * Returns the first score.
   *
   * @return the first estimate
   */
  public NpsEstimate first() {
    return first;
  }

  /**
   * Returns the second score.
   *
   * @return the second estimate
   */
  public NpsEstimate second() {
    return second;
  }

  /**
   * Returns the observed difference, second minus first.
   *
   * @return the difference, in points, from -200 to 200
   */
  public double difference() {
    return difference;
  }

  /**
   * Returns the standard error of the difference, {@code sqrt(SE1² + SE2²)}.
   *
   * @return the standard error, in points, zero or more
   */
  public double standardError() {
    return standardError;
  }

  /**
   * Returns the z statistic; positive when the second score is higher.
   *
   * @return the statistic, finite
   */
  public double z() {
    return z;
  }

  /**
   * Returns the two-sided p-value of the hypothesis that both samples have the same score.
   *
   * @return the p-value, from 0 to 1
   */
  public double pValue() {
    return pValue;
  }

  /**
   * Tells whether the difference is significant at the estimates' confidence level, that is whether
   * the p-value is below {@code 1 - level}.
   *
   * @return true if significant
   */
  public boolean isSignificant() {
    return pValue < 1 - first.level();
  }

  /**
   * Returns the lower bound of the interval for the difference.
   *
   * @return the bound, in points, from -200 to {@link #difference()}
   */
  public double lower() {
    return lower;
  }

  /**
   * Returns the upper bound of the interval for the difference.
   *
   * @return the bound, in points, from {@link #difference()} to 200
   */
  public double upper() {
    return upper;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpsComparison c && first.equals(c.first) && second.equals(c.second);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, second);
  }

  /** Returns a form such as {@code Δ +12.0 (95% CI 1.2 to 22.8), z = 2.18, p = 0.0293}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Δ %+.1f (%s%% CI %.1f to %.1f), z = %.2f, p = %.3g",
        difference, stripZeros(first.level() * 100), lower, upper, z, pValue);
  }

  private static String stripZeros(double percent) {
    return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
  }
}
