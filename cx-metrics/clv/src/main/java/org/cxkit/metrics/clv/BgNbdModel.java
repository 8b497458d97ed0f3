package org.cxkit.metrics.clv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;
import org.cxkit.metrics.clv.internal.Minimizer;

/**
 * The BG/NBD model of repeat buying (Fader, Hardie and Lee 2005, "Counting your customers the easy
 * way"): while alive, a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each
 * purchase the customer drops out with probability p ~ Beta(a, b).
 *
 * <p>An instance holds the four parameters and the {@link TimeScale} they are expressed in (α is a
 * time, 1/α a rate per unit): every prediction takes a {@link TimeSpan} or an {@link Rfm} and
 * converts it into the model's unit, so a model fitted in weeks cannot be misread in days. Obtain
 * one with {@link #of} from known parameters or with {@link #fit} by maximum likelihood.
 *
 * <p>Predictions are finite for every valid input, including a = 1 and a + b &lt; 1, where the
 * paper's closed forms have a removable singularity and a pole (see the module README for the
 * series used).
 *
 * <p><b>Empty input:</b> a model cannot be fitted to no customers: {@link #fit} throws
 * {@link IllegalStateException}; {@link #logLikelihood(Collection)} of no customers is 0.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BgNbdModel {
  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final TimeScale unit;

  private BgNbdModel(double r, double alpha, double a, double b, TimeScale unit) {
    this.r = Checks.positiveFinite("r", r);
    this.alpha = Checks.positiveFinite("alpha", alpha);
    this.a = Checks.positiveFinite("a", a);
    this.b = Checks.positiveFinite("b", b);
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  /**
   * Obtains a model from its parameters.
   *
   * @param r the shape of the purchase-rate gamma distribution, finite and strictly positive
   * @param alpha the scale (a time, in {@code unit}) of the purchase-rate distribution, finite and
   *     strictly positive
   * @param a the first shape of the dropout-probability beta distribution, finite and strictly
   *     positive
   * @param b the second shape of the dropout-probability beta distribution, finite and strictly
   *     positive
   * @param unit the unit of time of {@code alpha}
   * @return the model
   * @throws org.cxkit.core.result.InvalidValueException if a parameter is out of range, named in the
   *     message
   */
  public static BgNbdModel of(double r, double alpha, double a, double b, TimeScale unit) {
    return new BgNbdModel(r, alpha, a, b, unit);
  }

  /**
   * Fits the model by maximum likelihood to customer histories.
   *
   * <p>The log-likelihood is maximised over the logarithms of the parameters by BFGS with an
   * analytic gradient from (r, α, a, b) = (1, mean T / max(mean x, 0.01), 1, 1), with a Nelder–Mead
   * restart if BFGS stalls far from a stationary point, then polished by Newton steps with a
   * Hessian computed by central differences of the analytic gradient (relative step 1e-5).
   * Convergence means every component of the gradient (in log-parameters) is below 1e-9 ×
   * |log-likelihood| at a maximum whose information matrix is positive definite; the standard
   * errors come from that matrix. Identical histories are counted once with a weight.
   *
   * @param customers the histories, in any unit (each is converted into {@code unit})
   * @param unit the unit of time the model is fitted in
   * @return the fit, with its diagnostics; check {@link FitDiagnostics#converged()}
   * @throws IllegalStateException if there are no customers
   */
  public static BgNbdFit fit(Collection<Rfm> customers, TimeScale unit) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(unit, "unit");
    return fit(CompressedHistories.of(customers, unit));
  }

  /**
   * Fits the model by maximum likelihood to compressed histories, in their unit, as
   * {@link #fit(Collection, TimeScale)} does.
   *
   * @param histories the compressed histories
   * @return the fit, with its diagnostics; check {@link FitDiagnostics#converged()}
   * @throws IllegalStateException if there are no customers
   */
  public static BgNbdFit fit(CompressedHistories histories) {
    if (histories.count() == 0) {
      throw new IllegalStateException("Cannot fit the BG/NBD model to no customers");
    }
    BgNbdLikelihood likelihood = histories.likelihood();
    TimeScale unit = histories.unit();
    double sumX = 0;
    double sumT = 0;
    double n = 0;
    for (int i = 0; i < likelihood.rows(); i++) {
      sumX += likelihood.weight[i] * likelihood.x[i];
      sumT += likelihood.weight[i] * likelihood.age[i];
      n += likelihood.weight[i];
    }
    double meanT = Math.max(sumT / n, 1e-3);
    double meanX = Math.max(sumX / n, 0.01);
    double[] start = {0, Math.log(meanT / meanX), 0, 0};
    double[] theta = new double[4];
    double[] natural = new double[4];
    Minimizer.Objective negativeLogLikelihood = (logTheta, gradient) -> {
      for (int i = 0; i < 4; i++) {
        theta[i] = Math.exp(logTheta[i]);
      }
      double ll = likelihood.logLikelihood(theta[0], theta[1], theta[2], theta[3], natural);
      for (int i = 0; i < 4; i++) {
        gradient[i] = -natural[i] * theta[i];
      }
      return -ll;
    };
    Minimizer.Result result = Minimizer.minimize(negativeLogLikelihood, start, 1e-9);
    double[] best = new double[4];
    for (int i = 0; i < 4; i++) {
      best[i] = Math.exp(result.x()[i]);
    }
    Minimizer.Polished polished = Minimizer.newtonPolish((p, g) -> {
      double ll = likelihood.logLikelihood(p[0], p[1], p[2], p[3], g);
      for (int i = 0; i < 4; i++) {
        g[i] = -g[i];
      }
      return -ll;
    }, best, 1e-9);
    best = polished.theta();
    double[][] covariance = polished.covariance();
    String[] names = {"r", "alpha", "a", "b"};
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      parameters.add(Parameter.fitted(names[i], best[i], covariance, i));
    }
    // Converged: the gradient test met at an interior maximum (positive-definite information). A
    // flat or boundary "optimum" (no repeat buyers, say) can pass the gradient test alone.
    FitDiagnostics diagnostics = new FitDiagnostics(polished.converged(), result.iterations(),
        result.evaluations(), polished.logGradientNorm());
    BgNbdModel model = new BgNbdModel(best[0], best[1], best[2], best[3], unit);
    return new BgNbdFit(model, parameters, -polished.value(), diagnostics, likelihood.customers, likelihood.rows());
  }

  /**
   * Returns r, the shape of the purchase-rate distribution.
   *
   * @return r, strictly positive
   */
  public double r() {
    return r;
  }

  /**
   * Returns α, the scale of the purchase-rate distribution, in {@link #unit()}.
   *
   * @return α, strictly positive
   */
  public double alpha() {
    return alpha;
  }

  /**
   * Returns a, the first shape of the dropout distribution.
   *
   * @return a, strictly positive
   */
  public double a() {
    return a;
  }

  /**
   * Returns b, the second shape of the dropout distribution.
   *
   * @return b, strictly positive
   */
  public double b() {
    return b;
  }

  /**
   * Returns the unit of time the parameters are expressed in.
   *
   * @return the unit
   */
  public TimeScale unit() {
    return unit;
  }

  /**
   * Returns one customer's log-likelihood (Fader, Hardie and Lee 2005, eq. 6), in log space.
   *
   * @param customer the history, in any unit
   * @return ln L(r, α, a, b | x, t<sub>x</sub>, T), finite
   */
  public double logLikelihood(Rfm customer) {
    return BgNbdLikelihood.of(List.of(customer), unit).logLikelihood(r, alpha, a, b, null);
  }

  /**
   * Returns the log-likelihood of many customers, the sum of their {@link #logLikelihood(Rfm)},
   * computed over the compressed histories with the gamma-function terms once per distinct x.
   *
   * @param customers the histories, in any unit
   * @return the total log-likelihood, finite; 0 for no customers
   */
  public double logLikelihood(Collection<Rfm> customers) {
    return CompressedHistories.of(customers, unit).logLikelihood(this);
  }

  /**
   * Returns the expected number of purchases in (0, t] of a customer just acquired, E[X(t)] (eq. 9).
   *
   * @param t the length of the period, in any unit
   * @return the expectation, zero or more, non-decreasing in {@code t}
   * @throws ArithmeticException if t is more than about ten million times α (the series would need
   *     more than 10⁸ terms)
   */
  public double expectedPurchases(TimeSpan t) {
    return BgNbdMath.expectedPurchases(r, alpha, a, b, t.in(unit));
  }

  /**
   * Returns the expected number of purchases in the next t of a customer with a history,
   * E[Y(t) | x, t<sub>x</sub>, T] (eq. 10).
   *
   * @param customer the history, in any unit
   * @param t the length of the period after the end of calibration, in any unit
   * @return the expectation, zero or more, non-decreasing in {@code t}
   * @throws ArithmeticException if t is more than about ten million times α + T
   */
  public double expectedPurchases(Rfm customer, TimeSpan t) {
    return BgNbdMath.conditionalExpectedPurchases(r, alpha, a, b, customer.frequency(), customer.recencyIn(unit),
        customer.ageIn(unit), t.in(unit));
  }

  /**
   * Returns the probability that a customer with a history is still alive at the end of
   * calibration, P(alive | x, t<sub>x</sub>, T) (eq. 11); 1 for a customer with no repeat purchase,
   * since in the BG/NBD model dropout happens only after a purchase.
   *
   * @param customer the history, in any unit
   * @return the probability, from 0 to 1
   */
  public double probabilityAlive(Rfm customer) {
    return BgNbdMath.probabilityAlive(r, alpha, a, b, customer.frequency(), customer.recencyIn(unit),
        customer.ageIn(unit));
  }

  /**
   * Returns the probability that a customer just acquired makes exactly n purchases in (0, t],
   * P(X(t) = n) (eq. 8).
   *
   * @param n the number of purchases, zero or more
   * @param t the length of the period, in any unit
   * @return the probability, from 0 to 1
   * @throws org.cxkit.core.result.InvalidValueException if {@code n} is negative
   */
  public double probabilityOfPurchases(int n, TimeSpan t) {
    Checks.atLeast("n", n, 0);
    return BgNbdMath.probabilityOfPurchases(r, alpha, a, b, n, t.in(unit));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BgNbdModel m && Double.compare(r, m.r) == 0 && Double.compare(alpha, m.alpha) == 0
        && Double.compare(a, m.a) == 0 && Double.compare(b, m.b) == 0 && unit.equals(m.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(r, alpha, a, b, unit);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BgNbdModel{r=%s, alpha=%s, a=%s, b=%s, unit=%s}", r, alpha, a, b, unit);
  }
}
