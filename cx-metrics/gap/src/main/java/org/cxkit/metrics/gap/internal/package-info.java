/**
 * Not API: the numeric kernels behind the gap figures (exact integer sums for SERVQUAL, exact or
 * Chan-updated moments for real-valued gaps). Not exported by the module.
 *
 * <p>No method in this package accepts or returns {@code null}; passing {@code null} throws
 * {@link NullPointerException}.
 */
package org.cxkit.metrics.gap.internal;
