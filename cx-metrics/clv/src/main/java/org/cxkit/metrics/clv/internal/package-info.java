/**
 * Numerical building blocks of the module (special functions, the hypergeometric series, the
 * optimiser). Not exported: not part of the API.
 */
package org.cxkit.metrics.clv.internal;
