package org.cxkit.metrics.drivers;

import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.metrics.drivers.internal.Cholesky;
import org.cxkit.metrics.drivers.internal.RelativeWeights;
import org.cxkit.metrics.drivers.internal.Shapley;
import org.cxkit.metrics.drivers.internal.SymmetricEigen;

/**
 * The regression of the standardised outcome on the standardised drivers, from their correlation
 * matrix: the Cholesky factor of the drivers' correlations (which is also the collinearity check),
 * the beta weights, R², the diagonal of the inverse, and the eigen-decomposition behind Johnson's
 * weights and the condition number. Immutable.
 */
final class Fit {
  /** The smallest accepted 1 − R² of a driver on the drivers before it. */
  static final double TOLERANCE = 1e-10;

  final int p;
  final double[][] rxx;
  final double[] rxy;
  final double[] beta;
  final double rSquared;
  final double[] inverseDiagonal;
  final SymmetricEigen eigen;

  private Fit(double[][] rxx, double[] rxy, double[] beta, double rSquared, double[] inverseDiagonal, SymmetricEigen eigen) {
    this.p = rxy.length;
    this.rxx = rxx;
    this.rxy = rxy;
    this.beta = beta;
    this.rSquared = rSquared;
    this.inverseDiagonal = inverseDiagonal;
    this.eigen = eigen;
  }

  /**
   * Fits the model to a correlation matrix with the outcome first.
   *
   * @param drivers the drivers' names, for messages
   * @param r the (p + 1)-square correlation matrix, outcome at 0
   * @param pairwise whether the matrix was assembled pairwise (for the message when it is not positive definite)
   * @throws InvalidValueException (collinear) naming the first driver that is a linear combination of
   *     the drivers before it
   */
  static Fit of(List<String> drivers, double[][] r, boolean pairwise) {
    int p = r.length - 1;
    double[][] rxx = new double[p][p];
    double[] rxy = new double[p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        rxx[a][b] = r[a + 1][b + 1];
      }
      rxy[a] = r[0][a + 1];
    }
    Cholesky chol = Cholesky.of(rxx, TOLERANCE);
    if (!chol.isComplete()) {
      int j = chol.failedColumn();
      throw collinear(drivers, rxx, chol, j, pairwise);
    }
    double[] beta = chol.solve(rxy);
    double r2 = 0;
    for (int a = 0; a < p; a++) {
      r2 += beta[a] * rxy[a];
    }
    r2 = Math.max(0, Math.min(1, r2));
    double[][] inverse = chol.inverse();
    double[] diagonal = new double[p];
    for (int a = 0; a < p; a++) {
      diagonal[a] = inverse[a][a];
    }
    return new Fit(rxx, rxy, beta, r2, diagonal, SymmetricEigen.of(rxx));
  }

  private static InvalidValueException collinear(List<String> drivers, double[][] rxx, Cholesky chol, int j,
      boolean pairwise) {
    double pivot = chol.pivot(j);
    String name = drivers.get(j);
    if (pairwise && pivot < -TOLERANCE) {
      return Checks.invalid(DriverAnalysis.COLLINEAR, name, "the pairwise correlations are inconsistent (not positive "
          + "definite): 1 − R² of " + name + " on the drivers before it must be above " + TOLERANCE, pivot);
    }
    List<String> with = new ArrayList<>();
    if (j > 0) {
      double[] column = new double[j];
      for (int a = 0; a < j; a++) {
        column[a] = rxx[a][j];
      }
      double[] c = chol.leadingSolve(column, j);
      double largest = 0;
      for (double x : c) {
        largest = Math.max(largest, Math.abs(x));
      }
      for (int a = 0; a < j; a++) {
        if (Math.abs(c[a]) > 1e-6 * largest) {
          with.add(drivers.get(a));
        }
      }
    }
    String rule = j == 0
        ? "must vary"
        : "must not be a linear combination of " + String.join(", ", with) + ": its 1 − R² on them must be above "
            + TOLERANCE;
    return Checks.invalid(DriverAnalysis.COLLINEAR, name, rule, pivot);
  }

  double[] lmg() {
    return Shapley.lmg(Shapley.subsetRSquared(rxx, rxy), p);
  }

  double[] relativeWeights() {
    return RelativeWeights.of(eigen, rxy);
  }

  double conditionNumber() {
    double[] values = eigen.values();
    return values[0] / values[values.length - 1];
  }
}
