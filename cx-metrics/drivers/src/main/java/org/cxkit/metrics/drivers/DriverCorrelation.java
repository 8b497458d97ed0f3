package org.cxkit.metrics.drivers;

import java.util.Objects;
import java.util.Optional;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;

/**
 * How one driver moves with the outcome, taken alone: Pearson's correlation with its Fisher z
 * interval, and Spearman's rank correlation (Pearson's on mid-ranks, ties averaged) with a Fisher z
 * interval on Bonett and Wright's (2000) standard error.
 *
 * <p>Spearman's coefficient needs ranks, which means and co-moments cannot give. It is present for a
 * model {@linkplain DriverModel#onScales on scales}, where the mergeable counts of answer pairs give
 * the ranks exactly, and for an analysis {@linkplain DriverAnalysis#from built from the responses}
 * themselves; it is absent for an analysis of the sums of a model without scales.
 *
 * <p>A correlation of ±1 has the one-point interval {@code [r, r]}. Empty input: none; a driver
 * analysis needs at least 4 respondents. This record is immutable and thread-safe.
 *
 * @param driver the driver's name
 * @param pearson Pearson's correlation with the outcome, method {@link IntervalMethod#FISHER_Z}
 * @param spearman Spearman's correlation with the outcome, method
 *     {@link IntervalMethod#FISHER_Z_BONETT_WRIGHT}, where it can be computed
 */
public record DriverCorrelation(String driver, Estimate pearson, Optional<Estimate> spearman) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public DriverCorrelation {
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(pearson, "pearson");
    Objects.requireNonNull(spearman, "spearman");
  }
}
