package org.cxkit.metrics.clv;

/**
 * How a maximum-likelihood fit went: whether the optimiser met its convergence test, how many
 * iterations and function evaluations it used, and the norm of the log-likelihood's gradient at the
 * answer (with respect to the logarithms of the parameters, the space the optimiser searches).
 *
 * <p>A fit that did not converge still returns its best point, flagged here: callers should not use
 * its parameters without looking.
 *
 * <p><b>Empty input:</b> not applicable; there are diagnostics only for a fit, and a model cannot be
 * fitted to no customers.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param converged whether every gradient component fell below the tolerance and the observed
 *     information matrix is positive definite (an interior maximum, with standard errors)
 * @param iterations the optimiser iterations, zero or more
 * @param evaluations the log-likelihood evaluations, zero or more
 * @param gradientNorm the Euclidean norm of the gradient at the answer, zero or more
 */
public record FitDiagnostics(boolean converged, int iterations, int evaluations, double gradientNorm) {}
