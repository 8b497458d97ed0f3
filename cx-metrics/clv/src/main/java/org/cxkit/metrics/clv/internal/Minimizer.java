package org.cxkit.metrics.clv.internal;

import java.util.Arrays;

/**
 * Unconstrained minimisation of a smooth function with an analytic gradient: BFGS with a
 * backtracking (Armijo) line search, and a Nelder–Mead restart when BFGS stalls far from a
 * stationary point. Deterministic: the same start gives the same answer.
 *
 * <p>The models minimise their negative log-likelihood over the logarithms of their (positive)
 * parameters, so the search space is unconstrained. Internal to the module; stateless and
 * thread-safe (each call owns its working arrays).
 */
public final class Minimizer {
  private Minimizer() {}

  /** A function and its gradient; returns +∞ (or NaN) where it is not defined. */
  @FunctionalInterface
  public interface Objective {
    /**
     * Evaluates the function at {@code x} and writes its gradient into {@code gradient}.
     *
     * @param x the point
     * @param gradient receives the gradient, same length as {@code x}
     * @return the function value
     */
    double evaluate(double[] x, double[] gradient);
  }

  /**
   * The outcome of a minimisation.
   *
   * @param x the best point found
   * @param value the function value there
   * @param gradientNorm the Euclidean norm of the gradient there
   * @param iterations the BFGS plus Nelder–Mead iterations used
   * @param evaluations the function evaluations used
   * @param converged whether the gradient test was met
   */
  public record Result(double[] x, double value, double gradientNorm, int iterations, int evaluations,
      boolean converged) {}

  private static final int MAX_ITERATIONS = 500;
  private static final int NELDER_MEAD_ITERATIONS = 2000;
  /** Gradient norm, relative to max(1, |f|), above which a stalled BFGS is restarted by Nelder–Mead. */
  private static final double RESTART_ABOVE = 1e-6;

  /**
   * Minimises {@code f} from {@code start}: BFGS, and if it stalls with a gradient norm above 1e-6
   * × max(1, |f|), Nelder–Mead from where it stopped, then BFGS again. A stall closer than that is
   * returned as is, for {@link #newtonPolish} to finish.
   *
   * @param f the objective
   * @param start the starting point, where {@code f} is finite
   * @param gradientTolerance converged when every gradient component is at most this, times
   *     {@code max(1, |f|)}
   * @return the result
   */
  public static Result minimize(Objective f, double[] start, double gradientTolerance) {
    Counter counter = new Counter(f);
    Result first = bfgs(counter, start, gradientTolerance, 0);
    if (first.converged() || first.gradientNorm() <= RESTART_ABOVE * Math.max(1, Math.abs(first.value()))) {
      // Converged, or stalled by rounding next to the optimum: a Newton polish finishes that.
      return first;
    }
    // BFGS stalls on badly scaled or flat surfaces: a derivative-free search recentres it.
    double[] restart = nelderMead(counter, first.x());
    Result second = bfgs(counter, restart, gradientTolerance, first.iterations() + counter.nelderMeadIterations);
    Result best = second.value() <= first.value() ? second : first;
    return new Result(best.x(), best.value(), best.gradientNorm(), second.iterations(), counter.count,
        best.converged());
  }

  private static final class Counter {
    final Objective f;
    int count;
    int nelderMeadIterations;

    Counter(Objective f) {
      this.f = f;
    }

    double evaluate(double[] x, double[] g) {
      count++;
      double v = f.evaluate(x, g);
      if (!Double.isFinite(v)) {
        return Double.POSITIVE_INFINITY;
      }
      for (double gi : g) {
        if (!Double.isFinite(gi)) {
          return Double.POSITIVE_INFINITY;
        }
      }
      return v;
    }
  }

  private static Result bfgs(Counter f, double[] start, double tolerance, int iterationOffset) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double fx = f.evaluate(x, g);
    if (fx == Double.POSITIVE_INFINITY) {
      return new Result(x, fx, Double.POSITIVE_INFINITY, iterationOffset, f.count, false);
    }
    double[][] h = identity(n);
    double[] direction = new double[n];
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    double[] s = new double[n];
    double[] y = new double[n];
    int iteration = 0;
    boolean converged = false;
    while (iteration < MAX_ITERATIONS) {
      if (maxAbs(g) <= tolerance * Math.max(1, Math.abs(fx))) {
        converged = true;
        break;
      }
      iteration++;
      for (int i = 0; i < n; i++) {
        double d = 0;
        for (int j = 0; j < n; j++) {
          d -= h[i][j] * g[j];
        }
        direction[i] = d;
      }
      double slope = dot(direction, g);
      if (!(slope < 0)) {
        // Not a descent direction: forget the curvature learned so far.
        h = identity(n);
        for (int i = 0; i < n; i++) {
          direction[i] = -g[i];
        }
        slope = dot(direction, g);
      }
      // Never step further than 5 in log-parameter space (a factor e^5) at once.
      double norm = Math.sqrt(dot(direction, direction));
      double step = norm > 5 ? 5 / norm : 1;
      double fNew = Double.POSITIVE_INFINITY;
      boolean accepted = false;
      for (int k = 0; k < 60; k++) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * direction[i];
        }
        fNew = f.evaluate(xNew, gNew);
        if (fNew <= fx + 1e-4 * step * slope) {
          accepted = true;
          break;
        }
        step *= 0.5;
      }
      if (!accepted) {
        break;
      }
      double sy = 0;
      for (int i = 0; i < n; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
        sy += s[i] * y[i];
      }
      double previous = fx;
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      fx = fNew;
      if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
        updateInverseHessian(h, s, y, sy);
      }
      if (previous - fx <= 1e-15 * Math.max(1, Math.abs(fx)) && maxAbs(s) < 1e-12) {
        break; // no progress left at double precision
      }
    }
    converged = maxAbs(g) <= tolerance * Math.max(1, Math.abs(fx));
    return new Result(x, fx, Math.sqrt(dot(g, g)), iterationOffset + iteration, f.count, converged);
  }

  private static void updateInverseHessian(double[][] h, double[] s, double[] y, double sy) {
    int n = s.length;
    double rho = 1 / sy;
    double[] hy = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        hy[i] += h[i][j] * y[j];
      }
    }
    double yhy = dot(y, hy);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] += (1 + yhy * rho) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
      }
    }
  }

  private static double[] nelderMead(Counter f, double[] start) {
    int n = start.length;
    double[] scratch = new double[n];
    double[][] simplex = new double[n + 1][];
    double[] values = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      simplex[i] = start.clone();
      if (i > 0) {
        simplex[i][i - 1] += 0.5;
      }
      values[i] = f.evaluate(simplex[i], scratch);
    }
    for (int iteration = 0; iteration < NELDER_MEAD_ITERATIONS; iteration++) {
      f.nelderMeadIterations++;
      Integer[] order = new Integer[n + 1];
      for (int i = 0; i <= n; i++) {
        order[i] = i;
      }
      final double[] v = values;
      Arrays.sort(order, (p, q) -> Double.compare(v[p], v[q]));
      double[][] sorted = new double[n + 1][];
      double[] sortedValues = new double[n + 1];
      for (int i = 0; i <= n; i++) {
        sorted[i] = simplex[order[i]];
        sortedValues[i] = values[order[i]];
      }
      simplex = sorted;
      values = sortedValues;
      if (Math.abs(values[n] - values[0]) <= 1e-12 * Math.max(1, Math.abs(values[0]))) {
        break;
      }
      double[] centroid = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          centroid[j] += simplex[i][j] / n;
        }
      }
      double[] reflected = affine(centroid, simplex[n], -1);
      double fr = f.evaluate(reflected, scratch);
      if (fr < values[0]) {
        double[] expanded = affine(centroid, simplex[n], -2);
        double fe = f.evaluate(expanded, scratch);
        if (fe < fr) {
          simplex[n] = expanded;
          values[n] = fe;
        } else {
          simplex[n] = reflected;
          values[n] = fr;
        }
      } else if (fr < values[n - 1]) {
        simplex[n] = reflected;
        values[n] = fr;
      } else {
        double[] contracted = affine(centroid, simplex[n], 0.5);
        double fc = f.evaluate(contracted, scratch);
        if (fc < values[n]) {
          simplex[n] = contracted;
          values[n] = fc;
        } else {
          for (int i = 1; i <= n; i++) {
            simplex[i] = affine(simplex[0], simplex[i], 0.5);
            values[i] = f.evaluate(simplex[i], scratch);
          }
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= n; i++) {
      if (values[i] < values[best]) {
        best = i;
      }
    }
    return simplex[best];
  }

  /** Returns {@code c + t (p − c)}. */
  private static double[] affine(double[] c, double[] p, double t) {
    double[] r = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      r[i] = c[i] + t * (p[i] - c[i]);
    }
    return r;
  }

  private static double[][] identity(int n) {
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1;
    }
    return m;
  }

  private static double dot(double[] u, double[] v) {
    double s = 0;
    for (int i = 0; i < u.length; i++) {
      s += u[i] * v[i];
    }
    return s;
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double d : v) {
      m = Math.max(m, Math.abs(d));
    }
    return m;
  }

  /**
   * The outcome of a Newton polish.
   *
   * @param theta the polished point
   * @param value the function value there
   * @param logGradientNorm the Euclidean norm of θ ∘ ∇f there (the gradient in log-parameters)
   * @param converged whether every component of θ ∘ ∇f is within the tolerance
   * @param covariance the inverse Hessian there, or null if it is not positive definite
   */
  public record Polished(double[] theta, double value, double logGradientNorm, boolean converged,
      double[][] covariance) {}

  /**
   * Polishes a minimum of a function of positive parameters by Newton steps with the numerical
   * Hessian of {@link #numericalHessian}: BFGS ends where rounding stops its line search, which
   * can leave the gradient above the tolerance; near the optimum two or three Newton steps bring it
   * down to rounding level. A step is kept only if it does not increase the function (beyond
   * 1e-13 relative) and keeps every parameter positive.
   *
   * @param f the function of the natural parameters, with its gradient
   * @param theta the starting point, every coordinate strictly positive
   * @param tolerance the convergence tolerance on θ ∘ ∇f, times {@code max(1, |f|)}
   * @return the polished point, its value, gradient norm, convergence and inverse Hessian
   */
  public static Polished newtonPolish(Objective f, double[] theta, double tolerance) {
    int n = theta.length;
    double[] x = theta.clone();
    double[] g = new double[n];
    double fx = f.evaluate(x, g);
    double[][] covariance = inverseOfPositiveDefinite(numericalHessian(f, x));
    for (int iteration = 0; iteration < 5 && covariance != null; iteration++) {
      if (logGradientMax(x, g) <= tolerance * Math.max(1, Math.abs(fx))) {
        break;
      }
      double[] candidate = new double[n];
      boolean positive = true;
      for (int i = 0; i < n; i++) {
        double step = 0;
        for (int j = 0; j < n; j++) {
          step -= covariance[i][j] * g[j];
        }
        candidate[i] = x[i] + step;
        positive &= candidate[i] > 0;
      }
      if (!positive) {
        break;
      }
      double[] gc = new double[n];
      double fc = f.evaluate(candidate, gc);
      if (!(fc <= fx + 1e-13 * Math.abs(fx))) {
        break;
      }
      x = candidate;
      g = gc;
      fx = fc;
      covariance = inverseOfPositiveDefinite(numericalHessian(f, x));
    }
    double norm = 0;
    for (int i = 0; i < n; i++) {
      norm += (x[i] * g[i]) * (x[i] * g[i]);
    }
    boolean converged = covariance != null && logGradientMax(x, g) <= tolerance * Math.max(1, Math.abs(fx));
    return new Polished(x, fx, Math.sqrt(norm), converged, covariance);
  }

  private static double logGradientMax(double[] theta, double[] g) {
    double m = 0;
    for (int i = 0; i < theta.length; i++) {
      m = Math.max(m, Math.abs(theta[i] * g[i]));
    }
    return m;
  }

  /**
   * Returns the inverse of a symmetric positive-definite matrix by Cholesky decomposition, or null
   * if the matrix is not positive definite.
   *
   * @param m the matrix, square and symmetric
   * @return the inverse, or null
   */
  public static double[][] inverseOfPositiveDefinite(double[][] m) {
    int n = m.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = m[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0) || !Double.isFinite(sum)) {
            return null;
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    // Inverse of L, then (L Lᵀ)⁻¹ = L⁻ᵀ L⁻¹.
    double[][] li = new double[n][n];
    for (int i = 0; i < n; i++) {
      li[i][i] = 1 / l[i][i];
      for (int j = 0; j < i; j++) {
        double sum = 0;
        for (int k = j; k < i; k++) {
          sum -= l[i][k] * li[k][j];
        }
        li[i][j] = sum / l[i][i];
      }
    }
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int k = Math.max(i, j); k < n; k++) {
          sum += li[k][i] * li[k][j];
        }
        inv[i][j] = sum;
      }
    }
    return inv;
  }

  /**
   * Returns the Hessian of a function from central differences of its analytic gradient, at a
   * point with positive coordinates, each step relative to its coordinate (1e-5 θᵢ), symmetrised.
   *
   * @param f the function (its value is not used)
   * @param theta the point, every coordinate strictly positive
   * @return the Hessian
   */
  public static double[][] numericalHessian(Objective f, double[] theta) {
    int n = theta.length;
    double[][] hessian = new double[n][n];
    double[] gPlus = new double[n];
    double[] gMinus = new double[n];
    for (int j = 0; j < n; j++) {
      double h = 1e-5 * theta[j];
      double[] plus = theta.clone();
      double[] minus = theta.clone();
      plus[j] += h;
      minus[j] -= h;
      f.evaluate(plus, gPlus);
      f.evaluate(minus, gMinus);
      for (int i = 0; i < n; i++) {
        hessian[i][j] = (gPlus[i] - gMinus[i]) / (2 * h);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double mean = (hessian[i][j] + hessian[j][i]) / 2;
        hessian[i][j] = mean;
        hessian[j][i] = mean;
      }
    }
    return hessian;
  }
}
