package org.cxkit.metrics.drivers.internal;

/**
 * The Cholesky factorisation {@code A = L Lᵀ} of a symmetric matrix, with the pivot of every column
 * kept so that a caller can say which column made the matrix singular. On a correlation matrix the
 * squared pivot of column {@code j}, {@code d(j)}, is {@code 1 − R²} of variable {@code j} regressed on
 * the variables before it: the "tolerance" of regression diagnostics.
 *
 * <p>The factorisation stops at the first column whose squared pivot is not above
 * {@code tolerance · A(j, j)}; {@link #failedColumn()} then names it. Immutable once built.
 */
public final class Cholesky {
  private final double[][] lower;
  private final double[] pivots;
  private final int failedColumn;

  private Cholesky(double[][] lower, double[] pivots, int failedColumn) {
    this.lower = lower;
    this.pivots = pivots;
    this.failedColumn = failedColumn;
  }

  /**
   * Factorises a symmetric matrix (only the lower triangle is read).
   *
   * @param a a square symmetric matrix
   * @param tolerance the smallest accepted squared pivot, relative to the diagonal entry, 0 or more
   * @return the factorisation, complete or stopped at the failed column
   */
  public static Cholesky of(double[][] a, double tolerance) {
    int n = a.length;
    double[][] l = new double[n][n];
    double[] pivots = new double[n];
    for (int j = 0; j < n; j++) {
      double[] lj = l[j];
      double d = a[j][j];
      for (int k = 0; k < j; k++) {
        d -= lj[k] * lj[k];
      }
      pivots[j] = d;
      if (!(d > tolerance * a[j][j]) || !(d > 0)) {
        return new Cholesky(l, pivots, j);
      }
      double root = Math.sqrt(d);
      lj[j] = root;
      for (int i = j + 1; i < n; i++) {
        double[] li = l[i];
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= li[k] * lj[k];
        }
        li[j] = s / root;
      }
    }
    return new Cholesky(l, pivots, -1);
  }

  /**
   * Returns the first column whose pivot failed, or −1 if the factorisation is complete.
   *
   * @return the column, or −1
   */
  public int failedColumn() {
    return failedColumn;
  }

  /**
   * Tells whether the factorisation is complete (the matrix is positive definite to the tolerance).
   *
   * @return true if no pivot failed
   */
  public boolean isComplete() {
    return failedColumn < 0;
  }

  /**
   * Returns the squared pivot of a column: on a correlation matrix, {@code 1 − R²} of the variable on
   * the variables before it.
   *
   * @param j a column up to the failed one
   * @return the squared pivot
   */
  public double pivot(int j) {
    return pivots[j];
  }

  /**
   * Returns a copy of the lower factor {@code L}.
   *
   * @return {@code L}, zeros above the diagonal
   */
  public double[][] lower() {
    requireComplete();
    double[][] copy = new double[lower.length][];
    for (int i = 0; i < lower.length; i++) {
      copy[i] = lower[i].clone();
    }
    return copy;
  }

  /**
   * Solves {@code L y = b} for the columns before {@code column}: on a correlation matrix, the
   * coefficients that express variable {@code column} through the variables before it are
   * {@code L⁻ᵀ y}. Used to name the drivers a collinear driver is a combination of.
   *
   * @param b the right-hand side, at least {@code column} long
   * @param column how many leading columns to use; at most the failed column
   * @return the coefficients of {@code b} on the leading variables
   */
  public double[] leadingSolve(double[] b, int column) {
    double[] y = forward(b, column);
    return backward(y, column);
  }

  /**
   * Solves {@code A x = b}.
   *
   * @param b the right-hand side
   * @return {@code x}
   */
  public double[] solve(double[] b) {
    requireComplete();
    int n = lower.length;
    return backward(forward(b, n), n);
  }

  /**
   * Returns {@code A⁻¹}.
   *
   * @return the inverse, symmetric
   */
  public double[][] inverse() {
    requireComplete();
    int n = lower.length;
    double[][] inv = new double[n][n];
    double[] e = new double[n];
    for (int j = 0; j < n; j++) {
      java.util.Arrays.fill(e, 0);
      e[j] = 1;
      double[] x = solve(e);
      for (int i = 0; i < n; i++) {
        inv[i][j] = x[i];
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double m = 0.5 * (inv[i][j] + inv[j][i]);
        inv[i][j] = m;
        inv[j][i] = m;
      }
    }
    return inv;
  }

  private double[] forward(double[] b, int n) {
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      double[] li = lower[i];
      for (int k = 0; k < i; k++) {
        s -= li[k] * y[k];
      }
      y[i] = s / li[i];
    }
    return y;
  }

  private double[] backward(double[] y, int n) {
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < n; k++) {
        s -= lower[k][i] * x[k];
      }
      x[i] = s / lower[i][i];
    }
    return x;
  }

  private void requireComplete() {
    if (failedColumn >= 0) {
      throw new IllegalStateException("The factorisation stopped at column " + failedColumn);
    }
  }
}
