/**
 * Support tickets, the operations records the service figures are computed from.
 *
 * <p>No method accepts or returns {@code null} (see {@link org.cxkit.core}).
 */
@CxStyle
package org.cxkit.core.ticket;

import org.cxkit.core.CxStyle;
