/**
 * Module-internal helpers: sample quantiles. Argument checks come from
 * {@code org.cxkit.core.internal}, the special functions, distributions and intervals from
 * {@code org.cxkit.core.stat}. Not exported.
 */
package org.cxkit.metrics.satisfaction.internal;
