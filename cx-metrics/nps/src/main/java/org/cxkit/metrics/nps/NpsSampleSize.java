package org.cxkit.metrics.nps;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.stat.Normal;

/**
 * Sample-size planning for Net Promoter Scores, from an assumed distribution of answers: the number
 * of answers needed for a target margin of error, and the number per group needed to detect a
 * difference between two scores with a given power.
 *
 * <p>A plan starts from the shares of promoters {@code pP} and detractors {@code pD} one expects,
 * {@linkplain #assuming(double, double) assumed} (from a previous survey, a benchmark, or
 * {@link #MOST_VARIABLE}, the worst case when nothing is known) or {@linkplain #from(NpsTally)
 * observed} in a pilot. Everything rests on the variance of one answer scored +1, 0 or -1,
 * {@code v = pP + pD - (pP - pD)²} (at most 1, when half the answers are promoters and half
 * detractors), as in {@link NpsTally#variance()}.
 *
 * <ul>
 *   <li><b>Margin of error</b> ({@link #forMarginOfError(double, Confidence, NpsInterval)}). The Wald
 *       interval of n answers has the half-width {@code E = z · sqrt(v / n)} (E in score points / 100,
 *       z the confidence's {@linkplain Confidence#criticalValue() critical value}), so the smallest n
 *       with a margin of at most E is {@code n = z² · v / E²}, rounded up. The adjusted Wald interval
 *       (the default, {@link NpsInterval#ADJUSTED_WALD}) rests on {@code n + 3} (three pseudo-answers),
 *       so it needs {@code n + 3 = z² · v / E²} real-plus-pseudo answers, three fewer real ones: the
 *       form Lewis and Sauro give it (MeasuringU 2021, "Sample Size Estimation for NPS Confidence
 *       Intervals"). Both read the assumed shares as the shares the sample will show.
 *   <li><b>Difference between two groups</b> ({@link #perGroupToDetect(NpsSampleSize, double,
 *       Confidence, NpsInterval)}). A two-sided z test at level {@code α = 1 - level} on two
 *       independent groups of n answers each detects a true difference {@code Δ} between the scores
 *       with probability {@code power} when
 *       {@code n = (z_{1-α/2} + z_{power})² · (v1 + v2) / Δ²}, rounded up (Δ in score points / 100);
 *       for the adjusted Wald test, three fewer: {@code n = s² · Z² / d² - 3} in the notation of Lewis
 *       and Sauro (MeasuringU 2021, "Sample Sizes for Comparing Net Promoter Scores"), with
 *       {@code s² = v1 + v2}.
 * </ul>
 *
 * <p>Results are rounded up, and at least 1 (a plan whose variance is 0, all answers assumed in one
 * category, needs one answer). The methods without a {@link Confidence} use
 * {@link Confidence#DEFAULT} (95 %) and those without an {@link NpsInterval} the adjusted Wald
 * method, as {@link NpsTally#estimate()} does; the confidence's minimum sample size plays no part.
 *
 * <p>Empty input: an empty tally has no shares to plan from, and {@link #from(NpsTally)} throws
 * {@link IllegalStateException}; with no idea of the shares, plan with {@link #MOST_VARIABLE}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param promoterShare the expected share of promoters, from 0 to 1
 * @param detractorShare the expected share of detractors, from 0 to {@code 1 - promoterShare}
 */
public record NpsSampleSize(double promoterShare, double detractorShare) {

  /**
   * The worst case, half promoters and half detractors (a score of 0 with the largest variance of one
   * answer, 1): a plan that holds whatever the distribution turns out to be.
   */
  public static final NpsSampleSize MOST_VARIABLE = new NpsSampleSize(0.5, 0.5);

  /** Scores closer than this (1e-7 points) count as equal: there is no difference to detect. */
  private static final double SAME_SCORE = 1e-9;

  /** The largest sample size a plan returns; a plan that would need more throws. */
  private static final double LIMIT = 0x1p62;

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a share is not from 0 to 1 (code out-of-range, not-finite
   *     for NaN), or if they add up to more than 1 (beyond 1e-9 of rounding)
   */
  public NpsSampleSize {
    promoterShare = Checks.probability("promoterShare", promoterShare);
    detractorShare = Checks.probability("detractorShare", detractorShare);
    if (promoterShare + detractorShare > 1 + 1e-9) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "detractorShare",
          "must be at most 1 - promoterShare = " + (1 - promoterShare), detractorShare);
    }
  }

  /**
   * Obtains a plan from the shares of promoters and detractors one expects.
   *
   * @param promoterShare the expected share of promoters, from 0 to 1
   * @param detractorShare the expected share of detractors, from 0 to {@code 1 - promoterShare}
   * @return the plan
   * @throws IllegalArgumentException if a share is not from 0 to 1 or they add up to more than 1
   */
  public static NpsSampleSize assuming(double promoterShare, double detractorShare) {
    return new NpsSampleSize(promoterShare, detractorShare);
  }

  /**
   * Obtains a plan from the shares observed in a tally, such as a pilot survey or the last period.
   *
   * @param observed the tally, not empty
   * @return the plan with the tally's promoter and detractor shares
   * @throws IllegalStateException if the tally is empty
   */
  public static NpsSampleSize from(NpsTally observed) {
    Objects.requireNonNull(observed, "observed");
    return new NpsSampleSize(observed.promoterShare(), observed.detractorShare());
  }

  /**
   * Returns the score the plan assumes, {@code 100 · (pP - pD)}.
   *
   * @return the score, from -100 to 100
   */
  public double score() {
    return 100 * (promoterShare - detractorShare);
  }

  /**
   * Returns the variance of one answer scored +1, 0 or -1, {@code pP + pD - (pP - pD)²}, on the
   * fraction scale (multiply by 100² for squared points).
   *
   * @return the variance, from 0 to 1
   */
  public double perAnswerVariance() {
    return NpsInterval.perResponseVariance(promoterShare, detractorShare);
  }

  /**
   * Returns the number of answers needed for a 95 % adjusted Wald interval with at most the given
   * margin of error.
   *
   * @param marginOfError the largest acceptable margin of error, in score points, greater than 0 and at most 200
   * @return the number of answers, at least 1
   * @throws IllegalArgumentException if the margin is out of range or so small that the answer would
   *     exceed 2^62 (code too-large)
   */
  public long forMarginOfError(double marginOfError) {
    return forMarginOfError(marginOfError, Confidence.DEFAULT, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Returns the number of answers needed for an adjusted Wald interval at a confidence level with at
   * most the given margin of error.
   *
   * @param marginOfError the largest acceptable margin of error, in score points, greater than 0 and at most 200
   * @param confidence the confidence level of the interval
   * @return the number of answers, at least 1
   * @throws IllegalArgumentException if the margin is out of range or so small that the answer would
   *     exceed 2^62 (code too-large)
   */
  public long forMarginOfError(double marginOfError, Confidence confidence) {
    return forMarginOfError(marginOfError, confidence, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Returns the number of answers needed for an interval with at most the given margin of error:
   * {@code z² · v / E²} rounded up for the Wald interval, three fewer for the adjusted Wald interval.
   *
   * @param marginOfError the largest acceptable margin of error, in score points, greater than 0 and at most 200
   * @param confidence the confidence level of the interval
   * @param method the interval method the survey will be reported with
   * @return the number of answers, at least 1
   * @throws IllegalArgumentException if the margin is out of range or so small that the answer would
   *     exceed 2^62 (code too-large)
   */
  public long forMarginOfError(double marginOfError, Confidence confidence, NpsInterval method) {
    checkPoints("marginOfError", marginOfError);
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(method, "method");
    double e = marginOfError / 100;
    double z = confidence.criticalValue();
    return sampleSize(z * z * perAnswerVariance() / (e * e), method, "marginOfError", marginOfError);
  }

  /**
   * Returns the margin of error a 95 % adjusted Wald interval of n answers will have if the sample
   * shows the assumed shares: the inverse of {@link #forMarginOfError(double)}.
   *
   * @param n the number of answers, at least 1
   * @return the margin of error, in score points, zero or more
   * @throws IllegalArgumentException if n is below 1
   */
  public double marginOfError(long n) {
    return marginOfError(n, Confidence.DEFAULT, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Returns the margin of error an adjusted Wald interval of n answers will have at a confidence
   * level if the sample shows the assumed shares.
   *
   * @param n the number of answers, at least 1
   * @param confidence the confidence level of the interval
   * @return the margin of error, in score points, zero or more
   * @throws IllegalArgumentException if n is below 1
   */
  public double marginOfError(long n, Confidence confidence) {
    return marginOfError(n, confidence, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Returns the margin of error an interval of n answers will have if the sample shows the assumed
   * shares, as this plan reckons it: {@code 100 · z · sqrt(v / n)} for the Wald interval, with
   * {@code n + 3} for the adjusted Wald interval (whose centre and clamping it leaves aside).
   *
   * @param n the number of answers, at least 1
   * @param confidence the confidence level of the interval
   * @param method the interval method
   * @return the margin of error, in score points, zero or more
   * @throws IllegalArgumentException if n is below 1
   */
  public double marginOfError(long n, Confidence confidence, NpsInterval method) {
    Checks.positive("n", n);
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(method, "method");
    double base = method == NpsInterval.ADJUSTED_WALD ? n + NpsInterval.PSEUDO_ANSWERS : n;
    return 100 * confidence.criticalValue() * Math.sqrt(perAnswerVariance() / base);
  }

  /**
   * Returns the number of answers per group for a two-sided test at 95 % (α = 0.05), with the
   * adjusted Wald method, to detect the difference between this plan's score and another's with a
   * given power.
   *
   * @param other the plan of the other group, whose score differs from this one's
   * @param power the probability of detecting the difference, from 0.5 to less than 1 (0.8 is usual)
   * @return the number of answers in each group, at least 1
   * @throws IllegalArgumentException if the scores are equal, the power is out of range, or the
   *     answer would exceed 2^62 (code too-large)
   */
  public long perGroupToDetect(NpsSampleSize other, double power) {
    return perGroupToDetect(other, power, Confidence.DEFAULT, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Returns the number of answers per group for a two-sided test at level {@code α = 1 - level},
   * with the adjusted Wald method, to detect the difference between this plan's score and another's
   * with a given power.
   *
   * @param other the plan of the other group, whose score differs from this one's
   * @param power the probability of detecting the difference, from 0.5 to less than 1 (0.8 is usual)
   * @param confidence the confidence level, {@code 1 - α}
   * @return the number of answers in each group, at least 1
   * @throws IllegalArgumentException if the scores are equal, the power is out of range, or the
   *     answer would exceed 2^62 (code too-large)
   */
  public long perGroupToDetect(NpsSampleSize other, double power, Confidence confidence) {
    return perGroupToDetect(other, power, confidence, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Returns the number of answers per group for a two-sided z test at level {@code α = 1 - level}
   * to detect the difference between this plan's score and another's with a given power:
   * {@code (z_{1-α/2} + z_{power})² · (v1 + v2) / Δ²} rounded up for the Wald test, three fewer for
   * the adjusted Wald test (see {@link NpsComparison}).
   *
   * @param other the plan of the other group, whose score differs from this one's by more than
   *     1e-7 points (closer scores differ by rounding alone and count as equal)
   * @param power the probability of detecting the difference, from 0.5 to less than 1 (0.8 is usual)
   * @param confidence the confidence level, {@code 1 - α}
   * @param method the interval method of the test
   * @return the number of answers in each group, at least 1
   * @throws IllegalArgumentException if the scores are equal, the power is out of range, or the
   *     answer would exceed 2^62 (code too-large)
   */
  public long perGroupToDetect(NpsSampleSize other, double power, Confidence confidence, NpsInterval method) {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(method, "method");
    Checks.finite("power", power);
    if (!(power >= 0.5 && power < 1)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "power", "valid values from 0.5 to less than 1", power);
    }
    double difference = Math.abs((other.promoterShare - other.detractorShare) - (promoterShare - detractorShare));
    if (difference <= SAME_SCORE) { // 0.03 - 0.02 and 0.01 - 0 differ by rounding alone
      throw Checks.invalid(ReasonCode.INVALID, "other", "must assume a score other than " + score(), other);
    }
    double z = confidence.criticalValue() + Normal.quantile(power);
    return sampleSize(z * z * (perAnswerVariance() + other.perAnswerVariance()) / (difference * difference),
        method, "other", other);
  }

  /** Rounds the Wald sample size up (three fewer for the adjusted Wald), at least 1. */
  private static long sampleSize(double wald, NpsInterval method, String field, Object value) {
    if (!(wald < LIMIT)) {
      throw Checks.invalid(ReasonCode.TOO_LARGE, field, "needs more than 2^62 answers", value);
    }
    long n = (long) Math.ceil(wald);
    if (method == NpsInterval.ADJUSTED_WALD) {
      n -= (long) NpsInterval.PSEUDO_ANSWERS;
    }
    return Math.max(1, n);
  }

  private static void checkPoints(String field, double points) {
    Checks.finite(field, points);
    if (!(points > 0 && points <= 200)) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, field, "valid values greater than 0 up to 200", points);
    }
  }

  /** Returns a form such as {@code NpsSampleSize{promoters=0.5, detractors=0.2, score=30.0}}. */
  @Override
  public String toString() {
    return "NpsSampleSize{promoters=" + promoterShare + ", detractors=" + detractorShare + ", score=" + score() + "}";
  }
}
