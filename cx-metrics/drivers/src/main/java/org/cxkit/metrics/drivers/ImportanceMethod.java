package org.cxkit.metrics.drivers;

/**
 * How the outcome's explained variance R² is shared among correlated drivers. Both methods give
 * every driver a non-negative share, the shares sum to R², and both agree with the squared
 * correlations when the drivers are uncorrelated; they differ in how they split what correlated
 * drivers explain together, and usually agree closely (Johnson 2000; LeBreton et al. 2004).
 */
public enum ImportanceMethod {
  /**
   * LMG (Lindeman, Merenda and Gold 1980), the Shapley value of R²: each driver's increase in R² when
   * it enters the regression, averaged over every order of entry. Exact over all {@code 2^p} subsets,
   * up to {@value DriverAnalysis#LMG_MAX_DRIVERS} drivers.
   */
  LMG("LMG"),
  /**
   * Johnson's (2000) relative weights: the drivers are replaced by their closest orthogonal
   * counterparts, and each driver's weight is what it shares with those counterparts times what they
   * explain of the outcome. One eigen-decomposition; any number of drivers.
   */
  RELATIVE_WEIGHTS("relative weights");

  private final String label;

  ImportanceMethod(String label) {
    this.label = label;
  }

  /**
   * Returns the method's name for people.
   *
   * @return {@code LMG} or {@code relative weights}
   */
  public String label() {
    return label;
  }
}
