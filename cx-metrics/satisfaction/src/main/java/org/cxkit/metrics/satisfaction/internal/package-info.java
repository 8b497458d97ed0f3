/**
 * Numerical building blocks (special functions, distributions, intervals, quantiles). Not exported.
 */
package org.cxkit.metrics.satisfaction.internal;
