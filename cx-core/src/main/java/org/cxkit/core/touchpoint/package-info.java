/**
 * Touchpoints, interactions and engagements: the chain of set inclusions the whole library rests on.
 *
 * <p>A {@link org.cxkit.core.touchpoint.Touchpoint} is any moment in which a customer is exposed to
 * the company. An {@link org.cxkit.core.touchpoint.Interaction} is a touchpoint with two-way
 * communication. An {@link org.cxkit.core.touchpoint.Engagement} is an interaction in which the
 * customer commits to act. The types say so: {@code Engagement} extends {@code Interaction}, which
 * extends {@code Touchpoint}, and both kinds are {@code sealed}, so the only touchpoints that are not
 * interactions are {@link org.cxkit.core.touchpoint.Exposure}s and the only interactions that are not
 * engagements are {@link org.cxkit.core.touchpoint.Exchange}s.
 *
 * <p>Channels, teams and commitments are open records with the common values as constants. No method
 * accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
@CxStyle
package org.cxkit.core.touchpoint;

import org.cxkit.core.internal.CxStyle;
