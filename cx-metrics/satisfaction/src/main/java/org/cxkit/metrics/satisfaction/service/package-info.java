/**
 * The service desk's figures, from {@link org.cxkit.core.ticket.Ticket}s: first response and
 * resolution times as exact distributions, elapsed or in {@linkplain
 * org.cxkit.metrics.satisfaction.service.BusinessCalendar business hours}, and first contact
 * resolution under an explicit {@link org.cxkit.metrics.satisfaction.service.FcrDefinition}. Open
 * tickets are counted as open, never as a zero time.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
package org.cxkit.metrics.satisfaction.service;
