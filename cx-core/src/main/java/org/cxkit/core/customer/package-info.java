/**
 * Customers and the attributes figures are cut by.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
@CxStyle
package org.cxkit.core.customer;

import org.cxkit.core.internal.CxStyle;
