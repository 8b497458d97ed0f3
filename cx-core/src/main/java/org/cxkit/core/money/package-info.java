/**
 * Exact amounts of money that refuse to mix currencies.
 *
 * <p>No method accepts or returns {@code null} (see {@link org.cxkit.core}).
 */
package org.cxkit.core.money;
