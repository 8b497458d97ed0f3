package org.cxkit.metrics.clv;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A maximum-likelihood fit of the {@link BgNbdModel}: the fitted model, each parameter with its
 * standard error, the maximised log-likelihood, the optimiser's diagnostics, and the data size.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param model the fitted model
 * @param parameters r, alpha, a and b in that order, each with its standard error
 * @param logLikelihood the log-likelihood at the fitted parameters, finite
 * @param diagnostics how the optimisation went
 * @param customers the number of customers fitted, at least 1
 * @param distinctHistories the number of distinct (x, t<sub>x</sub>, T) rows the likelihood was
 *     summed over
 */
public record BgNbdFit(BgNbdModel model, List<Parameter> parameters, double logLikelihood,
    FitDiagnostics diagnostics, long customers, int distinctHistories) {

  /**
   * Copies the parameter list and checks the parts.
   */
  public BgNbdFit {
    Objects.requireNonNull(model, "model");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(diagnostics, "diagnostics");
  }

  /**
   * Returns the named parameter.
   *
   * @param name one of {@code r}, {@code alpha}, {@code a}, {@code b}
   * @return the parameter
   * @throws IllegalArgumentException if there is no such parameter
   */
  public Parameter parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Invalid value for name (valid values r, alpha, a, b): " + name));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BgNbdFit{%s, LL=%.4f, n=%d, %s}", parameters, logLikelihood, customers,
        diagnostics);
  }
}
