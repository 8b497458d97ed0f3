package org.cxkit.metrics.satisfaction.internal;

import org.cxkit.core.result.Estimate;

/**
 * The confidence intervals the module reports. Internal (the package is not exported).
 */
public final class Intervals {
  private Intervals() {}

  /**
   * Returns the proportion {@code successes / n} with its Wilson score interval (Wilson 1927,
   * "Probable inference, the law of succession, and statistical inference", JASA 22:209–212; method 3
   * of Newcombe 1998): the set of p for which the score test does not reject, which stays inside
   * [0, 1], is never of zero width, and keeps close to its nominal coverage near 0 and 1 and for small
   * n, where the Wald interval fails.
   *
   * <pre>
   * centre = (p̂ + z²/2n) / (1 + z²/n),  half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
   * </pre>
   *
   * @param successes the count of successes, from 0 to n
   * @param n the number of trials, at least 1
   * @param level the confidence level, strictly between 0 and 1
   * @return the estimate, a proportion from 0 to 1
   */
  public static Estimate wilson(long successes, long n, double level) {
    checkLevel(level);
    if (n < 1 || successes < 0 || successes > n) {
      throw new IllegalArgumentException("Invalid value for successes (valid values 0 - " + n + "): " + successes);
    }
    double z = Distributions.normalUpperQuantile((1 - level) / 2);
    double p = successes / (double) n;
    double z2n = z * z / n;
    double denominator = 1 + z2n;
    double centre = (p + z2n / 2) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
    // The exact bounds at 0 and n are 0 and 1; clamping removes rounding of the last bit.
    double lower = successes == 0 ? 0 : Math.max(0, Math.min(p, centre - half));
    double upper = successes == n ? 1 : Math.min(1, Math.max(p, centre + half));
    return Estimate.of(p, n, lower, upper, level);
  }

  /**
   * Returns a mean with its Student t interval {@code mean ± t(1 − (1 − level)/2, n − 1) · s / √n},
   * intersected with {@code [min, max]} (the mean of answers on a bounded scale cannot leave it, so
   * the intersection loses no coverage). With a single observation the t interval does not exist and
   * the interval is the whole {@code [min, max]}.
   *
   * @param mean the sample mean, from min to max
   * @param sampleVariance the sample variance with divisor n − 1, zero or more (ignored when n = 1)
   * @param n the number of observations, at least 1
   * @param min the lowest possible value
   * @param max the highest possible value
   * @param level the confidence level, strictly between 0 and 1
   * @return the estimate
   */
  public static Estimate tMean(double mean, double sampleVariance, long n, double min, double max, double level) {
    checkLevel(level);
    if (n == 1) {
      return Estimate.of(mean, n, min, max, level);
    }
    double t = Distributions.studentTUpperQuantile((1 - level) / 2, n - 1);
    double half = t * Math.sqrt(sampleVariance / n);
    return Estimate.of(mean, n, Math.max(min, Math.min(mean, mean - half)),
        Math.min(max, Math.max(mean, mean + half)), level);
  }

  /**
   * Checks a confidence level.
   *
   * @param level the level
   * @return the level
   * @throws IllegalArgumentException unless strictly between 0 and 1
   */
  public static double checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "Invalid value for level (valid values strictly between 0 and 1): " + level);
    }
    return level;
  }
}
