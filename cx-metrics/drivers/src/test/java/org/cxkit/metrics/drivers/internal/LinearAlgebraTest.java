package org.cxkit.metrics.drivers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The hand-written Cholesky factorisation and Jacobi eigen-decomposition against R 4.2.2's
 * {@code chol} and {@code eigen(symmetric = TRUE)} (LAPACK {@code dpotrf} and {@code dsyevr}) on
 * fixed matrices, values printed with {@code sprintf("%.17g", …)}. Eigenvectors are compared up to
 * their sign, which is arbitrary.
 */
class LinearAlgebraTest {
  /** cor(swiss[, 2:6]) in R: the drivers' correlation matrix of the swiss model. */
  static final double[][] SWISS_RXX = swissRxx();

  private static double[][] swissRxx() {
    // U <- chol(cor(swiss[, 2:6])); the correlation matrix is t(U) %*% U, rebuilt here from R's factor.
    double[][] u = {
        {1, -0.68654220861713655, -0.63952251894832013, 0.40109505304873982, -0.060858608416581604},
        {0, 0.72708995027238843, 0.35670427513424796, -0.40899083031923744, -0.21428380334420866},
        {0, 0, 0.68100881628577048, 0.364957359280073, -0.090757044773361634},
        {0, 0, 0, 0.73393145799994486, 0.19809524925799332},
        {0, 0, 0, 0, 0.9502105621657535}};
    return gram(u);
  }

  static double[][] gram(double[][] u) {
    int n = u.length;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += u[k][i] * u[k][j];
        }
        a[i][j] = s;
      }
    }
    return a;
  }

  private static double[][] hilbert(int n) {
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] = 1.0 / (i + j + 1);
      }
    }
    return h;
  }

  private static void assertVectorUpToSign(double[] expected, double[][] vectors, int column, double tolerance) {
    double sign = Math.signum(expected[0]) * Math.signum(vectors[0][column]);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], sign * vectors[i][column], tolerance, "component " + i + " of vector " + column);
    }
  }

  private static void assertReconstructs(double[][] a, SymmetricEigen e, double tolerance) {
    double[][] back = e.apply(x -> x);
    double[][] v = e.vectors();
    int n = a.length;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertEquals(a[i][j], back[i][j], tolerance, "V L Vt at " + i + "," + j);
        double dot = 0;
        for (int k = 0; k < n; k++) {
          dot += v[k][i] * v[k][j];
        }
        assertEquals(i == j ? 1 : 0, dot, tolerance, "Vt V at " + i + "," + j);
      }
    }
  }

  @Test
  void choleskyOfTheSwissCorrelationsIsRsChol() {
    Cholesky c = Cholesky.of(SWISS_RXX, 1e-10);
    assertTrue(c.isComplete());
    double[][] l = c.lower();
    // chol(cor(swiss[, 2:6])), upper triangle; L is its transpose
    double[][] u = {
        {1, -0.68654220861713655, -0.63952251894832013, 0.40109505304873982, -0.060858608416581604},
        {0, 0.72708995027238843, 0.35670427513424796, -0.40899083031923744, -0.21428380334420866},
        {0, 0, 0.68100881628577048, 0.364957359280073, -0.090757044773361634},
        {0, 0, 0, 0.73393145799994486, 0.19809524925799332},
        {0, 0, 0, 0, 0.9502105621657535}};
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        assertEquals(u[j][i], l[i][j], 4e-16, "L at " + i + "," + j);
      }
    }
    // The squared pivots are 1 - R^2 of each driver on those before it: the last is the square of 0.9502...
    assertEquals(0.9502105621657535 * 0.9502105621657535, c.pivot(4), 1e-15);
  }

  @Test
  void choleskyOfTheHilbertMatrixAgreesWithRToItsConditioning() {
    // H <- 1 / (outer(1:6, 1:6, "+") - 1); chol(H). cond(H) is 1.5e7, so the factors of two correct
    // implementations agree to about cond * eps = 1e-9 relative, not to the last digit (R's own
    // (5,5) entry is 1/210 + 4e-15); the backward error L Lt - H is what must be at rounding level.
    double[][] u = {
        {1, 0.5, 0.33333333333333331, 0.25, 0.20000000000000001, 0.16666666666666666},
        {0, 0.28867513459481287, 0.28867513459481292, 0.25980762113533162, 0.23094010767585027, 0.20619652471058064},
        {0, 0, 0.074535599249992951, 0.11180339887498915, 0.12777531299998796, 0.13309928437498744},
        {0, 0, 0, 0.018898223650462943, 0.037796447300922215, 0.052495065695723625},
        {0, 0, 0, 0, 0.0047619047619090003, 0.011904761904780969},
        {0, 0, 0, 0, 0, 0.0011964735895098875}};
    double[][] h = hilbert(6);
    double[][] l = Cholesky.of(h, 0).lower();
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j <= i; j++) {
        assertEquals(u[j][i], l[i][j], 1e-10 * Math.abs(u[j][i]), "L at " + i + "," + j);
      }
    }
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 6; j++) {
        double s = 0;
        for (int k = 0; k < 6; k++) {
          s += l[i][k] * l[j][k];
        }
        assertEquals(h[i][j], s, 2e-16, "L Lt at " + i + "," + j);
      }
    }
    // The exact 1/210 (Hilbert's Cholesky factor has closed-form entries) is met to 1e-12 relative.
    assertEquals(1.0 / 210, l[4][4], 1e-12 / 210);
  }

  @Test
  void choleskySolvesAndInverts() {
    Cholesky c = Cholesky.of(SWISS_RXX, 1e-10);
    double[] b = {0.3530791836199747, -0.64588270645728751, -0.66378885703506907, 0.4636847006517939,
        0.41655603143498271};
    double[] x = c.solve(b);
    double[][] inverse = c.inverse();
    for (int i = 0; i < 5; i++) {
      double s = 0;
      for (int j = 0; j < 5; j++) {
        s += SWISS_RXX[i][j] * x[j];
        double t = 0;
        for (int k = 0; k < 5; k++) {
          t += SWISS_RXX[i][k] * inverse[k][j];
        }
        assertEquals(i == j ? 1 : 0, t, 1e-14);
      }
      assertEquals(b[i], s, 1e-15);
    }
    // diag(solve(cor(swiss[, 2:6]))): the variance inflation factors
    assertEquals(3.6754195755443386, inverse[1][1], 1e-14);
  }

  @Test
  void choleskyStopsAtTheFirstDependentColumn() {
    // Column 2 = column 0 + column 1 (as a covariance matrix): its pivot is 0.
    double[][] a = {{2, 1, 3}, {1, 2, 3}, {3, 3, 6}};
    Cholesky c = Cholesky.of(a, 1e-10);
    assertFalse(c.isComplete());
    assertEquals(2, c.failedColumn());
    assertEquals(0, c.pivot(2), 1e-15);
    double[] combination = c.leadingSolve(new double[] {3, 3}, 2);
    assertEquals(1, combination[0], 1e-15);
    assertEquals(1, combination[1], 1e-15);
  }

  @Test
  void jacobiOfTheSwissCorrelationsIsRsEigen() {
    // e <- eigen(cor(swiss[, 2:6]), symmetric = TRUE)
    double[] values = {2.6335007752046047, 1.0722340445590206, 0.81603161871253094, 0.31279023840780606,
        0.16544332311603577};
    double[][] vectors = {
        {0.52396451816042611, -0.57185792452003426, -0.49150242928005, 0.38530579956391003, 0.091676063979517747},
        {0.25834214886959012, 0.011459805651664419, -0.19028475943049819, -0.36956307383399994, -0.87197640550574063},
        {-0.0030036719865054605, 0.039840522276661849, -0.53933741163104221, -0.7258881430704186, 0.42497678866524918},
        {0.80907408317773288, 0.42245801483933532, 0.33216154614914017, -0.10079648388468557, 0.21549276025986561},
        {0.064114145951292487, -0.70198941979263163, 0.56656944500672424, -0.42176895080961724, 0.06488641541854516}};
    SymmetricEigen e = SymmetricEigen.of(SWISS_RXX);
    double[] got = e.values();
    double[][] v = e.vectors();
    for (int k = 0; k < 5; k++) {
      assertEquals(values[k], got[k], 2e-15 * values[k], "eigenvalue " + k);
      assertVectorUpToSign(vectors[k], v, k, 2e-15);
    }
    assertReconstructs(SWISS_RXX, e, 2e-15);
  }

  @Test
  void jacobiOfAnIndefiniteMatrixIsRsEigenAndMpmathsToTheLastDigits() {
    // A <- matrix(c(4,1,-2,2, 1,2,0,1, -2,0,3,-2, 2,1,-2,-1), 4); eigen(A, symmetric = TRUE)
    double[][] a = {{4, 1, -2, 2}, {1, 2, 0, 1}, {-2, 0, 3, -2}, {2, 1, -2, -1}};
    double[] r = {6.8446211072349659, 2.2685314064312445, 1.0843644637732206, -2.1975169774393981};
    double[][] vectors = {
        {-0.71804595945067951, -0.2211529881551807, 0.55735137713750971, -0.3533564748939928},
        {-0.20171109662094328, -0.78944991248743857, -0.57963416931678924, -0.01028099868633181},
        {0.64226000676603223, -0.54418784819468791, 0.52022185093861439, -0.14398227457618962},
        {0.17670517062447774, 0.17810046990630102, -0.28766803431969934, -0.92428491674611324}};
    // mpmath 1.3 at 40 digits, mp.eigsy(A): R's LAPACK is 2.7e-14 off in the last one, Jacobi is not.
    double[] exact = {6.8446211072349657881, 2.2685314064312420364, 1.0843644637732169887, -2.1975169774394248133};
    SymmetricEigen e = SymmetricEigen.of(a);
    double norm = 6.8446211072349657881;
    for (int k = 0; k < 4; k++) {
      assertEquals(exact[k], e.values()[k], 2 * Math.ulp(norm), "eigenvalue " + k + " against mpmath");
      assertEquals(r[k], e.values()[k], 4e-14, "eigenvalue " + k + " against R");
      assertVectorUpToSign(vectors[k], e.vectors(), k, 4e-15);
    }
    assertReconstructs(a, e, 1e-14);
  }

  @Test
  void jacobiGivesTheHilbertMatrixsTinyEigenvaluesToTheAccuracyItsConditioningAllows() {
    // The 6 x 6 Hilbert matrix as doubles (1/3 etc. rounded): eigenvalues from 1.6 down to 1.1e-7. mpmath
    // at 50 digits on the same doubles, mp.eigsy(mp.matrix of float(1/(i+j+1)))):
    double[] exact = {1.6188998589243390827, 0.24236087057520955218, 0.016321521319875826445,
        0.00061574835418264524194, 0.000012570757122637028928, 1.0827994844811010423e-7};
    // eigen(1 / (outer(1:6, 1:6, "+") - 1), symmetric = TRUE)$values, R 4.2.2 (LAPACK dsyevr)
    double[] r = {1.6188998589243384, 0.24236087057520905, 0.016321521319875798, 0.00061574835418263315,
        1.2570757122634998e-05, 1.0827994843592697e-07};
    double[] got = SymmetricEigen.of(hilbert(6)).values();
    for (int k = 0; k < 6; k++) {
      // Jacobi keeps relative accuracy up to eps times the condition of the diagonally scaled matrix
      // (Demmel and Veselic 1992), about 1e-10 here; R's is 1.1e-10 off on the smallest, Jacobi 4e-11.
      assertEquals(exact[k], got[k], 1e-10 * exact[k], "eigenvalue " + k + " against mpmath");
      assertEquals(r[k], got[k], 2e-10 * r[k], "eigenvalue " + k + " against R");
    }
  }

  @Test
  void jacobiHandlesRepeatedEigenvalues() {
    // Equicorrelation 0.5 on 4 variables: eigenvalues 1 + 3 * 0.5 = 2.5 and 0.5 three times.
    double[][] a = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        a[i][j] = i == j ? 1 : 0.5;
      }
    }
    SymmetricEigen e = SymmetricEigen.of(a);
    assertEquals(2.5, e.values()[0], 1e-15);
    for (int k = 1; k < 4; k++) {
      assertEquals(0.5, e.values()[k], 1e-15);
    }
    assertReconstructs(a, e, 1e-15);
    double[][] root = e.apply(Math::sqrt);
    double[][] square = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        for (int k = 0; k < 4; k++) {
          square[i][j] += root[i][k] * root[k][j];
        }
        assertEquals(a[i][j], square[i][j], 1e-15);
      }
    }
  }

  @Test
  void aDiagonalMatrixNeedsNoRotation() {
    SymmetricEigen e = SymmetricEigen.of(new double[][] {{1, 0, 0}, {0, 3, 0}, {0, 0, 2}});
    assertEquals(3, e.values()[0]);
    assertEquals(2, e.values()[1]);
    assertEquals(1, e.values()[2]);
    assertEquals(1, e.vectors()[1][0]);
  }
}
