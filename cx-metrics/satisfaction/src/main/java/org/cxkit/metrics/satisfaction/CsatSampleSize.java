package org.cxkit.metrics.satisfaction;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.stat.Normal;

/**
 * Sample-size planning for CSAT: how many answers a survey needs before it is run, for a satisfied
 * share (or any share of answers, such as a CES agreeing share) read to a target margin of error, and
 * per group to detect a difference between two shares.
 *
 * <h2>For a margin of error</h2>
 * {@link #forMarginOfError(double, double, Confidence)}: the n at which the normal-approximation
 * interval {@code p ± z · √(p(1 − p)/n)} has half-width {@code E},
 * <pre>
 * n = z² · p(1 − p) / E²,  rounded up,
 * </pre>
 * with {@code z} the two-sided critical value of the confidence level (Cochran 1977, <i>Sampling
 * Techniques</i>, 3rd ed., ch. 4, {@code n₀ = t²PQ/d²}, before any finite-population correction).
 * {@code p} is the share assumed before the survey, or the share observed in an earlier one
 * ({@code csat.satisfiedShare().value()}); with nothing to go on, 0.5 gives the largest n. The library
 * reports shares with the Wilson interval, not the Wald one the formula inverts; for moderate shares
 * the two are close: for shares from 0.3 to 0.7 and margins from 1 to 5 points, the Wilson interval
 * at the planned n has a margin of error within 5 % of the target (checked by the tests).
 *
 * <h2>Per group, to detect a difference</h2>
 * {@link #perGroupToDetect(double, double, double, Confidence)}: the n in each of two equal groups at
 * which the two-sided two-proportion z test at significance level {@code α = 1 − confidence level}
 * detects true shares {@code p1} and {@code p2} with the given power:
 * <pre>
 * n = (z(1 − α/2) · √(2 p̄ (1 − p̄)) + z(power) · √(p1(1 − p1) + p2(1 − p2)))² / (p1 − p2)²,
 * p̄ = (p1 + p2) / 2,  rounded up
 * </pre>
 * (Fleiss, Levin &amp; Paik 2003, <i>Statistical Methods for Rates and Proportions</i>, 3rd ed.,
 * ch. 4, the formula without the continuity correction). It is the equation R's
 * {@code power.prop.test} solves ({@code strict = FALSE}): for p1 = 0.5, p2 = 0.75 and power 0.9 at
 * the 5 % level both give 76.7, so 77 answers per group.
 *
 * <p>Results are rounded up to whole answers; a floating-point excess below one part in 10¹² is
 * ignored, so that an n that is a whole number in exact arithmetic is not rounded up past it. A
 * result above 10¹⁵ is refused as a sign of a margin or difference too small to plan for.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsatSampleSize {
  /** The largest n returned. */
  static final double MAX_N = 1e15;

  private CsatSampleSize() {}

  /**
   * Returns the n for a margin of error of a share, at the 95 % level ({@link Confidence#DEFAULT}).
   *
   * @param share the share assumed or observed, strictly between 0 and 1
   * @param marginOfError the target half-width of the interval, strictly between 0 and 1 (0.05 for
   *     ±5 points)
   * @return the number of answers, at least 1
   * @throws IllegalArgumentException if a parameter is out of range, or the n exceeds 10¹⁵
   */
  public static long forMarginOfError(double share, double marginOfError) {
    return forMarginOfError(share, marginOfError, Confidence.DEFAULT);
  }

  /**
   * Returns the n for a margin of error of a share: {@code z² p(1 − p) / E²} rounded up.
   *
   * @param share the share assumed or observed, strictly between 0 and 1 (an observed 0 or 1 says
   *     nothing about the spread; assume 0.5 instead)
   * @param marginOfError the target half-width of the interval, strictly between 0 and 1 (0.05 for
   *     ±5 points)
   * @param confidence the confidence level of the interval (its minimum sample size is not used)
   * @return the number of answers, at least 1
   * @throws IllegalArgumentException if a parameter is out of range, or the n exceeds 10¹⁵
   */
  public static long forMarginOfError(double share, double marginOfError, Confidence confidence) {
    return roundUp(exactForMarginOfError(share, marginOfError, confidence), "marginOfError", marginOfError);
  }

  /**
   * Returns the n per group to detect a difference between two shares with a power, by a two-sided
   * test at the 5 % level ({@link Confidence#DEFAULT}).
   *
   * @param share1 the share expected in one group, from 0 to 1
   * @param share2 the share expected in the other, from 0 to 1 and not equal to {@code share1}
   * @param power the probability of detecting the difference, strictly between 0 and 1 (0.8 or 0.9
   *     are usual)
   * @return the number of answers in each group, at least 1
   * @throws IllegalArgumentException if a parameter is out of range, or the n exceeds 10¹⁵
   */
  public static long perGroupToDetect(double share1, double share2, double power) {
    return perGroupToDetect(share1, share2, power, Confidence.DEFAULT);
  }

  /**
   * Returns the n per group to detect a difference between two shares with a power, by the two-sided
   * two-proportion z test at significance level {@code 1 − confidence.level()}.
   *
   * @param share1 the share expected in one group, from 0 to 1
   * @param share2 the share expected in the other, from 0 to 1 and not equal to {@code share1}
   * @param power the probability of detecting the difference, strictly between 0 and 1 (0.8 or 0.9
   *     are usual)
   * @param confidence the confidence level whose complement is the significance level of the test
   *     (its minimum sample size is not used)
   * @return the number of answers in each group, at least 1
   * @throws IllegalArgumentException if a parameter is out of range, or the n exceeds 10¹⁵
   */
  public static long perGroupToDetect(double share1, double share2, double power, Confidence confidence) {
    return roundUp(exactPerGroupToDetect(share1, share2, power, confidence), "share2", share2);
  }

  /** The n for a margin of error before rounding. */
  static double exactForMarginOfError(double share, double marginOfError, Confidence confidence) {
    Checks.openUnit("share", share);
    Checks.openUnit("marginOfError", marginOfError);
    double z = Objects.requireNonNull(confidence, "confidence").criticalValue();
    return z * z * share * (1 - share) / (marginOfError * marginOfError);
  }

  /** The n per group before rounding. */
  static double exactPerGroupToDetect(double share1, double share2, double power, Confidence confidence) {
    Checks.probability("share1", share1);
    Checks.probability("share2", share2);
    Checks.openUnit("power", power);
    Objects.requireNonNull(confidence, "confidence");
    if (share1 == share2) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "share2", "must differ from share1 " + share1, share2);
    }
    double mean = (share1 + share2) / 2;
    double test = confidence.criticalValue() * Math.sqrt(2 * mean * (1 - mean));
    double detect = Normal.quantile(power) * Math.sqrt(share1 * (1 - share1) + share2 * (1 - share2));
    double difference = share1 - share2;
    double root = test + detect;
    // A power below 1/2 with a tiny spread could make the sum negative: no answer is then needed
    // beyond the first, since the test rejects with that probability at any n.
    return root <= 0 ? 0 : root * root / (difference * difference);
  }

  private static long roundUp(double n, String field, double value) {
    if (!(n <= MAX_N)) {
      throw Checks.invalid(ReasonCode.TOO_LARGE, field, "the sample size it needs must be at most 1e15, not " + n,
          value);
    }
    return Math.max(1, (long) Math.ceil(n * (1 - 1e-12)));
  }
}
