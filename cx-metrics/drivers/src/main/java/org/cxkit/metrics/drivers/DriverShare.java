package org.cxkit.metrics.drivers;

import java.util.Objects;

/**
 * One driver's share of the explained variance, by one {@link ImportanceMethod}.
 *
 * <p>Empty input: none; shares come from a fitted model. This record is immutable and thread-safe.
 *
 * @param driver the driver's name
 * @param raw its share of R², from 0 to R² (the raw shares of all drivers sum to R²)
 * @param percent its share as a percentage of R², from 0 to 100 (all sum to 100); 0 for every driver
 *     when R² is 0
 * @param rank 1 for the largest share; tied shares share the better rank
 */
public record DriverShare(String driver, double raw, double percent, int rank) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if the driver is null
   */
  public DriverShare {
    Objects.requireNonNull(driver, "driver");
  }
}
