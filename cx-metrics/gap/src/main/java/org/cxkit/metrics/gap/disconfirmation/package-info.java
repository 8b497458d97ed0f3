/**
 * Expectancy disconfirmation (Oliver 1980): a gap classified as
 * {@link org.cxkit.metrics.gap.disconfirmation.Disconfirmation negative, confirmed or positive} at an
 * explicit tolerance, the mergeable {@link org.cxkit.metrics.gap.disconfirmation.DisconfirmationAccumulator}
 * / {@link org.cxkit.metrics.gap.disconfirmation.DisconfirmationTally}, and
 * {@link org.cxkit.metrics.gap.disconfirmation.DisconfirmationAnalysis}, which reads episodes and
 * tallies them per touchpoint, channel, journey stage or any key.
 *
 * <p>No method in this package accepts or returns {@code null}; passing {@code null} throws
 * {@link NullPointerException}.
 */
package org.cxkit.metrics.gap.disconfirmation;
