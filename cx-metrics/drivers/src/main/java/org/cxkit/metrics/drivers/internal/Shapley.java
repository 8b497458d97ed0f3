package org.cxkit.metrics.drivers.internal;

/**
 * The LMG decomposition of R² (Lindeman, Merenda and Gold 1980; Grömping 2006): each driver's
 * increase in R² when it enters the model, averaged over all {@code p!} orders of entry, which is the
 * Shapley value of the game whose worth is the R² of a subset of drivers. Grouping the orders by the
 * set {@code S} of drivers entered before driver {@code j}:
 *
 * <pre>
 *   LMG(j) = Σ over S ⊆ others of  |S|! (p − |S| − 1)! / p!  · [R²(S ∪ {j}) − R²(S)]
 * </pre>
 *
 * so that only the {@code 2^p} subset R² are needed, not the {@code p!} orders, and the shares add up
 * to the full model's R² exactly (the sum telescopes).
 *
 * <p>Every subset's R² comes from the correlation matrix, by a depth-first walk over the subsets in
 * which each subset is its parent (the subset without its highest driver) with one more variable
 * swept in: the Schur complement of the remaining variables is updated by one rank-one step, so a
 * subset costs {@code O((p − j)²)} rather than the {@code O(|S|³)} of a fresh regression, and the
 * walk keeps one {@code (p + 1)²} buffer per depth. {@code R²(S) = 1 − } the outcome's variance left
 * after conditioning on {@code S}. Memory: {@code 2^p} doubles (256 KB at 15 drivers). Stateless.
 */
public final class Shapley {
  private Shapley() {}

  /**
   * Returns R² of every subset of drivers, indexed by the subset's bit mask (bit {@code j} for driver
   * {@code j}); entry 0, the empty model, is 0.
   *
   * @param rxx the drivers' correlation matrix, positive definite
   * @param rxy each driver's correlation with the outcome
   * @return {@code 2^p} values
   */
  public static double[] subsetRSquared(double[][] rxx, double[] rxy) {
    int p = rxy.length;
    int m = p + 1;
    double[][][] levels = new double[p + 1][m][m];
    double[][] top = levels[0];
    for (int a = 0; a < p; a++) {
      for (int b = a; b < p; b++) {
        top[a][b] = rxx[a][b];
      }
      top[a][p] = rxy[a];
    }
    top[p][p] = 1;
    double[] r2 = new double[1 << p];
    walk(levels, 0, 0, 0, p, r2);
    return r2;
  }

  private static void walk(double[][][] levels, int depth, int mask, int from, int p, double[] r2) {
    double[][] current = levels[depth];
    double[][] next = levels[depth + 1];
    for (int j = from; j < p; j++) {
      double[] rowJ = current[j];
      double pivot = rowJ[j];
      for (int a = j + 1; a <= p; a++) {
        double f = rowJ[a] / pivot;
        double[] currentA = current[a];
        double[] nextA = next[a];
        for (int b = a; b <= p; b++) {
          nextA[b] = currentA[b] - f * rowJ[b];
        }
      }
      int subset = mask | (1 << j);
      r2[subset] = 1 - next[p][p];
      if (j + 1 < p) {
        walk(levels, depth + 1, subset, j + 1, p, r2);
      }
    }
  }

  /**
   * Returns each driver's LMG share from the R² of every subset.
   *
   * @param r2 R² of every subset, as {@link #subsetRSquared} gives them
   * @param p the number of drivers, from 1 to 30
   * @return the shares, which sum to {@code r2[2^p − 1]}
   */
  public static double[] lmg(double[] r2, int p) {
    // weight(k) = k! (p - k - 1)! / p! = 1 / (p * C(p - 1, k))
    double[] weight = new double[p];
    double binomial = 1;
    for (int k = 0; k < p; k++) {
      weight[k] = 1 / (p * binomial);
      binomial = binomial * (p - 1 - k) / (k + 1);
    }
    // Sum per driver and subset size first, so that terms of like weight are added together.
    double[][] bySize = new double[p][p];
    int full = (1 << p) - 1;
    for (int mask = 0; mask < full; mask++) {
      int k = Integer.bitCount(mask);
      double base = r2[mask];
      int missing = full & ~mask;
      while (missing != 0) {
        int j = Integer.numberOfTrailingZeros(missing);
        missing &= missing - 1;
        bySize[j][k] += r2[mask | (1 << j)] - base;
      }
    }
    double[] shares = new double[p];
    for (int j = 0; j < p; j++) {
      double s = 0;
      for (int k = 0; k < p; k++) {
        s += weight[k] * bySize[j][k];
      }
      shares[j] = s;
    }
    return shares;
  }
}
