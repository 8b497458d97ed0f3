/**
 * Support tickets, the operations records the service figures are computed from.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
@CxStyle
package org.cxkit.core.ticket;

import org.cxkit.core.internal.CxStyle;
