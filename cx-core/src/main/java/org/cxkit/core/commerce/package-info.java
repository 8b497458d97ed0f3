/**
 * Purchases and subscriptions: what customers buy, and the recurring revenue they bring until they
 * leave.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
@CxStyle
package org.cxkit.core.commerce;

import org.cxkit.core.internal.CxStyle;
