package org.cxkit.metrics.journey.internal;

/**
 * The LU factorisation with partial pivoting of a dense square matrix, {@code PA = LU} (Golub and
 * Van Loan, Matrix Computations, algorithm 3.4.1), stored row-major in one array, with solves of
 * {@code Ax = b}, {@code Aᵀx = b} and the inverse. Immutable once built.
 */
public final class DenseLu {
  private final int n;
  private final double[] lu;
  private final int[] perm;

  private DenseLu(int n, double[] lu, int[] perm) {
    this.n = n;
    this.lu = lu;
    this.perm = perm;
  }

  /**
   * Factorises a matrix.
   *
   * @param a the matrix, row-major, {@code n * n} entries; not modified
   * @param n the order, zero or more
   * @return the factorisation
   * @throws ArithmeticException if the matrix is singular (a zero pivot)
   */
  public static DenseLu of(double[] a, int n) {
    double[] lu = a.clone();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int k = 0; k < n; k++) {
      int p = k;
      double max = Math.abs(lu[k * n + k]);
      for (int i = k + 1; i < n; i++) {
        double v = Math.abs(lu[i * n + k]);
        if (v > max) {
          max = v;
          p = i;
        }
      }
      if (max == 0) {
        throw new ArithmeticException("Singular matrix: zero pivot in column " + k);
      }
      if (p != k) {
        for (int j = 0; j < n; j++) {
          double t = lu[k * n + j];
          lu[k * n + j] = lu[p * n + j];
          lu[p * n + j] = t;
        }
        int t = perm[k];
        perm[k] = perm[p];
        perm[p] = t;
      }
      double pivot = lu[k * n + k];
      for (int i = k + 1; i < n; i++) {
        double l = lu[i * n + k] / pivot;
        lu[i * n + k] = l;
        if (l != 0) {
          int ri = i * n;
          int rk = k * n;
          for (int j = k + 1; j < n; j++) {
            lu[ri + j] -= l * lu[rk + j];
          }
        }
      }
    }
    return new DenseLu(n, lu, perm);
  }

  /**
   * Solves {@code Ax = b}.
   *
   * @param b the right-hand side, {@code n} entries; not modified
   * @return {@code x}
   */
  public double[] solve(double[] b) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = b[perm[i]];
    }
    for (int i = 0; i < n; i++) {
      double s = x[i];
      for (int k = 0; k < i; k++) {
        s -= lu[i * n + k] * x[k];
      }
      x[i] = s;
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = x[i];
      for (int k = i + 1; k < n; k++) {
        s -= lu[i * n + k] * x[k];
      }
      x[i] = s / lu[i * n + i];
    }
    return x;
  }

  /**
   * Solves {@code Aᵀx = b}: with {@code PA = LU}, {@code Aᵀ = UᵀLᵀP}.
   *
   * @param b the right-hand side, {@code n} entries; not modified
   * @return {@code x}
   */
  public double[] solveTransposed(double[] b) {
    double[] y = b.clone();
    for (int i = 0; i < n; i++) { // Uᵀ y = b, forward
      double s = y[i];
      for (int k = 0; k < i; k++) {
        s -= lu[k * n + i] * y[k];
      }
      y[i] = s / lu[i * n + i];
    }
    for (int i = n - 1; i >= 0; i--) { // Lᵀ w = y, backward, unit diagonal
      double s = y[i];
      for (int k = i + 1; k < n; k++) {
        s -= lu[k * n + i] * y[k];
      }
      y[i] = s;
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) { // P x = w
      x[perm[i]] = y[i];
    }
    return x;
  }

  /**
   * Returns the inverse, solving for every column at once with row operations.
   *
   * @return {@code A⁻¹}, row-major
   */
  public double[] inverse() {
    double[] x = new double[n * n];
    for (int i = 0; i < n; i++) { // P I
      x[i * n + perm[i]] = 1;
    }
    for (int i = 0; i < n; i++) { // L Y = P I
      int ri = i * n;
      for (int k = 0; k < i; k++) {
        double l = lu[ri + k];
        if (l != 0) {
          int rk = k * n;
          for (int j = 0; j < n; j++) {
            x[ri + j] -= l * x[rk + j];
          }
        }
      }
    }
    for (int i = n - 1; i >= 0; i--) { // U X = Y
      int ri = i * n;
      for (int k = i + 1; k < n; k++) {
        double u = lu[ri + k];
        if (u != 0) {
          int rk = k * n;
          for (int j = 0; j < n; j++) {
            x[ri + j] -= u * x[rk + j];
          }
        }
      }
      double d = lu[ri + i];
      for (int j = 0; j < n; j++) {
        x[ri + j] /= d;
      }
    }
    return x;
  }
}
