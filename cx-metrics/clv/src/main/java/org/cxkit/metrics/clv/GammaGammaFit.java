package org.cxkit.metrics.clv;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A maximum-likelihood fit of the {@link GammaGammaModel} to repeat buyers: the model, each
 * parameter with its standard error, the log-likelihood, the diagnostics, and the Pearson
 * correlation between frequency and mean spend across the customers fitted. The model assumes
 * the two are independent; a correlation far from 0 (say beyond ±0.3) is a warning that CLV
 * figures from it may be biased.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param model the fitted model
 * @param parameters p, q and gamma in that order, each with its standard error
 * @param logLikelihood the log-likelihood at the fitted parameters, finite
 * @param diagnostics how the optimisation went
 * @param customers the number of repeat buyers fitted, at least 1
 * @param frequencySpendCorrelation the correlation between x and the mean spend, from −1 to 1, or
 *     empty when either does not vary
 */
public record GammaGammaFit(GammaGammaModel model, List<Parameter> parameters, double logLikelihood,
    FitDiagnostics diagnostics, long customers, OptionalDouble frequencySpendCorrelation) {

  /**
   * Copies the parameter list and checks the parts.
   */
  public GammaGammaFit {
    Objects.requireNonNull(model, "model");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(frequencySpendCorrelation, "frequencySpendCorrelation");
  }

  /**
   * Returns the named parameter.
   *
   * @param name one of {@code p}, {@code q}, {@code gamma}
   * @return the parameter
   * @throws IllegalArgumentException if there is no such parameter
   */
  public Parameter parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Invalid value for name (valid values p, q, gamma): " + name));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "GammaGammaFit{%s, LL=%.4f, n=%d, corr(x, spend)=%s, %s}", parameters,
        logLikelihood, customers, frequencySpendCorrelation, diagnostics);
  }
}
