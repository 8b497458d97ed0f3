package org.cxkit.metrics.nps;

import java.util.Locale;
import java.util.Objects;
import org.cxkit.core.result.Estimate;

/**
 * A Net Promoter Score as it should be reported: the score from -100 to 100 with its sample size,
 * standard error, confidence interval and margin of error, and a flag when the sample is smaller
 * than the {@linkplain NpsPolicy#minimumSampleSize() policy's minimum}.
 *
 * <p>The interval always contains the score and lies within {@code [-100, 100]}; it need not be
 * symmetric (see {@link NpsInterval}). For weighted scores the {@linkplain #effectiveSampleSize()
 * effective sample size} (Kish) is what the uncertainty rests on; unweighted, it equals {@link #n()}.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class NpsEstimate {
  private final double value;
  private final long n;
  private final double effectiveSampleSize;
  private final double centre;
  private final double standardError;
  private final double lower;
  private final double upper;
  private final NpsPolicy policy;

  private NpsEstimate(double value, long n, double effectiveSampleSize, double centre,
      double standardError, double lower, double upper, NpsPolicy policy) {
    this.value = value;
    this.n = n;
    this.effectiveSampleSize = effectiveSampleSize;
    this.centre = centre;
    this.standardError = standardError;
    this.lower = lower;
    this.upper = upper;
    this.policy = policy;
  }

  /**
   * Builds the estimate from shares; the one path both unweighted and weighted scores take, so that
   * weights of 1 reproduce the unweighted estimate bit for bit.
   *
   * @param value the score, from -100 to 100
   * @param n the number of answers, at least 1
   * @param effectiveN the effective sample size, positive
   * @param promoterShare the share of promoters, from 0 to 1
   * @param detractorShare the share of detractors, from 0 to 1
   */
  static NpsEstimate of(double value, long n, double effectiveN, double promoterShare,
      double detractorShare, NpsPolicy policy) {
    assert n >= 1 && effectiveN > 0 && value >= -100 && value <= 100;
    NpsInterval.Spread spread = policy.method().spread(promoterShare, detractorShare, effectiveN);
    double z = policy.criticalValue();
    double lo = 100 * Math.max(-1, spread.centre() - z * spread.standardError());
    double hi = 100 * Math.min(1, spread.centre() + z * spread.standardError());
    return new NpsEstimate(value, n, effectiveN, 100 * spread.centre(), 100 * spread.standardError(),
        Math.min(lo, value), Math.max(hi, value), policy);
  }

  /**
   * Returns the score: the percentage of promoters minus the percentage of detractors.
   *
   * @return the score, from -100 to 100
   */
  public double value() {
    return value;
  }

  /**
   * Returns the number of answers the score rests on.
   *
   * @return the count, at least 1
   */
  public long n() {
    return n;
  }

  /**
   * Returns the effective sample size: {@code n} unweighted, Kish's {@code (Σw)² / Σw²} weighted.
   *
   * @return the effective sample size, positive, at most {@link #n()} (up to rounding)
   */
  public double effectiveSampleSize() {
    return effectiveSampleSize;
  }

  /**
   * Returns the standard error the interval was built with, on the score's scale: for the Wald
   * interval {@code 100 · sqrt([pP + pD - (pP - pD)^2] / n)}, for the adjusted Wald the same on the
   * adjusted shares and {@code n + 3}.
   *
   * @return the standard error, zero or more
   */
  public double standardError() {
    return standardError;
  }

  /** The centre of the interval before clamping, on the score's scale; the score itself for Wald. */
  double centre() {
    return centre;
  }

  /**
   * Returns the lower bound of the interval.
   *
   * @return the bound, from -100 to {@link #value()}
   */
  public double lower() {
    return lower;
  }

  /**
   * Returns the upper bound of the interval.
   *
   * @return the bound, from {@link #value()} to 100
   */
  public double upper() {
    return upper;
  }

  /**
   * Returns the larger distance from the score to a bound: for a symmetric interval, its half-width.
   *
   * @return the margin of error, in points, zero or more
   */
  public double marginOfError() {
    return Math.max(value - lower, upper - value);
  }

  /**
   * Returns the confidence level of the interval.
   *
   * @return the level, strictly between 0 and 1
   */
  public double level() {
    return policy.level();
  }

  /**
   * Returns the interval method.
   *
   * @return the method
   */
  public NpsInterval method() {
    return policy.method();
  }

  /**
   * Returns the policy the estimate was reported under.
   *
   * @return the policy
   */
  public NpsPolicy policy() {
    return policy;
  }

  /**
   * Tells whether the (effective) sample size is below the policy's minimum, so that the score should
   * be read with care or not at all.
   *
   * @return true if {@code effectiveSampleSize() < policy().minimumSampleSize()}
   */
  public boolean isBelowMinimum() {
    return effectiveSampleSize < policy.minimumSampleSize();
  }

  /**
   * Converts to the core estimate type, which every cx metric reports in.
   *
   * @return the estimate with the same value, n, bounds and level
   */
  public Estimate toEstimate() {
    return Estimate.of(value, n, lower, upper, policy.level());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpsEstimate e
        && Double.compare(value, e.value) == 0 && n == e.n
        && Double.compare(effectiveSampleSize, e.effectiveSampleSize) == 0
        && Double.compare(centre, e.centre) == 0
        && Double.compare(standardError, e.standardError) == 0
        && Double.compare(lower, e.lower) == 0 && Double.compare(upper, e.upper) == 0
        && policy.equals(e.policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, n, effectiveSampleSize, centre, standardError, lower, upper, policy);
  }

  /**
   * Returns a readable form such as
   * {@code NPS 20.0 ±12.1 (95% CI 7.9 to 31.6, adjusted Wald, n=120)}, followed by
   * {@code  below minimum 30} when flagged.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "NPS %.1f ±%.1f (%s%% CI %.1f to %.1f, %s, n=%d%s)%s",
        value, marginOfError(), percent(policy.level()), lower, upper,
        policy.method() == NpsInterval.WALD ? "Wald" : "adjusted Wald", n,
        effectiveSampleSize == n ? "" : String.format(Locale.ROOT, ", effective n=%.1f", effectiveSampleSize),
        isBelowMinimum() ? " below minimum " + policy.minimumSampleSize() : "");
  }

  private static String percent(double level) {
    double p = level * 100;
    return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
  }
}
