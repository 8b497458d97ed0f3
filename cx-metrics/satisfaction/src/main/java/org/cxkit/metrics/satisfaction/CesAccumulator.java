package org.cxkit.metrics.satisfaction;

import java.util.Objects;
import org.cxkit.core.feedback.CesResponse;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.scale.Scale;

/**
 * A mutable tally of CES answers (1 to 7, higher is easier), from which {@link Ces} snapshots are
 * taken; as an {@link org.cxkit.core.result.Accumulator}, a valid supplier, accumulator and combiner
 * for {@code Stream.collect} on parallel streams, wrapped as a {@code Collector} by
 * {@link Ces#toCes()}. A bad answer throws and leaves the accumulator unchanged. Memory is seven
 * counters.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class CesAccumulator extends ScaleAccumulator<CesResponse, CesAccumulator, Ces> {

  CesAccumulator(ScoreCounts counts) {
    super(counts, "ces score");
  }

  @Override
  CesAccumulator self() {
    return this;
  }

  @Override
  Ces tally(ScoreCounts counts) {
    return new Ces(counts);
  }

  /**
   * Adds one answer with the scale it was recorded on, refusing any scale but 1 to 7: a 1 to 5 effort
   * answer (lower is better) would otherwise be read as disagreement.
   *
   * @param score the answer, from 1 to 7
   * @param scale the scale the answer was recorded on, which must be 1 to 7
   * @return this accumulator
   * @throws IllegalArgumentException if the scale is not 1 to 7 (code {@code scale-mismatch}), or the
   *     answer is off it; the accumulator is unchanged
   */
  public CesAccumulator add(int score, Scale scale) {
    if (!Ces.SCALE.equals(Objects.requireNonNull(scale, "scale"))) {
      throw Checks.invalid(ScoreCounts.SCALE_MISMATCH, "scale", "CES is recorded on the 1-7 agreement scale, "
          + "higher is easier; a 1-5 effort score, lower is better, is a different figure", scale);
    }
    return add(score);
  }

  /**
   * Adds a response (always on 1 to 7).
   *
   * @param response the response
   * @return this accumulator
   */
  @Override
  public CesAccumulator add(CesResponse response) {
    return add(response.score(), response.scale());
  }
}
