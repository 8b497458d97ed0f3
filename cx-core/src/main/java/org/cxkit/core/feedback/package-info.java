/**
 * What customers say: survey responses (NPS, CSAT, CES) linked to what they were asked about, and
 * feature requests.
 *
 * <p>A response's score is checked against its scale when it is built, so a response object is always
 * valid; the metric modules take raw answers too, and set aside those that are not. No method
 * accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
@CxStyle
package org.cxkit.core.feedback;

import org.cxkit.core.internal.CxStyle;
