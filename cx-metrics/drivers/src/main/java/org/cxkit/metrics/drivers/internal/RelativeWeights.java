package org.cxkit.metrics.drivers.internal;

/**
 * Johnson's relative weights (Johnson 2000): the drivers are replaced by their closest orthogonal
 * counterparts {@code Z = X (XᵀX)^(−1/2)} (in correlation form, {@code Λ = R^(1/2)} with
 * {@code R = V diag(λ) Vᵀ}, so {@code Λ = V diag(√λ) Vᵀ}); the outcome is regressed on those,
 * {@code β = Λ⁻¹ r = V diag(1/√λ) Vᵀ r}; and each driver's weight is the variance it shares with
 * each orthogonal counterpart times that counterpart's share of the outcome,
 * {@code ε(j) = Σ_k Λ(j, k)² β(k)²}. The weights sum to R². Stateless.
 */
public final class RelativeWeights {
  private RelativeWeights() {}

  /**
   * Returns the raw relative weights.
   *
   * @param rxx the drivers' correlation matrix, positive definite
   * @param rxy each driver's correlation with the outcome
   * @return the weights, which sum to R²
   */
  public static double[] of(double[][] rxx, double[] rxy) {
    return of(SymmetricEigen.of(rxx), rxy);
  }

  /**
   * Returns the raw relative weights from the drivers' eigen-decomposition.
   *
   * @param eigen the decomposition of the drivers' correlation matrix, positive definite
   * @param rxy each driver's correlation with the outcome
   * @return the weights, which sum to R²
   */
  public static double[] of(SymmetricEigen eigen, double[] rxy) {
    int p = rxy.length;
    double[][] root = eigen.apply(Math::sqrt);
    double[][] inverseRoot = eigen.apply(l -> 1 / Math.sqrt(l));
    double[] beta = new double[p];
    for (int i = 0; i < p; i++) {
      double s = 0;
      for (int k = 0; k < p; k++) {
        s += inverseRoot[i][k] * rxy[k];
      }
      beta[i] = s;
    }
    double[] weights = new double[p];
    for (int j = 0; j < p; j++) {
      double s = 0;
      for (int k = 0; k < p; k++) {
        double l = root[j][k];
        s += l * l * beta[k] * beta[k];
      }
      weights[j] = s;
    }
    return weights;
  }
}
