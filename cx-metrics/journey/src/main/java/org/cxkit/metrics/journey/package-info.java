/**
 * From journeys to paths, the vocabulary of the module: a {@link org.cxkit.metrics.journey.Path} (steps
 * such as {@code email > web}), the {@link org.cxkit.metrics.journey.PathRules} that turn a cx-core
 * {@code Journey} into a {@link org.cxkit.metrics.journey.JourneyPath} (which
 * {@link org.cxkit.metrics.journey.PathElement} is a step, whether {@link org.cxkit.metrics.journey.Repeats}
 * are kept, what counts as a {@link org.cxkit.metrics.journey.Conversion}), and the aggregated
 * {@link org.cxkit.metrics.journey.PathCount} of ChannelAttribution's input.
 *
 * <p>No method accepts or returns {@code null}; passing {@code null} throws
 * {@link java.lang.NullPointerException}. Invalid values raise cx-core's
 * {@link org.cxkit.core.result.InvalidValueException} (an {@link java.lang.IllegalArgumentException})
 * with a reason code and the message {@code Invalid value for <field> (<rule>): <value>}; bulk
 * methods set such items aside instead. Every type is immutable and thread-safe.
 */
package org.cxkit.metrics.journey;
