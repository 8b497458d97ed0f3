package org.cxkit.metrics.journey.internal;

/**
 * The removal effects of a Markov chain of journeys, computed exactly by absorbing-chain algebra
 * (Kemeny and Snell, Finite Markov Chains, 1960, ch. III; Anderl, Becker, von Wangenheim and
 * Schumann 2016 for the removal effect), with no simulation.
 *
 * <p>The chain has a start state, {@code n} transient states (windows of channels), and two
 * absorbing states, conversion and null. With {@code Q} the transitions among the transient states,
 * {@code r} the probabilities of moving to conversion and {@code p₀} the start distribution, the
 * fundamental matrix {@code N = (I − Q)⁻¹} gives the expected visits, {@code x = N r} the probability
 * of converting from each state and {@code P(conversion) = p₀ᵀx}; the same with {@code r_v(s)} (the
 * value of the conversions leaving {@code s}, divided by the journeys leaving {@code s}) gives the
 * expected value {@code v = N r_v}.
 *
 * <p>Removing a channel sends every state {@code S} containing it to null. The probability of
 * converting after the removal is the probability of converting without ever visiting {@code S}, so
 * the removal effect {@code 1 − P_removed / P} is the probability of converting <em>and</em> visiting
 * {@code S}, over {@code P}. By the strong Markov property that is {@code Σ_{s∈S} h_s x_s / P}, where
 * {@code h_s} is the probability that the first visit to {@code S} is at {@code s}; {@code h} solves
 * {@code h N_SS = (p₀ᵀN)_S}, because the expected visits to each state of {@code S} are the first
 * visit's distribution times the visits from there. One inversion of {@code I − Q} serves every
 * channel, and the effect is computed as a sum of non-negative terms, never as a difference of
 * nearly equal probabilities. Value removal effects are the same with {@code v} for {@code x}.
 *
 * <p>Stateless and thread-safe.
 */
public final class AbsorbingChain {
  private AbsorbingChain() {}

  /**
   * What the chain gives.
   *
   * @param conversionProbability the probability of reaching conversion from the start
   * @param expectedValue the expected conversion value from the start
   * @param conversionEffects the removal effect on the conversion probability, per channel, 0 to 1
   * @param valueEffects the removal effect on the expected value, per channel, 0 to 1 (all 0 when
   *     the expected value is 0)
   */
  public record Solution(double conversionProbability, double expectedValue, double[] conversionEffects,
      double[] valueEffects) {}

  /**
   * Solves the chain given by its transition counts (or bootstrap weights).
   *
   * @param n the number of transient states
   * @param start the counts from the start to each state, {@code n} entries, with a positive sum
   * @param transitions the counts between states, row-major {@code n × n}, zero diagonal
   * @param conversions the counts from each state to conversion
   * @param nulls the counts from each state to null
   * @param value the value of the conversions from each state
   * @param statesOfChannel for each channel, the distinct states that contain it
   * @return the conversion probability, expected value and removal effects
   */
  public static Solution solve(int n, double[] start, double[] transitions, double[] conversions,
      double[] nulls, double[] value, int[][] statesOfChannel) {
    double[] a = new double[n * n];
    double[] rc = new double[n];
    double[] rv = new double[n];
    for (int s = 0; s < n; s++) {
      double out = conversions[s] + nulls[s];
      int row = s * n;
      for (int t = 0; t < n; t++) {
        out += transitions[row + t];
      }
      a[row + s] = 1;
      if (out > 0) { // a state no journey visited (in a bootstrap replicate) keeps an identity row
        for (int t = 0; t < n; t++) {
          a[row + t] -= transitions[row + t] / out;
        }
        rc[s] = conversions[s] / out;
        rv[s] = value[s] / out;
      }
    }
    double total = 0;
    for (int s = 0; s < n; s++) {
      total += start[s];
    }
    double[] p0 = new double[n];
    for (int s = 0; s < n; s++) {
      p0[s] = start[s] / total;
    }
    double[] fundamental = DenseLu.of(a, n).inverse();
    double[] x = new double[n];
    double[] v = new double[n];
    double[] g = new double[n];
    for (int s = 0; s < n; s++) {
      int row = s * n;
      double xs = 0;
      double vs = 0;
      for (int t = 0; t < n; t++) {
        double f = fundamental[row + t];
        xs += f * rc[t];
        vs += f * rv[t];
        g[t] += p0[s] * f;
      }
      x[s] = xs;
      v[s] = vs;
    }
    double conversion = 0;
    double expected = 0;
    for (int s = 0; s < n; s++) {
      conversion += p0[s] * x[s];
      expected += p0[s] * v[s];
    }
    int channels = statesOfChannel.length;
    double[] reConversion = new double[channels];
    double[] reValue = new double[channels];
    for (int c = 0; c < channels; c++) {
      int[] set = statesOfChannel[c];
      int m = set.length;
      if (m == 0 || conversion <= 0) {
        continue;
      }
      double[] h;
      if (m == 1) {
        int s = set[0];
        h = new double[] {g[s] / fundamental[s * n + s]};
      } else {
        double[] block = new double[m * m];
        double[] gs = new double[m];
        for (int i = 0; i < m; i++) {
          gs[i] = g[set[i]];
          for (int j = 0; j < m; j++) {
            block[i * m + j] = fundamental[set[i] * n + set[j]];
          }
        }
        h = DenseLu.of(block, m).solveTransposed(gs);
      }
      double hitConversion = 0;
      double hitValue = 0;
      for (int i = 0; i < m; i++) {
        double hi = Math.max(0, h[i]); // a probability; rounding may leave -1e-17
        hitConversion += hi * x[set[i]];
        hitValue += hi * v[set[i]];
      }
      reConversion[c] = clampUnit(hitConversion / conversion);
      reValue[c] = expected > 0 ? clampUnit(hitValue / expected) : 0;
    }
    return new Solution(conversion, expected, reConversion, reValue);
  }

  private static double clampUnit(double p) {
    return Math.max(0, Math.min(1, p));
  }
}
