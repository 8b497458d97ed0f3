/**
 * Customers and the attributes figures are cut by.
 *
 * <p>No method accepts or returns {@code null} (see {@link org.cxkit.core}).
 */
@CxStyle
package org.cxkit.core.customer;

import org.cxkit.core.CxStyle;
