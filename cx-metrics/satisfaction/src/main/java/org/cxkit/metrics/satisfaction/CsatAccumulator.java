package org.cxkit.metrics.satisfaction;

import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.scale.Scale;

/**
 * A mutable tally of CSAT answers on one scale, from which {@link Csat} snapshots are taken.
 *
 * <p>As an {@link org.cxkit.core.result.Accumulator}, {@link #add(CsatResponse)},
 * {@code merge} and {@code snapshot()} make it a valid supplier, accumulator and
 * combiner for {@code Stream.collect} on parallel streams; {@link Csat#toCsat(Scale)} wraps it as a
 * {@code Collector}. Whole-number answers are added with {@link #add(int)}, {@link #add(int, long)}
 * and {@link #addAll(int...)}. A bad answer throws and leaves the accumulator unchanged. Memory is one
 * {@code long} per point of the scale, whatever the number of answers.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class CsatAccumulator extends ScaleAccumulator<CsatResponse, CsatAccumulator, Csat> {

  CsatAccumulator(ScoreCounts counts) {
    super(counts, "csat score");
  }

  @Override
  CsatAccumulator self() {
    return this;
  }

  @Override
  Csat tally(ScoreCounts counts) {
    return new Csat(counts);
  }

  /**
   * Adds a response recorded on this accumulator's scale.
   *
   * @param response the response
   * @return this accumulator
   * @throws IllegalArgumentException if the response is on another scale (code
   *     {@code scale-mismatch}); the accumulator is unchanged
   */
  @Override
  public CsatAccumulator add(CsatResponse response) {
    Scale scale = response.scale();
    if (!scale.equals(counts.scale)) {
      throw Checks.invalid(ScoreCounts.SCALE_MISMATCH, "scale",
          "this tally is on " + counts.scale + "; answers on another scale are not comparable", scale);
    }
    return add(response.score());
  }
}
