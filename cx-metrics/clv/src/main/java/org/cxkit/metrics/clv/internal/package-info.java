/**
 * Numerical building blocks of the module (the hypergeometric series, the optimiser). Not exported:
 * not part of the API. The special functions (log-gamma, digamma, log-beta, the normal quantile) are
 * cx-core's {@code org.cxkit.core.stat}.
 */
package org.cxkit.metrics.clv.internal;
