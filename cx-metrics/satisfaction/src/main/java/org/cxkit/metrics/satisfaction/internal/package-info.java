/**
 * Module-internal helpers: argument checks and sample quantiles (the special functions, distributions
 * and intervals come from {@code org.cxkit.core.stat}). Not exported.
 */
package org.cxkit.metrics.satisfaction.internal;
