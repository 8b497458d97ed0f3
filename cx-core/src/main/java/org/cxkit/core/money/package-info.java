/**
 * Exact amounts of money that refuse to mix currencies.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
package org.cxkit.core.money;
