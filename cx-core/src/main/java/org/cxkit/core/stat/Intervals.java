package org.cxkit.core.stat;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;

/**
 * Confidence intervals shared by the metric modules: the Wilson score interval for a proportion and
 * the Student t interval for a mean, each returned as an {@link Estimate}.
 *
 * <p>Critical values come from {@link Normal#twoSidedCritical} and {@link StudentT#quantile} at the
 * upper tail {@code (1 - level) / 2}, which is exact in floating point for a level of 1/2 or more.
 * Stateless and thread-safe.
 */
public final class Intervals {
  private Intervals() {}

  /**
   * Returns the proportion {@code successes / n} with its Wilson score interval (Wilson 1927,
   * "Probable inference, the law of succession, and statistical inference", JASA 22:209–212; method 3
   * of Newcombe 1998): the set of proportions that a two-sided score test at the level does not
   * reject. Unlike the Wald interval it stays inside [0, 1], is never of zero width, and keeps close to
   * its nominal coverage near 0 and 1 and for small n.
   *
   * <pre>
   * centre = (p̂ + z²/2n) / (1 + z²/n),  half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
   * </pre>
   *
   * <p>The bounds at 0 and n successes are exactly 0 and 1, and the interval always holds p̂.
   *
   * @param successes the number of successes, from 0 to {@code n}
   * @param n the number of trials, at least 1
   * @param confidence the confidence level and minimum sample size
   * @return the proportion with its interval, from 0 to 1
   * @throws IllegalArgumentException if {@code n} is below 1, {@code successes} is not from 0 to
   *     {@code n}
   */
  public static Estimate wilson(long successes, long n, Confidence confidence) {
    Checks.positive("n", n);
    Checks.inRange("successes", successes, 0, n);
    double z = confidence.criticalValue();
    double p = (double) successes / n;
    double z2n = z * z / n;
    double denominator = 1 + z2n;
    double centre = (p + z2n / 2) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
    // The exact bounds at 0 and n are 0 and 1; clamping removes rounding of the last bit.
    double lower = successes == 0 ? 0 : Math.min(p, Math.max(0, centre - half));
    double upper = successes == n ? 1 : Math.max(p, Math.min(1, centre + half));
    return Estimate.of(p, n, lower, upper, IntervalMethod.WILSON, confidence);
  }

  /**
   * Returns a mean with its Student t interval {@code mean ± t(1 − (1 − level)/2; n − 1) · s / √n} and
   * its standard error {@code s / √n},
   * {@code s²} the sample variance with divisor {@code n − 1}. Rounding never leaves the mean outside
   * its own interval.
   *
   * @param mean the sample mean, finite
   * @param sampleVariance the sample variance with divisor {@code n − 1}, finite and zero or more
   * @param n the number of observations, at least 2
   * @param confidence the confidence level and minimum sample size
   * @return the mean with its interval
   * @throws IllegalArgumentException if {@code mean} is not finite, {@code sampleVariance} is negative
   *     or not finite, {@code n} is below 2
   */
  public static Estimate studentT(double mean, double sampleVariance, long n, Confidence confidence) {
    Checks.finite("mean", mean);
    Checks.nonNegative("sampleVariance", sampleVariance);
    Checks.atLeast("n", n, 2);
    double t = -StudentT.quantile((1 - confidence.level()) / 2, n - 1);
    double se = Math.sqrt(sampleVariance / n);
    double half = t * se;
    return Estimate.of(mean, n, Math.min(mean, mean - half), Math.max(mean, mean + half), IntervalMethod.STUDENT_T,
        confidence).withStandardError(se);
  }
}
