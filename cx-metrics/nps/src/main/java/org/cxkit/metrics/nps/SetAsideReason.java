package org.cxkit.metrics.nps;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.SetAside;

/**
 * Why a raw answer was not counted: it was missing, it was not a whole number, or it was off the 0
 * to 10 scale. Answers set aside never enter the denominator of the score.
 *
 * <p>The bulk factories of {@link NpsTally} set such answers aside in a
 * {@link BulkResult}, each with a message that names the field, the accepted range and the value;
 * {@link #countsIn(BulkResult)} groups them by reason.
 */
public enum SetAsideReason {
  /** No answer: NaN in a {@code double[]} export. */
  MISSING,
  /** A fractional answer such as 7.5, which belongs to no category. */
  NOT_A_WHOLE_NUMBER,
  /** An answer below 0 or above 10, or an infinity. */
  OUT_OF_RANGE;

  /**
   * Tells why a raw answer cannot be counted, if it cannot.
   *
   * @param answer the raw answer, any value
   * @return the reason, or empty if the answer is a whole number from 0 to 10
   */
  public static Optional<SetAsideReason> of(double answer) {
    if (Double.isNaN(answer)) {
      return Optional.of(MISSING);
    }
    if (!(answer >= NpsCategory.MIN_SCORE && answer <= NpsCategory.MAX_SCORE)) {
      return Optional.of(OUT_OF_RANGE);
    }
    if (answer != Math.rint(answer)) {
      return Optional.of(NOT_A_WHOLE_NUMBER);
    }
    return Optional.empty();
  }

  /**
   * Tells why a whole-number answer cannot be counted, if it cannot.
   *
   * @param answer the raw answer, any value
   * @return {@link #OUT_OF_RANGE}, or empty if the answer is from 0 to 10
   */
  public static Optional<SetAsideReason> of(int answer) {
    return NpsCategory.isValid(answer) ? Optional.empty() : Optional.of(OUT_OF_RANGE);
  }

  /**
   * Counts the answers a bulk tally set aside, by reason.
   *
   * @param result a result of one of {@link NpsTally}'s bulk factories
   * @return each reason with at least one answer, to its count, in declaration order
   */
  public static Map<SetAsideReason, Long> countsIn(BulkResult<? extends Number, ?> result) {
    Map<SetAsideReason, Long> counts = new EnumMap<>(SetAsideReason.class);
    for (SetAside<? extends Number> s : result.setAside()) {
      SetAsideReason reason = of(s.item().doubleValue())
          .orElseThrow(() -> new IllegalArgumentException(
              "Invalid value for setAside (a valid answer was set aside): " + s));
      counts.merge(reason, 1L, Long::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** The message recorded with an answer set aside for this reason. */
  String message(String answer) {
    switch (this) {
      case MISSING:
        return "Invalid value for score (missing answer): " + answer;
      case NOT_A_WHOLE_NUMBER:
        return "Invalid value for score (must be a whole number from 0 to 10): " + answer;
      case OUT_OF_RANGE:
        return "Invalid value for score (valid values 0 - 10): " + answer;
      default:
        throw new AssertionError(this);
    }
  }
}
