/**
 * The Kano model (Kano et al. 1984; Berger et al. 1993): a respondent's
 * {@link org.cxkit.metrics.gap.kano.KanoAnswer answer pair} evaluated to a
 * {@link org.cxkit.metrics.gap.kano.KanoCategory category}, and the mergeable
 * {@link org.cxkit.metrics.gap.kano.KanoAccumulator} / {@link org.cxkit.metrics.gap.kano.KanoTally} of
 * one feature, with its category and its better and worse coefficients.
 *
 * <p>No method in this package accepts or returns {@code null}; passing {@code null} throws
 * {@link NullPointerException}.
 */
package org.cxkit.metrics.gap.kano;
