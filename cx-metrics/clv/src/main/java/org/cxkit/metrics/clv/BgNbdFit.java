package org.cxkit.metrics.clv;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * A maximum-likelihood fit of the {@link BgNbdModel}: the fitted model, each parameter with its
 * standard error, the maximised log-likelihood, the optimiser's diagnostics, and the data size.
 * {@link Parameter#toEstimate(long, org.cxkit.core.result.Confidence)} with {@link #count()} gives a
 * parameter as an {@link org.cxkit.core.result.Estimate}.
 *
 * <p><b>Empty input:</b> there is no fit of no customers: {@link BgNbdModel#fit} throws
 * {@link IllegalStateException}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param model the fitted model
 * @param parameters r, alpha, a and b in that order, each with its standard error
 * @param logLikelihood the log-likelihood at the fitted parameters, finite
 * @param diagnostics how the optimisation went
 * @param count the number of customers fitted, at least 1
 * @param distinctHistories the number of distinct (x, t<sub>x</sub>, T) rows the likelihood was
 *     summed over
 */
public record BgNbdFit(BgNbdModel model, List<Parameter> parameters, double logLikelihood,
    FitDiagnostics diagnostics, long count, int distinctHistories) {

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
   * @throws org.cxkit.core.result.InvalidValueException if there is no such parameter
   */
  public Parameter parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> Checks.invalid(ReasonCode.OUT_OF_RANGE, "name", "valid values r, alpha, a, b", name));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BgNbdFit{%s, LL=%.4f, n=%d, %s}", parameters, logLikelihood, count,
        diagnostics);
  }
}
