/**
 * Helpers internal to the churn module: the screening of subscriptions shared by every bulk factory,
 * and the Cochran–Armitage trend test behind {@code ReasonTrend} (distribution functions and
 * argument checks come from cx-core). Not exported: not API.
 */
package org.cxkit.metrics.churn.internal;
