/**
 * The result types every metric module reports in, so that figures read alike: an
 * {@link org.cxkit.core.result.Estimate} carries its sample size and confidence interval, and a
 * {@link org.cxkit.core.result.BulkResult} accounts for every item it was given.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
package org.cxkit.core.result;
