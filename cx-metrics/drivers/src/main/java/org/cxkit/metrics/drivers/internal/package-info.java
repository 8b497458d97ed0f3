/**
 * Not API: the numerics behind the driver figures (Cholesky factorisation, the Jacobi symmetric
 * eigen-decomposition, R² of every subset of drivers and its Shapley decomposition, Johnson's
 * weights, mid-ranks and percentiles). Not exported.
 */
package org.cxkit.metrics.drivers.internal;
