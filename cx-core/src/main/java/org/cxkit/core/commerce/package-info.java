/**
 * Purchases and subscriptions: what customers buy, and the recurring revenue they bring until they
 * leave.
 *
 * <p>No method accepts or returns {@code null} (see {@link org.cxkit.core}).
 */
@CxStyle
package org.cxkit.core.commerce;

import org.cxkit.core.CxStyle;
