/**
 * Declared answer scales, such as 1 to 5 for CSAT or 0 to 10 for NPS.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
package org.cxkit.core.scale;
