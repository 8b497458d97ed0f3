package org.cxkit.metrics.drivers;

import java.util.Objects;
import org.cxkit.core.result.Estimate;

/**
 * One driver's importance share with its bootstrap percentile intervals and the stability of its
 * rank across resamples.
 *
 * <p>Empty input: none; a bootstrap needs respondents. This record is immutable and thread-safe.
 *
 * @param driver the driver's name
 * @param raw its share of R² with a bootstrap percentile interval
 * @param percent its percentage of R² with a bootstrap percentile interval
 * @param rank its rank in the full sample, 1 for the largest share
 * @param rankStability the share of resamples in which it has that same rank, from 0 to 1
 * @param bestRank the best (smallest) rank of the central interval of its resampled ranks, at the
 *     interval's level
 * @param worstRank the worst (largest) rank of that interval
 */
public record BootstrappedShare(String driver, Estimate raw, Estimate percent, int rank,
    double rankStability, int bestRank, int worstRank) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public BootstrappedShare {
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(percent, "percent");
  }
}
