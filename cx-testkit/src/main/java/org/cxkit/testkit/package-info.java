/**
 * Contract tests for mergeable figures: extend {@link org.cxkit.testkit.AccumulatorContract} in a
 * JUnit Jupiter test and bind it to an {@link org.cxkit.core.result.Accumulator}.
 *
 * <p>No method accepts or returns {@code null} (see the {@code org.cxkit.core} module documentation).
 */
package org.cxkit.testkit;
