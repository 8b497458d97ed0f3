/**
 * How satisfaction follows from each episode and how each episode moves the customer's next
 * expectation: the parameterised {@link org.cxkit.metrics.gap.dynamics.ExpectationDynamics model}
 * (adaptive expectations, Cagan 1956, with Oliver's disconfirmation) and its
 * {@link org.cxkit.metrics.gap.dynamics.ExpectationStep steps}.
 *
 * <p>No method in this package accepts or returns {@code null}; passing {@code null} throws
 * {@link NullPointerException}.
 */
package org.cxkit.metrics.gap.dynamics;
