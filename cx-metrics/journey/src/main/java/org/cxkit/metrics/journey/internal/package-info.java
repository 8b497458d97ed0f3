/**
 * Not API: numerics of the journey module (dense LU, the absorbing-chain solver of the Markov
 * removal effects, Kaplan–Meier) and primitive hash maps. Not exported.
 */
package org.cxkit.metrics.journey.internal;
