/**
 * Project-wide conventions of the cx model.
 *
 * <h2>Null policy</h2>
 * Across every {@code org.cxkit} package, no method accepts or returns {@code null}: an absent value
 * is an {@link java.util.Optional}, an empty collection or an empty result, and passing {@code null}
 * throws {@link NullPointerException} naming the parameter.
 *
 * <h2>Validation</h2>
 * Factories and builders validate before they construct. A rejected value raises
 * {@link IllegalArgumentException} (or, from a builder, {@link IllegalStateException} for a missing
 * field) whose message names the field, the accepted range and the bad value, for example
 * {@code Invalid value for score (valid values 0 - 10): 11}.
 *
 * <h2>Immutability</h2>
 * Every public type of the model is immutable and thread-safe; mutable accumulators, where a metric
 * module has them, say so in their documentation.
 */
package org.cxkit.core;
