package org.cxkit.core.scale;

import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;

/**
 * A declared scale of whole-number answers from {@code min} to {@code max}, both included, such as
 * 1 to 5 for CSAT, 1 to 7 for CES or 0 to 10 for NPS. Higher is always better on a cx scale; an
 * instrument whose lower answers are better must be reversed before it is recorded.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param min the lowest answer
 * @param max the highest answer, greater than {@code min}
 */
public record Scale(int min, int max) {
  /** 0 to 10, the NPS "how likely are you to recommend" scale. */
  public static final Scale ZERO_TO_TEN = new Scale(0, 10);
  /** 1 to 5, the most common CSAT scale. */
  public static final Scale ONE_TO_FIVE = new Scale(1, 5);
  /** 1 to 7, the CES agreement scale and the SERVQUAL scale. */
  public static final Scale ONE_TO_SEVEN = new Scale(1, 7);
  /** 1 to 10. */
  public static final Scale ONE_TO_TEN = new Scale(1, 10);

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if {@code max} is not greater than {@code min}
   */
  public Scale {
    if (max <= min) {
      throw new InvalidValueException(ReasonCode.INVALID, "max",
          "Invalid value for max (must be greater than min " + min + "): " + max);
    }
  }

  /**
   * Obtains a scale.
   *
   * @param min the lowest answer
   * @param max the highest answer, greater than {@code min}
   * @return the scale
   */
  public static Scale of(int min, int max) {
    return new Scale(min, max);
  }

  /**
   * Tells whether a whole-number answer is on the scale.
   *
   * @param answer the answer
   * @return true if {@code min <= answer <= max}
   */
  public boolean contains(int answer) {
    return answer >= min && answer <= max;
  }

  /**
   * Tells whether a score (an answer, or a mean of answers) lies within the scale's bounds.
   *
   * @param score the score
   * @return true if the score is finite and {@code min <= score <= max}
   */
  public boolean contains(double score) {
    return score >= min && score <= max;
  }

  /**
   * Returns the answer if it is on the scale.
   *
   * @param field the name of the field, for the message
   * @param answer the answer
   * @return the answer
   * @throws IllegalArgumentException if the answer is off the scale, naming the field, range and value
   */
  public int check(String field, int answer) {
    if (!contains(answer)) {
      throw new InvalidValueException(ReasonCode.OUT_OF_RANGE, field,
          "Invalid value for " + field + " (valid values " + min + " - " + max + "): " + answer);
    }
    return answer;
  }

  /**
   * Returns the score if it lies within the scale's bounds.
   *
   * @param field the name of the field, for the message
   * @param score the score
   * @return the score
   * @throws IllegalArgumentException if the score is not finite or off the scale
   */
  public double check(String field, double score) {
    if (!contains(score)) {
      throw new InvalidValueException(ReasonCode.OUT_OF_RANGE, field,
          "Invalid value for " + field + " (valid values " + min + " - " + max + "): " + score);
    }
    return score;
  }

  /**
   * Returns how many answers the scale has.
   *
   * @return {@code max - min + 1}
   */
  public int points() {
    return max - min + 1;
  }

  /**
   * Returns the middle of the scale, such as 4 on 1 to 7.
   *
   * @return {@code (min + max) / 2}, exactly
   */
  public double midpoint() {
    return (min + max) / 2.0;
  }

  /** Returns a form such as {@code 1-5}. */
  @Override
  public String toString() {
    return min + "-" + max;
  }
}
