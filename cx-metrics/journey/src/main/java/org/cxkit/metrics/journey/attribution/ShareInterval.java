package org.cxkit.metrics.journey.attribution;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * A channel's share of the credit with its bootstrap percentile interval.
 *
 * <p>The interval is read from the replicates' shares (quantiles by linear interpolation, R's type
 * 7); a percentile interval need not contain the point estimate when the replicates are skewed, and
 * this record does not force it to.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param channel the channel's label, not blank
 * @param share the share on all the journeys, from 0 to 1
 * @param lower the lower percentile of the replicates' shares, from 0 to {@code upper}
 * @param upper the upper percentile, from {@code lower} to 1
 */
public record ShareInterval(String channel, double share, double lower, double upper) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the channel is blank or a share is not from 0 to 1 or the
   *     bounds are in the wrong order
   */
  public ShareInterval {
    Checks.nonBlank("channel", channel);
    share = Checks.probability("share", share);
    lower = Checks.probability("lower", lower);
    upper = Checks.probability("upper", upper);
    if (lower > upper) {
      throw Checks.invalid(ReasonCode.OUT_OF_ORDER, "upper", "at least lower " + lower, upper);
    }
  }

  /**
   * Tells whether a share lies in the interval, bounds included.
   *
   * @param x the share
   * @return true if {@code lower <= x <= upper}
   */
  public boolean contains(double x) {
    return x >= lower && x <= upper;
  }
}
