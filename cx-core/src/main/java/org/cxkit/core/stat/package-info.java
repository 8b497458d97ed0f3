/**
 * Numerical building blocks behind the cx figures: special functions (log-gamma, digamma, the
 * regularized incomplete gamma and beta functions), tail probabilities and quantiles of the normal,
 * Student t, chi-square and binomial distributions, and the Wilson and Student t confidence intervals.
 *
 * <p>Not API. These are not metrics: they carry no customer-experience meaning, and the package is
 * exported only to the cx modules (a qualified export), so that every metric module shares one
 * well-tested copy instead of writing its own while users do not bind to it. On the class path,
 * where qualified exports do not apply, it is still not API and may change in any release. Each class is final, holds
 * static methods only, and is stateless and thread-safe. Each method documents its definition, the
 * range it accepts, its accuracy and the {@link java.lang.IllegalArgumentException} that a value out
 * of range raises (its message names the parameter, the accepted range and the value, as in
 * {@code Invalid value for p (valid values strictly between 0 and 1): 1.5}).
 *
 * <p>Every parameter is a primitive; no method returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
package org.cxkit.core.stat;
