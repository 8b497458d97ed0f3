package org.cxkit.metrics.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * The relative importance of each driver: the outcome's explained variance R² shared among the
 * drivers by one {@link ImportanceMethod}, LMG or Johnson's relative weights, as raw R² parts, as
 * percentages of R², and as ranks.
 *
 * <p>Usually part of a {@link DriverAnalysis}; {@link #lmg(List, double[][])} and
 * {@link #relativeWeights(List, double[][])} compute it from a published correlation matrix alone.
 *
 * <p>Empty input: none; importance comes from a fitted model. This class is immutable and
 * thread-safe.
 */
public final class Importance {
  private final ImportanceMethod method;
  private final double rSquared;
  private final List<DriverShare> shares;

  private Importance(ImportanceMethod method, double rSquared, List<DriverShare> shares) {
    this.method = method;
    this.rSquared = rSquared;
    this.shares = List.copyOf(shares);
  }

  static Importance of(ImportanceMethod method, List<String> drivers, double[] raw, double rSquared) {
    int[] ranks = ranks(raw);
    List<DriverShare> shares = new ArrayList<>(raw.length);
    for (int j = 0; j < raw.length; j++) {
      double percent = rSquared > 0 ? 100 * raw[j] / rSquared : 0;
      shares.add(new DriverShare(drivers.get(j), raw[j], percent, ranks[j]));
    }
    return new Importance(method, rSquared, shares);
  }

  /** Competition ranks, 1 for the largest value. */
  static int[] ranks(double[] values) {
    int[] ranks = new int[values.length];
    for (int j = 0; j < values.length; j++) {
      int rank = 1;
      for (double v : values) {
        if (v > values[j]) {
          rank++;
        }
      }
      ranks[j] = rank;
    }
    return ranks;
  }

  /**
   * Computes LMG shares from a correlation matrix, as relaimpo's {@code calc.relimp} does from a
   * covariance matrix: exact over all {@code 2^p} subsets of drivers.
   *
   * @param drivers the drivers' names, from 1 to {@value DriverAnalysis#LMG_MAX_DRIVERS}
   * @param correlations the {@code (p + 1)}-square correlation matrix of the outcome (row and column
   *     0) and the drivers: symmetric, ones on the diagonal, entries from −1 to 1
   * @return the shares
   * @throws IllegalArgumentException if the matrix is malformed, a driver is a linear combination of
   *     others (code {@code collinear}), or there are more than
   *     {@value DriverAnalysis#LMG_MAX_DRIVERS} drivers
   */
  public static Importance lmg(List<String> drivers, double[][] correlations) {
    DriverModel model = DriverModel.of("outcome", drivers);
    if (model.driverCount() > DriverAnalysis.LMG_MAX_DRIVERS) {
      throw Checks.invalid(ReasonCode.TOO_LARGE, "drivers", "at most " + DriverAnalysis.LMG_MAX_DRIVERS
          + " for exact LMG", drivers.size());
    }
    Fit fit = Fit.of(model.drivers(), checked(correlations, drivers.size()), false);
    return of(ImportanceMethod.LMG, model.drivers(), fit.lmg(), fit.rSquared);
  }

  /**
   * Computes Johnson's relative weights from a correlation matrix.
   *
   * @param drivers the drivers' names, from 1 to {@value DriverModel#MAX_DRIVERS}
   * @param correlations the {@code (p + 1)}-square correlation matrix of the outcome (row and column
   *     0) and the drivers: symmetric, ones on the diagonal, entries from −1 to 1
   * @return the weights
   * @throws IllegalArgumentException if the matrix is malformed or a driver is a linear combination of
   *     others (code {@code collinear})
   */
  public static Importance relativeWeights(List<String> drivers, double[][] correlations) {
    DriverModel model = DriverModel.of("outcome", drivers);
    Fit fit = Fit.of(model.drivers(), checked(correlations, drivers.size()), false);
    return of(ImportanceMethod.RELATIVE_WEIGHTS, model.drivers(), fit.relativeWeights(), fit.rSquared);
  }

  private static double[][] checked(double[][] r, int p) {
    Objects.requireNonNull(r, "correlations");
    if (r.length != p + 1) {
      throw Checks.invalid(ReasonCode.INVALID, "correlations", "a square matrix of the outcome and "
          + p + " drivers: " + (p + 1) + " rows", r.length);
    }
    double[][] copy = new double[p + 1][];
    for (int a = 0; a <= p; a++) {
      Objects.requireNonNull(r[a], "correlations row");
      if (r[a].length != p + 1) {
        throw Checks.invalid(ReasonCode.INVALID, "correlations[" + a + "]", (p + 1) + " columns", r[a].length);
      }
      copy[a] = r[a].clone();
    }
    for (int a = 0; a <= p; a++) {
      if (copy[a][a] != 1) {
        throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "correlations[" + a + "][" + a + "]", "must be 1", copy[a][a]);
      }
      for (int b = 0; b <= p; b++) {
        Checks.inRange("correlations[" + a + "][" + b + "]", copy[a][b], -1, 1);
        if (Math.abs(copy[a][b] - copy[b][a]) > 1e-12) {
          throw Checks.invalid(ReasonCode.INVALID, "correlations[" + a + "][" + b + "]",
              "must equal correlations[" + b + "][" + a + "] " + copy[b][a], copy[a][b]);
        }
      }
    }
    return copy;
  }

  /**
   * Returns the method.
   *
   * @return how R² was shared
   */
  public ImportanceMethod method() {
    return method;
  }

  /**
   * Returns R², the total shared.
   *
   * @return from 0 to 1
   */
  public double rSquared() {
    return rSquared;
  }

  /**
   * Returns every driver's share, in the model's order.
   *
   * @return the shares, unmodifiable
   */
  public List<DriverShare> shares() {
    return shares;
  }

  /**
   * Returns one driver's share.
   *
   * @param driver the driver's name
   * @return the share
   * @throws IllegalArgumentException if no driver has that name
   */
  public DriverShare share(String driver) {
    Objects.requireNonNull(driver, "driver");
    return shares.stream().filter(s -> s.driver().equals(driver)).findFirst().orElseThrow(() -> Checks.invalid(
        ReasonCode.INVALID, "driver", "one of " + shares.stream().map(DriverShare::driver).toList(), "\"" + driver + "\""));
  }

  /**
   * Returns the raw shares in the model's order.
   *
   * @return a new array of {@code p} shares summing to R²
   */
  public double[] raw() {
    return shares.stream().mapToDouble(DriverShare::raw).toArray();
  }

  /**
   * Returns the shares as percentages of R², in the model's order.
   *
   * @return a new array of {@code p} percentages summing to 100 (or all 0 when R² is 0)
   */
  public double[] percent() {
    return shares.stream().mapToDouble(DriverShare::percent).toArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Importance i && method == i.method && Double.compare(rSquared, i.rSquared) == 0
        && shares.equals(i.shares);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, rSquared, shares);
  }

  /** Returns a form such as {@code LMG of R² 0.71: education 36.8% (1), examination 24.2% (2), …}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(method.label()).append(" of R² ").append(rSquared).append(':');
    for (DriverShare s : shares) {
      b.append(' ').append(s.driver()).append(' ').append(s.percent()).append("% (").append(s.rank()).append(')');
    }
    return b.toString();
  }
}
