/**
 * Expectations, perceptions and experiences: the customer's side of every touchpoint.
 *
 * <p>An {@link org.cxkit.core.experience.Episode} is one individual experience at a touchpoint: what
 * the customer expected on each quality dimension, what they perceived, and whether their problem
 * was solved. An {@link org.cxkit.core.experience.Experience} is one customer's experience of the
 * company over time: all their episodes in time order. These belong to the customer; the library
 * records and estimates them.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
@CxStyle
package org.cxkit.core.experience;

import org.cxkit.core.internal.CxStyle;
