package org.cxkit.metrics.clv;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import java.util.OptionalDouble;

/**
 * A maximum-likelihood fit of the {@link GammaGammaModel} to repeat buyers: the model, each
 * parameter with its standard error, the log-likelihood, the diagnostics, and the Pearson
 * correlation between frequency and mean spend across the customers fitted. The model assumes
 * the two are independent; a correlation far from 0 (say beyond ±0.3) is a warning that CLV
 * figures from it may be biased.
 *
 * <p><b>Empty input:</b> there is no fit without a repeat buyer: {@link GammaGammaModel#fit} throws
 * {@link IllegalStateException}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param model the fitted model
 * @param parameters p, q and gamma in that order, each with its standard error
 * @param logLikelihood the log-likelihood at the fitted parameters, finite
 * @param diagnostics how the optimisation went
 * @param count the number of repeat buyers fitted, at least 1
 * @param frequencySpendCorrelation the correlation between x and the mean spend, from −1 to 1, or
 *     empty when either does not vary
 */
public record GammaGammaFit(GammaGammaModel model, List<Parameter> parameters, double logLikelihood,
    FitDiagnostics diagnostics, long count, OptionalDouble frequencySpendCorrelation) {

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
   * @throws org.cxkit.core.result.InvalidValueException if there is no such parameter
   */
  public Parameter parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> Checks.invalid(ReasonCode.OUT_OF_RANGE, "name", "valid values p, q, gamma", name));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "GammaGammaFit{%s, LL=%.4f, n=%d, corr(x, spend)=%s, %s}", parameters,
        logLikelihood, count, frequencySpendCorrelation, diagnostics);
  }
}
