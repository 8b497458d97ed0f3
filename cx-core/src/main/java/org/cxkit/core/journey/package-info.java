/**
 * Journeys: one customer's touchpoints in time order, across channels and devices, with the views
 * that figures are read from (by stage, by channel, the funnel from exposure to engagement).
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
@CxStyle
package org.cxkit.core.journey;

import org.cxkit.core.internal.CxStyle;
