package org.cxkit.core.stat;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * The binomial distribution with {@code n} trials and success probability {@code p}, in log space:
 * the log probability of a count and the log upper tail, which stay finite where the probabilities
 * themselves underflow.
 *
 * <p>Log probabilities come from {@link Gamma#logGamma}, whose absolute error of about 1e-15 times
 * {@code ln n!} is the absolute error of the result (about 1e-9 at a million trials). The tail sums the
 * probability terms by their ratios, from the threshold outwards, relative to the first.
 *
 * <p>Taken from the satisfaction module's copy (the only one). Stateless and thread-safe.
 */
public final class Binomial {
  private Binomial() {}

  /**
   * Returns {@code ln P(X = k) = ln C(n, k) + k ln p + (n - k) ln(1 - p)}, to an absolute error of about
   * 1e-15 times {@code ln n!}.
   *
   * @param k the count, from 0 to {@code trials}
   * @param trials the number of trials, zero or more
   * @param p the success probability, strictly between 0 and 1
   * @return the log probability, at most 0
   * @throws IllegalArgumentException if {@code trials} is negative, {@code k} is not from 0 to
   *     {@code trials}, or {@code p} is not strictly between 0 and 1
   */
  public static double logPmf(long k, long trials, double p) {
    checkTrials(trials);
    if (k < 0 || k > trials) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "k", "valid values 0 - " + trials, k);
    }
    Checks.openUnit("p", p);
    return pmf(k, trials, p);
  }

  private static double pmf(long k, long trials, double p) {
    return Gamma.logGamma(trials + 1.0) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(trials - k + 1.0)
        + k * Math.log(p) + (trials - k) * Math.log1p(-p);
  }

  /**
   * Returns {@code ln P(X >= x)}, summing the probability terms in log space from {@code x} outwards
   * (above the mean) or taking the complement of the lower tail (below it), so that tails far below
   * {@code Double.MIN_VALUE} stay finite. Absolute error about 1e-15 times {@code ln n!}.
   *
   * @param x the threshold, any value (0 or less gives {@code ln 1 = 0})
   * @param trials the number of trials, zero or more
   * @param p the success probability, strictly between 0 and 1
   * @return {@code ln P(X >= x)}, at most 0; negative infinity if {@code x > trials}
   * @throws IllegalArgumentException if {@code trials} is negative or {@code p} is not strictly
   *     between 0 and 1
   */
  public static double logUpperTail(long x, long trials, double p) {
    checkTrials(trials);
    Checks.openUnit("p", p);
    if (x <= 0) {
      return 0;
    }
    if (x > trials) {
      return Double.NEGATIVE_INFINITY;
    }
    double mean = trials * p;
    double odds = p / (1 - p);
    if (x > mean) {
      // Terms fall from x upwards: sum them relative to the first.
      double sum = 1;
      double term = 1;
      for (long k = x; k < trials; k++) {
        term *= (trials - k) / (k + 1.0) * odds;
        sum += term;
        if (term < 1e-17 * sum) {
          break;
        }
      }
      return pmf(x, trials, p) + Math.log(sum);
    }
    // The upper tail is at least about a half: take the complement of the lower tail up to x - 1,
    // whose terms fall from x - 1 downwards.
    double sum = 1;
    double term = 1;
    for (long k = x - 1; k > 0; k--) {
      term *= k / (double) (trials - k + 1) / odds;
      sum += term;
      if (term < 1e-17 * sum) {
        break;
      }
    }
    double lower = Math.exp(pmf(x - 1, trials, p) + Math.log(sum));
    return Math.log1p(-Math.min(lower, 1));
  }

  private static void checkTrials(long trials) {
    if (trials < 0) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "trials", "must not be negative", trials);
    }
  }
}
