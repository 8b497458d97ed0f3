/**
 * Importance–performance analysis (Martilla and James 1977):
 * {@link org.cxkit.metrics.gap.ipa.IpaAttribute attributes} placed in the
 * {@link org.cxkit.metrics.gap.ipa.IpaQuadrant quadrants} of a grid divided by an explicit
 * {@link org.cxkit.metrics.gap.ipa.IpaCrosshair crosshair}, in an
 * {@link org.cxkit.metrics.gap.ipa.ImportancePerformance analysis}.
 *
 * <p>No method in this package accepts or returns {@code null}; passing {@code null} throws
 * {@link NullPointerException}.
 */
package org.cxkit.metrics.gap.ipa;
