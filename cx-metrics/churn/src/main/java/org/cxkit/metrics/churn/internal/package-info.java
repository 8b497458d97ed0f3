/**
 * Helpers internal to the churn module: argument checks, distribution functions, screening. Not
 * exported.
 */
package org.cxkit.metrics.churn.internal;
