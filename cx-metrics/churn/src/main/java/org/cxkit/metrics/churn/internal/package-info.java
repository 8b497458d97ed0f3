/**
 * Helpers internal to the churn module: argument checks and screening (distribution functions come
 * from {@code org.cxkit.core.stat}). Not exported.
 */
package org.cxkit.metrics.churn.internal;
