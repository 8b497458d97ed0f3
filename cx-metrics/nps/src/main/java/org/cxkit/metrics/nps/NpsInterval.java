package org.cxkit.metrics.nps;

import java.util.OptionalDouble;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;

/**
 * How a confidence interval for a Net Promoter Score is computed; the estimate records it as the
 * {@linkplain #toIntervalMethod() matching} core {@link IntervalMethod}.
 *
 * <p>Both methods treat the score as the difference of two shares of one multinomial sample,
 * {@code p̂P - p̂D}, whose variance is {@code [pP + pD - (pP - pD)^2] / n} (Rocks 2016).
 * Bounds are clamped to {@code [-100, 100]} and, where the method centres its interval away from the
 * observed score (the adjusted Wald does, at very small samples with every answer in one extreme
 * category), widened just enough to contain the observed score, since a reported interval that
 * excludes its own point estimate would mislead.
 */
public enum NpsInterval {
  /**
   * The plain Wald interval: {@code score ± z · SE} with {@code SE = sqrt([pP + pD - (pP - pD)^2] / n)}.
   * Collapses to a single point when every answer is in one category (all passives, all promoters),
   * which overstates certainty at small samples.
   */
  WALD(IntervalMethod.WALD) {
    @Override
    Spread spread(double promoterShare, double detractorShare, double n) {
      return new Spread(promoterShare - detractorShare, Math.sqrt(perResponseVariance(promoterShare, detractorShare) / n));
    }
  },

  /**
   * The adjusted Wald interval of Rocks (2016, "Interval estimation for the 'net promoter score'",
   * The American Statistician 70(4)): add three pseudo-answers in the Agresti-Coull manner, 3/4 to
   * detractors, 3/2 to passives and 3/4 to promoters (the defaults of Rocks's R package NPS,
   * {@code pseudo_observations = c(0.75, 1.50, 0.75)}, and the form Lewis and Sauro give it,
   * MeasuringU 2021), then apply the Wald formula to the adjusted shares {@code (P + 3/4)/(n + 3)},
   * {@code (D + 3/4)/(n + 3)} with {@code n + 3}, centred on the adjusted score. Its standard error is
   * never zero, so it stays honest for all passives, all promoters and {@code n = 1}; Rocks found it
   * among the best-covering intervals on real NPS data. The default.
   */
  ADJUSTED_WALD(IntervalMethod.ADJUSTED_WALD) {
    @Override
    Spread spread(double promoterShare, double detractorShare, double n) {
      double adjustedN = n + PSEUDO_ANSWERS;
      double p = (promoterShare * n + PSEUDO_EXTREME) / adjustedN;
      double d = (detractorShare * n + PSEUDO_EXTREME) / adjustedN;
      return new Spread(p - d, Math.sqrt(perResponseVariance(p, d) / adjustedN));
    }
  };

  /** Pseudo-answers the adjusted Wald adds in all. */
  static final double PSEUDO_ANSWERS = 3;
  /** Pseudo-answers the adjusted Wald adds to promoters, and again to detractors. */
  static final double PSEUDO_EXTREME = 0.75;

  private final IntervalMethod method;

  NpsInterval(IntervalMethod method) {
    this.method = method;
  }

  /**
   * Returns the core interval method an estimate built with this method records:
   * {@link IntervalMethod#WALD} or {@link IntervalMethod#ADJUSTED_WALD}.
   *
   * @return the interval method
   */
  public IntervalMethod toIntervalMethod() {
    return method;
  }

  /**
   * Builds the estimate of a score from its shares: the one path unweighted and weighted scores
   * take, so that weights of 1 reproduce the unweighted estimate bit for bit. The bounds are
   * {@code 100 · (centre ± z · SE)} clamped to [-100, 100] and widened, if need be, to contain the
   * score; the standard error is {@code 100 · SE}.
   *
   * @param score the score, from -100 to 100
   * @param n the number of answers, at least 1
   * @param effectiveN the effective sample size, positive and finite
   * @param promoterShare the share of promoters, from 0 to 1
   * @param detractorShare the share of detractors, from 0 to 1
   * @param confidence the level and minimum sample size
   */
  Estimate estimate(double score, long n, double effectiveN, double promoterShare, double detractorShare,
      Confidence confidence) {
    assert n >= 1 && effectiveN > 0 && score >= -100 && score <= 100;
    Spread spread = spread(promoterShare, detractorShare, effectiveN);
    double z = confidence.criticalValue();
    double lo = 100 * Math.max(-1, spread.centre() - z * spread.standardError());
    double hi = 100 * Math.min(1, spread.centre() + z * spread.standardError());
    return new Estimate(score, n, Math.min(lo, score), Math.max(hi, score), method, confidence,
        OptionalDouble.of(100 * spread.standardError()), effectiveN);
  }

  /**
   * The centre and standard error of the interval, on the fraction scale from -1 to 1.
   *
   * @param promoterShare the share of promoters, from 0 to 1
   * @param detractorShare the share of detractors, from 0 to 1, with the promoter share at most 1
   * @param n the (effective) sample size, positive
   */
  abstract Spread spread(double promoterShare, double detractorShare, double n);

  /**
   * The variance of one answer scored +1 (promoter), 0 (passive) or -1 (detractor):
   * {@code E[X^2] - E[X]^2 = pP + pD - (pP - pD)^2}, never below zero.
   */
  static double perResponseVariance(double promoterShare, double detractorShare) {
    double net = promoterShare - detractorShare;
    return Math.max(0, promoterShare + detractorShare - net * net);
  }

  /** A centre and a standard error, fractions from -1 to 1. */
  record Spread(double centre, double standardError) {}
}
