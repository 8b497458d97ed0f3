package org.cxkit.metrics.clv;

import static org.cxkit.core.stat.Gamma.digamma;
import static org.cxkit.core.stat.Gamma.logGamma;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;
import org.cxkit.metrics.clv.internal.Minimizer;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and CLV";
 * Fader and Hardie 2013, "The Gamma-Gamma model of monetary value"): a customer's transaction
 * values are Gamma(p, ν) around their mean p/ν, and ν ~ Gamma(q, γ) across customers. The mean
 * spend of a customer with x repeat transactions averaging m̄ then has the density
 * Γ(px + q) / (Γ(px) Γ(q)) · γ^q x^(px) m̄^(px − 1) / (γ + x m̄)^(px + q).
 *
 * <p>The model assumes that spend is independent of purchase frequency: {@link GammaGammaFit}
 * reports the correlation between the two so that a user can check it. Money values are in the
 * currency of the data the model was fitted to.
 *
 * <p><b>Empty input:</b> a model cannot be fitted to no repeat buyer: {@link #fit} throws
 * {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GammaGammaModel {
  private final double p;
  private final double q;
  private final double gamma;

  private GammaGammaModel(double p, double q, double gamma) {
    this.p = Checks.positiveFinite("p", p);
    this.q = Checks.positiveFinite("q", q);
    this.gamma = Checks.positiveFinite("gamma", gamma);
  }

  /**
   * Obtains a model from its parameters.
   *
   * @param p the shape of a customer's transaction-value distribution, finite and strictly positive
   * @param q the shape of the distribution of ν across customers, finite and strictly positive
   * @param gamma the scale (a money amount) of the distribution of ν, finite and strictly positive
   * @return the model
   * @throws org.cxkit.core.result.InvalidValueException if a parameter is out of range, named in the
   *     message
   */
  public static GammaGammaModel of(double p, double q, double gamma) {
    return new GammaGammaModel(p, q, gamma);
  }

  /**
   * Fits the model by maximum likelihood to the repeat buyers among the histories.
   *
   * <p>Customers without a repeat purchase, and customers whose mean repeat value is 0 (the model
   * has no mass there), are set aside with the reason (code {@link ReasonCode#OUT_OF_RANGE}, field
   * {@code frequency} or {@code meanRepeatValue}). The optimiser is the one of
   * {@link BgNbdModel#fit}, started from (p, q, γ) = (1, 2, mean spend); standard errors come from
   * the numerical Hessian in the same way.
   *
   * @param customers the histories
   * @return the fit, and the histories set aside
   * @throws IllegalStateException if no customer has a repeat purchase with a positive value
   */
  public static BulkResult<Rfm, GammaGammaFit> fit(Collection<Rfm> customers) {
    Objects.requireNonNull(customers, "customers");
    List<SetAside<Rfm>> setAside = new ArrayList<>();
    int n = 0;
    int[] xs = new int[customers.size()];
    double[] means = new double[customers.size()];
    long position = 0;
    for (Rfm c : customers) {
      Objects.requireNonNull(c, "customer");
      if (c.frequency() == 0) {
        setAside.add(SetAside.of(position, c, Checks.invalid(ReasonCode.OUT_OF_RANGE, "frequency",
            "must be at least 1, a repeat buyer", 0)));
      } else if (c.repeatValue() == 0) {
        setAside.add(SetAside.of(position, c, Checks.invalid(ReasonCode.OUT_OF_RANGE, "meanRepeatValue",
            "must be above 0", 0.0)));
      } else {
        xs[n] = c.frequency();
        means[n] = c.repeatValue() / c.frequency();
        n++;
      }
      position++;
    }
    if (n == 0) {
      throw new IllegalStateException("Cannot fit the Gamma-Gamma model to no repeat buyer with a positive value");
    }
    final int count = n;
    double meanSpend = 0;
    for (int i = 0; i < count; i++) {
      meanSpend += means[i] / count;
    }
    double[] theta = new double[3];
    double[] natural = new double[3];
    Minimizer.Objective objective = (logTheta, gradient) -> {
      for (int i = 0; i < 3; i++) {
        theta[i] = Math.exp(logTheta[i]);
      }
      double ll = logLikelihood(xs, means, count, theta[0], theta[1], theta[2], natural);
      for (int i = 0; i < 3; i++) {
        gradient[i] = -natural[i] * theta[i];
      }
      return -ll;
    };
    Minimizer.Result result = Minimizer.minimize(objective, new double[] {0, Math.log(2), Math.log(meanSpend)}, 1e-9);
    double[] best = new double[3];
    for (int i = 0; i < 3; i++) {
      best[i] = Math.exp(result.x()[i]);
    }
    Minimizer.Polished polished = Minimizer.newtonPolish((t, g) -> {
      double ll = logLikelihood(xs, means, count, t[0], t[1], t[2], g);
      for (int i = 0; i < 3; i++) {
        g[i] = -g[i];
      }
      return -ll;
    }, best, 1e-9);
    best = polished.theta();
    double[][] covariance = polished.covariance();
    String[] names = {"p", "q", "gamma"};
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      parameters.add(Parameter.fitted(names[i], best[i], covariance, i));
    }
    FitDiagnostics diagnostics = new FitDiagnostics(polished.converged(), result.iterations(),
        result.evaluations(), polished.logGradientNorm());
    GammaGammaFit fit = new GammaGammaFit(new GammaGammaModel(best[0], best[1], best[2]), parameters,
        -polished.value(), diagnostics, count, correlation(xs, means, count));
    return BulkResult.of(fit, count, setAside);
  }

  /** The log-likelihood of the mean spends, and its gradient in (p, q, γ) if {@code gradient} is not null. */
  static double logLikelihood(int[] xs, double[] means, int n, double p, double q, double gamma, double[] gradient) {
    double lnGamma = Math.log(gamma);
    double lnGammaQ = logGamma(q);
    double psiQ = gradient != null ? digamma(q) : 0;
    double total = 0;
    double gp = 0;
    double gq = 0;
    double gg = 0;
    for (int i = 0; i < n; i++) {
      double x = xs[i];
      double m = means[i];
      double px = p * x;
      double lnM = Math.log(m);
      double lnX = Math.log(x);
      double lnDen = Math.log(gamma + m * x);
      total += logGamma(px + q) - logGamma(px) - lnGammaQ + q * lnGamma + (px - 1) * lnM + px * lnX
          - (px + q) * lnDen;
      if (gradient != null) {
        double psiPxq = digamma(px + q);
        gp += x * (psiPxq - digamma(px) + lnM + lnX - lnDen);
        gq += psiPxq - psiQ + lnGamma - lnDen;
        gg += q / gamma - (px + q) / (gamma + m * x);
      }
    }
    if (gradient != null) {
      gradient[0] = gp;
      gradient[1] = gq;
      gradient[2] = gg;
    }
    return total;
  }

  private static OptionalDouble correlation(int[] xs, double[] means, int n) {
    double mx = 0;
    double mm = 0;
    for (int i = 0; i < n; i++) {
      mx += xs[i];
      mm += means[i];
    }
    mx /= n;
    mm /= n;
    double sxx = 0;
    double smm = 0;
    double sxm = 0;
    for (int i = 0; i < n; i++) {
      double dx = xs[i] - mx;
      double dm = means[i] - mm;
      sxx += dx * dx;
      smm += dm * dm;
      sxm += dx * dm;
    }
    return sxx > 0 && smm > 0 ? OptionalDouble.of(sxm / Math.sqrt(sxx * smm)) : OptionalDouble.empty();
  }

  /**
   * Returns p.
   *
   * @return p, strictly positive
   */
  public double p() {
    return p;
  }

  /**
   * Returns q.
   *
   * @return q, strictly positive
   */
  public double q() {
    return q;
  }

  /**
   * Returns γ.
   *
   * @return γ, strictly positive
   */
  public double gamma() {
    return gamma;
  }

  /**
   * Returns the population mean spend per transaction, E[Z] = p γ / (q − 1).
   *
   * @return the mean, strictly positive
   * @throws IllegalStateException if q ≤ 1, where the mean is infinite
   */
  public double expectedAverageSpend() {
    requireFiniteMean();
    return p * gamma / (q - 1);
  }

  /**
   * Returns a customer's expected spend per transaction given x repeat transactions averaging m̄:
   * (p γ + p x m̄) / (p x + q − 1), a weighted mean of the population mean and m̄ (Fader, Hardie and
   * Lee 2005, eq. 5). A customer without a repeat purchase gets the population mean.
   *
   * @param customer the history; its mean repeat value is m̄
   * @return the expected spend, strictly positive
   * @throws IllegalStateException if q ≤ 1, where the population mean is infinite
   */
  public double expectedAverageSpend(Rfm customer) {
    requireFiniteMean();
    double x = customer.frequency();
    return (p * gamma + p * customer.repeatValue()) / (p * x + q - 1);
  }

  private void requireFiniteMean() {
    if (!(q > 1)) {
      throw new IllegalStateException("The Gamma-Gamma mean spend is infinite for q <= 1: q = " + q);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GammaGammaModel m && Double.compare(p, m.p) == 0 && Double.compare(q, m.q) == 0
        && Double.compare(gamma, m.gamma) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(p, q, gamma);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "GammaGammaModel{p=%s, q=%s, gamma=%s}", p, q, gamma);
  }
}
