package org.cxkit.metrics.clv;

import static org.cxkit.core.stat.Beta.logBeta;
import static org.cxkit.core.stat.Gamma.logGamma;

/**
 * BG/NBD predictions in forms that stay finite for every valid input.
 *
 * <p><b>Expected purchases.</b> Fader, Hardie and Lee (2005, eq. 9) give
 * E[X(t)] = (a + b − 1)/(a − 1) · [1 − (α/(α + t))^r ₂F₁(r, b; a + b − 1; z)], z = t/(α + t),
 * which has a removable singularity at a = 1 and a pole in ₂F₁ when a + b − 1 is 0 or a negative
 * number. Writing 1 = (1 − z)^r Σ (r)ₙ zⁿ / n! and collecting terms gives, with c = a + b − 1,
 * 1 − (1 − z)^r ₂F₁ = Σₙ uₙ (1 − (b)ₙ/(c)ₙ), where uₙ = (r)ₙ zⁿ (1 − z)^r / n! is the negative
 * binomial probability of n. The factor (c/(a − 1))(1 − (b)ₙ/(c)ₙ) telescopes (with
 * qₙ = (b)ₙ/(c)ₙ, 1 − qₙ₊₁ = (1 − qₙ) + qₙ (a − 1)/(c + n)) into Sₙ = Σ<sub>k&lt;n</sub>
 * (b)ₖ/(a + b)ₖ, so that
 *
 * <pre>  E[X(t)] = Σ (n ≥ 1) uₙ Sₙ</pre>
 *
 * <p>a sum of positive terms with neither the singularity nor the pole (a + b &gt; 0 always). The
 * terms uₙ are accumulated with a running scale factor, so that (1 − z)^r may underflow without
 * harm (x in the hundreds), and the sum stops when a rigorous bound on the tail is below 1e-16 of
 * it. The conditional expectation (eq. 10) is the same function with r + x, α + T, b + x, times
 * P(alive).
 *
 * <p>Stateless and thread-safe.
 */
final class BgNbdMath {
  private BgNbdMath() {}

  static final long MAX_TERMS = 100_000_000L;
  private static final double RESCALE = 1e250;
  private static final double LOG_RESCALE = Math.log(RESCALE);

  /** E[X(t)] for a new customer, t in model units, t ≥ 0. */
  static double expectedPurchases(double r, double alpha, double a, double b, double t) {
    if (t == 0) {
      return 0;
    }
    double z = t / (alpha + t);
    double logScale = -r * Math.log1p(t / alpha);
    double u = 1;
    double s = 0;
    double v = 1;
    double sum = 0;
    double ratio = r * z; // u(n) / u(n - 1) for n = 1
    for (long n = 1; n <= MAX_TERMS; n++) {
      u *= ratio;
      s += v;
      // One division per term: both recurrences share the denominator.
      double inverse = 1 / ((a + b + n - 1) * (n + 1));
      v *= (b + n - 1) * (n + 1) * inverse;
      ratio = (r + n) * z * (a + b + n - 1) * inverse;
      sum += u * s;
      if (u > RESCALE) {
        u /= RESCALE;
        sum /= RESCALE;
        logScale += LOG_RESCALE;
      }
      // Tail bound u (s q + v q / (1 − ρ)), q = ρ / (1 − ρ), compared without dividing.
      double bound = Math.max(ratio, z);
      double rest = 1 - bound;
      if (rest > 0 && u * bound * (s * rest + v) <= 1e-16 * sum * rest * rest) {
        return sum * Math.exp(logScale);
      }
    }
    throw new ArithmeticException("Expected purchases did not converge in " + MAX_TERMS
        + " terms: t / alpha = " + t / alpha + " is too large for the series");
  }

  /** P(alive | x, t_x, T) of eq. 11, as 1 / (1 + e^d) with d in log space. */
  static double probabilityAlive(double r, double alpha, double a, double b, int x, double recency, double age) {
    if (x == 0) {
      return 1;
    }
    double d = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log1p((age - recency) / (alpha + recency));
    return 1 / (1 + Math.exp(d));
  }

  /** E[Y(t) | x, t_x, T]. */
  static double conditionalExpectedPurchases(double r, double alpha, double a, double b, int x, double recency,
      double age, double t) {
    if (t == 0) {
      return 0;
    }
    return expectedPurchases(r + x, alpha + age, a, b + x, t) * probabilityAlive(r, alpha, a, b, x, recency, age);
  }

  /** P(X(t) = n) for a new customer (eq. 8), each term in log space. */
  static double probabilityOfPurchases(double r, double alpha, double a, double b, int n, double t) {
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    double log1mz = -Math.log1p(t / alpha);
    double logZ = Math.log(t) - Math.log(alpha + t);
    double lnBab = logBeta(a, b);
    double first = logBeta(a, b + n) - lnBab + logGamma(r + n) - logGamma(r) - logGamma(n + 1.0) + r * log1mz
        + (n == 0 ? 0 : n * logZ);
    double p = Math.exp(first);
    if (n > 0) {
      p += Math.exp(logBeta(a + 1, b + n - 1) - lnBab) * negativeBinomialTail(r, log1mz, logZ, n);
    }
    return Math.min(1, p);
  }

  /** P(N ≥ n) for N negative binomial with P(N = j) = (r)ⱼ zʲ (1 − z)^r / j!, n ≥ 1. */
  static double negativeBinomialTail(double r, double log1mz, double logZ, int n) {
    double logP = r * log1mz;
    double head = 0;
    for (int j = 0; j < n; j++) {
      head += Math.exp(logP);
      logP += Math.log((r + j) / (j + 1.0)) + logZ;
    }
    if (head <= 0.5) {
      return 1 - head;
    }
    // The head is most of the mass: sum the tail itself, to keep its relative accuracy.
    double z = Math.exp(logZ);
    double tail = 0;
    for (long j = n; j < n + MAX_TERMS; j++) {
      double p = Math.exp(logP);
      tail += p;
      double rho = (r + j) * z / (j + 1);
      double bound = Math.max(rho, z);
      if (bound < 1 && p * bound / (1 - bound) <= 1e-16 * tail) {
        break;
      }
      if (p == 0 && rho < 1) {
        break;
      }
      logP += Math.log(rho);
    }
    return Math.min(tail, 1);
  }
}
