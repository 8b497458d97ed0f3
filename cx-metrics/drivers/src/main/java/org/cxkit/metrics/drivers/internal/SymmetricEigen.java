package org.cxkit.metrics.drivers.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The eigen-decomposition {@code A = V Λ Vᵀ} of a real symmetric matrix by the cyclic Jacobi method
 * (Jacobi 1846; Rutishauser's stable rotation formulas as in Golub and Van Loan, §8.5): sweeps of
 * plane rotations, each zeroing one off-diagonal entry, until every off-diagonal entry is negligible
 * against its two diagonal entries. Its cost is about {@code 6 n³} per sweep and it converges
 * quadratically, in 6 to 10 sweeps for the matrices met here (up to 50 × 50); on a positive
 * definite matrix such as a correlation matrix it gives even the small eigenvalues to high relative
 * accuracy (Demmel and Veselić 1992).
 *
 * <p>Eigenvalues are sorted in decreasing order, as R's {@code eigen} gives them; each eigenvector
 * is a column of {@link #vectors()}, of unit length, its sign arbitrary. Immutable once built.
 */
public final class SymmetricEigen {
  private static final int MAX_SWEEPS = 100;
  private final double[] values;
  private final double[][] vectors;

  private SymmetricEigen(double[] values, double[][] vectors) {
    this.values = values;
    this.vectors = vectors;
  }

  /**
   * Decomposes a symmetric matrix (the upper triangle is read).
   *
   * @param matrix a square symmetric matrix with finite entries
   * @return the decomposition
   */
  public static SymmetricEigen of(double[][] matrix) {
    int n = matrix.length;
    double[][] a = new double[n][n];
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        a[i][j] = matrix[i][j];
        a[j][i] = matrix[i][j];
      }
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      boolean rotated = false;
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          double apq = a[p][q];
          if (negligible(apq, a[p][p], a[q][q])) {
            a[p][q] = 0;
            a[q][p] = 0;
            continue;
          }
          rotated = true;
          rotate(a, v, p, q);
        }
      }
      if (!rotated) {
        break;
      }
    }
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = a[i][i];
    }
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> d[i]).reversed());
    double[] values = new double[n];
    double[][] vectors = new double[n][n];
    for (int k = 0; k < n; k++) {
      values[k] = d[order[k]];
      for (int i = 0; i < n; i++) {
        vectors[i][k] = v[i][order[k]];
      }
    }
    return new SymmetricEigen(values, vectors);
  }

  /** An off-diagonal entry is negligible if adding it to the geometric mean of its diagonal changes nothing in the last bits. */
  private static boolean negligible(double apq, double app, double aqq) {
    if (apq == 0) {
      return true;
    }
    double scale = Math.sqrt(Math.abs(app)) * Math.sqrt(Math.abs(aqq));
    return Math.abs(apq) <= 0x1p-60 * scale || Math.abs(apq) < Double.MIN_NORMAL;
  }

  private static void rotate(double[][] a, double[][] v, int p, int q) {
    int n = a.length;
    double apq = a[p][q];
    double theta = (a[q][q] - a[p][p]) / (2 * apq);
    double t;
    if (Math.abs(theta) > 1e150) {
      t = 0.5 / theta;
    } else {
      t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    }
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;
    double tau = s / (1 + c);
    a[p][p] -= t * apq;
    a[q][q] += t * apq;
    a[p][q] = 0;
    a[q][p] = 0;
    for (int r = 0; r < n; r++) {
      if (r != p && r != q) {
        double g = a[r][p];
        double h = a[r][q];
        double rp = g - s * (h + g * tau);
        double rq = h + s * (g - h * tau);
        a[r][p] = rp;
        a[p][r] = rp;
        a[r][q] = rq;
        a[q][r] = rq;
      }
      double g = v[r][p];
      double h = v[r][q];
      v[r][p] = g - s * (h + g * tau);
      v[r][q] = h + s * (g - h * tau);
    }
  }

  /**
   * Returns the eigenvalues, largest first.
   *
   * @return a copy of the eigenvalues
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * Returns the eigenvectors as columns, in the order of {@link #values()}.
   *
   * @return a copy of {@code V}
   */
  public double[][] vectors() {
    double[][] copy = new double[vectors.length][];
    for (int i = 0; i < vectors.length; i++) {
      copy[i] = vectors[i].clone();
    }
    return copy;
  }

  /**
   * Returns {@code V f(Λ) Vᵀ}, the matrix function of the eigenvalues, such as the symmetric square
   * root for {@code Math::sqrt}.
   *
   * @param f the function of each eigenvalue
   * @return the symmetric matrix
   */
  public double[][] apply(java.util.function.DoubleUnaryOperator f) {
    int n = values.length;
    double[] fl = new double[n];
    for (int k = 0; k < n; k++) {
      fl[k] = f.applyAsDouble(values[k]);
    }
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += vectors[i][k] * fl[k] * vectors[j][k];
        }
        m[i][j] = s;
        m[j][i] = s;
      }
    }
    return m;
  }
}
