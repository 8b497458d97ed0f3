package org.cxkit.metrics.nps;

import java.util.Locale;
import java.util.Objects;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.Normal;

/**
 * The difference between two Net Promoter Scores from independent samples (two periods, two
 * segments), with its standard error, z statistic, two-sided p-value and confidence interval.
 *
 * <p><b>Sign convention:</b> the difference is <em>second minus first</em>, so a positive difference
 * means the second score is higher: {@code of(lastMonth, thisMonth)} is positive when the score
 * rose.
 *
 * <p>The two scores are independent, so the variance of the difference is the sum of their
 * variances, {@code SE = sqrt(SE1² + SE2²)}, each {@code SE} being the one of the interval
 * method (Wald: {@code 100 · sqrt([pP + pD - (pP - pD)²] / n)}; adjusted Wald: the same on the
 * adjusted shares and {@code n + 3}). The statistic is {@code z = (c2 - c1) / SE}, where {@code c}
 * is each method's centre (the score itself for Wald, the adjusted score for adjusted Wald), and
 * the p-value is {@code 2 · P(Z > |z|)}. The interval is {@code (c2 - c1) ± z_crit · SE}, clamped to
 * {@code [-200, 200]} and widened, if need be, to contain the observed difference.
 *
 * <p>Both scores are reported as {@link Estimate}s with one {@link Confidence} and one
 * {@link NpsInterval}; the default is {@link Confidence#DEFAULT} with the adjusted Wald method.
 * Weighted tallies compare the same way, with Kish's effective sample sizes in place of the counts.
 *
 * <p>With the Wald method and every answer of both samples in one category each, the standard error
 * is zero: equal scores then give {@code z = 0} and a p-value of 1, and different scores throw
 * {@link IllegalStateException} (the adjusted Wald method, the default, never has a zero standard
 * error).
 *
 * <p>Empty input: a difference needs a score on each side, so comparing an empty tally (or a
 * weighted tally without weight) throws {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class NpsComparison {
  private final Estimate first;
  private final Estimate second;
  private final NpsInterval method;
  private final double difference;
  private final double standardError;
  private final double z;
  private final double pValue;
  private final double lower;
  private final double upper;

  /**
   * Compares two estimates built with one confidence and method.
   *
   * @param first the first estimate
   * @param firstCentre the centre of its interval before clamping, on the score's scale
   * @param second the second estimate
   * @param secondCentre the centre of its interval before clamping, on the score's scale
   * @param method the interval method of both
   */
  private NpsComparison(Estimate first, double firstCentre, Estimate second, double secondCentre,
      NpsInterval method) {
    this.first = first;
    this.second = second;
    this.method = method;
    this.difference = second.value() - first.value();
    this.standardError = Math.hypot(first.standardError().orElseThrow(), second.standardError().orElseThrow());
    double shift = secondCentre - firstCentre;
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
    double margin = first.confidence().criticalValue() * standardError;
    this.lower = Math.min(Math.max(-200, shift - margin), difference);
    this.upper = Math.max(Math.min(200, shift + margin), difference);
  }

  /**
   * Compares two tallies under {@link Confidence#DEFAULT} with the adjusted Wald method: second
   * minus first.
   *
   * @param first the first (earlier, or reference) tally, not empty
   * @param second the second (later, or compared) tally, not empty
   * @return the comparison
   * @throws IllegalStateException if a tally is empty
   */
  public static NpsComparison of(NpsTally first, NpsTally second) {
    return of(first, second, Confidence.DEFAULT, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Compares two tallies at a confidence level with the adjusted Wald method: second minus first.
   *
   * @param first the first (earlier, or reference) tally, not empty
   * @param second the second (later, or compared) tally, not empty
   * @param confidence the confidence level of the interval and of the significance, and the minimum n
   * @return the comparison
   * @throws IllegalStateException if a tally is empty
   */
  public static NpsComparison of(NpsTally first, NpsTally second, Confidence confidence) {
    return of(first, second, confidence, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Compares two tallies: second minus first, both reported with one confidence and method.
   *
   * @param first the first (earlier, or reference) tally, not empty
   * @param second the second (later, or compared) tally, not empty
   * @param confidence the confidence level of the interval and of the significance, and the minimum n
   * @param method the interval method of both scores
   * @return the comparison
   * @throws IllegalStateException if a tally is empty, or the Wald standard error is zero and the scores differ
   */
  public static NpsComparison of(NpsTally first, NpsTally second, Confidence confidence, NpsInterval method) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(method, "method");
    return new NpsComparison(first.estimate(confidence, method),
        centre(method, first.promoterShare(), first.detractorShare(), first.count()),
        second.estimate(confidence, method),
        centre(method, second.promoterShare(), second.detractorShare(), second.count()), method);
  }

  /**
   * Compares two weighted tallies under {@link Confidence#DEFAULT} with the adjusted Wald method:
   * second minus first.
   *
   * @param first the first (earlier, or reference) tally, with weight
   * @param second the second (later, or compared) tally, with weight
   * @return the comparison
   * @throws IllegalStateException if a tally has no answer of weight above 0
   */
  public static NpsComparison of(WeightedNpsTally first, WeightedNpsTally second) {
    return of(first, second, Confidence.DEFAULT, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Compares two weighted tallies at a confidence level with the adjusted Wald method: second minus
   * first.
   *
   * @param first the first (earlier, or reference) tally, with weight
   * @param second the second (later, or compared) tally, with weight
   * @param confidence the confidence level of the interval and of the significance, and the minimum n
   * @return the comparison
   * @throws IllegalStateException if a tally has no answer of weight above 0
   */
  public static NpsComparison of(WeightedNpsTally first, WeightedNpsTally second, Confidence confidence) {
    return of(first, second, confidence, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Compares two weighted tallies: second minus first, each score's uncertainty resting on its
   * Kish effective sample size.
   *
   * @param first the first (earlier, or reference) tally, with weight
   * @param second the second (later, or compared) tally, with weight
   * @param confidence the confidence level of the interval and of the significance, and the minimum n
   * @param method the interval method of both scores
   * @return the comparison
   * @throws IllegalStateException if a tally has no answer of weight above 0, or the Wald standard
   *     error is zero and the scores differ
   */
  public static NpsComparison of(WeightedNpsTally first, WeightedNpsTally second, Confidence confidence,
      NpsInterval method) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(method, "method");
    return new NpsComparison(first.estimate(confidence, method),
        centre(method, first.promoterShare(), first.detractorShare(), first.effectiveSampleSize()),
        second.estimate(confidence, method),
        centre(method, second.promoterShare(), second.detractorShare(), second.effectiveSampleSize()), method);
  }

  /** The centre of a method's interval before clamping, on the score's scale. */
  private static double centre(NpsInterval method, double promoterShare, double detractorShare, double n) {
    return 100 * method.spread(promoterShare, detractorShare, n).centre();
  }

  /**
   * Returns the first score.
   *
   * @return the first estimate
   */
  public Estimate first() {
    return first;
  }

  /**
   * Returns the second score.
   *
   * @return the second estimate
   */
  public Estimate second() {
    return second;
  }

  /**
   * Returns the confidence both scores and the difference were reported with.
   *
   * @return the confidence
   */
  public Confidence confidence() {
    return first.confidence();
  }

  /**
   * Returns the interval method of both scores.
   *
   * @return the method
   */
  public NpsInterval method() {
    return method;
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
    return o instanceof NpsComparison c && first.equals(c.first) && second.equals(c.second)
        && method == c.method;
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, second, method);
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
