package org.cxkit.metrics.gap.servqual;

import java.util.Map;
import java.util.Objects;
import org.cxkit.core.experience.QualityDimension;

/**
 * One respondent's raw answers to a gap instrument, as collected and not yet checked: answers keyed
 * by item number and, optionally, importance points keyed by dimension. {@link
 * ServqualResponse#from} checks them against an instrument; bulk methods set aside, with the reason,
 * the answers that fail.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param expectations expectation answers by item number
 * @param perceptions perception answers by item number
 * @param importance importance points by dimension; empty when the respondent gave none
 */
public record ServqualAnswers(
    Map<Integer, Integer> expectations, Map<Integer, Integer> perceptions, Map<QualityDimension, Integer> importance) {

  /** Copies the maps; null keys or values are rejected with {@link NullPointerException}. */
  public ServqualAnswers {
    expectations = Map.copyOf(Objects.requireNonNull(expectations, "expectations"));
    perceptions = Map.copyOf(Objects.requireNonNull(perceptions, "perceptions"));
    importance = Map.copyOf(Objects.requireNonNull(importance, "importance"));
  }

  /**
   * Obtains answers without importance points.
   *
   * @param expectations expectation answers by item number
   * @param perceptions perception answers by item number
   * @return the answers
   */
  public static ServqualAnswers of(Map<Integer, Integer> expectations, Map<Integer, Integer> perceptions) {
    return new ServqualAnswers(expectations, perceptions, Map.of());
  }
}
