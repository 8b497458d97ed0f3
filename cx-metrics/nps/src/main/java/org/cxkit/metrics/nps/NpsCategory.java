package org.cxkit.metrics.nps;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * The three groups into which Net Promoter classifies an answer to "How likely are you to
 * recommend ...?" on 0 to 10: detractors (0 to 6), passives (7 and 8) and promoters (9 and 10).
 *
 * <p>Declared in score order, so {@code ordinal()} and {@code compareTo} follow the scale.
 */
public enum NpsCategory {
  /** An answer from 0 to 6: an unhappy customer, counted against the score. */
  DETRACTOR(0, 6),
  /** An answer of 7 or 8: satisfied but unenthusiastic, counted in the base only. */
  PASSIVE(7, 8),
  /** An answer of 9 or 10: a loyal enthusiast, counted for the score. */
  PROMOTER(9, 10);

  /** The lowest answer on the scale, 0. */
  public static final int MIN_SCORE = 0;
  /** The highest answer on the scale, 10. */
  public static final int MAX_SCORE = 10;

  /**
   * The reason code of a raw answer that lies on the scale but is not a whole number, such as 7.5,
   * which belongs to no category: {@code not-a-whole-number}.
   */
  public static final ReasonCode NOT_A_WHOLE_NUMBER = ReasonCode.of("not-a-whole-number");

  private final int lowest;
  private final int highest;

  NpsCategory(int lowest, int highest) {
    this.lowest = lowest;
    this.highest = highest;
  }

  /**
   * Classifies an answer.
   *
   * @param score the answer, from 0 to 10
   * @return its category
   * @throws org.cxkit.core.result.InvalidValueException if the answer is not from 0 to 10
   *     ({@link ReasonCode#OUT_OF_RANGE}), naming the range and the value
   */
  public static NpsCategory of(int score) {
    checkScore(score);
    return score >= 9 ? PROMOTER : score >= 7 ? PASSIVE : DETRACTOR;
  }

  /**
   * Tells whether an answer is on the 0 to 10 scale.
   *
   * @param score the answer
   * @return true if {@code 0 <= score <= 10}
   */
  public static boolean isValid(int score) {
    return score >= MIN_SCORE && score <= MAX_SCORE;
  }

  /**
   * Returns the lowest answer in this category.
   *
   * @return 0, 7 or 9
   */
  public int lowestScore() {
    return lowest;
  }

  /**
   * Returns the highest answer in this category.
   *
   * @return 6, 8 or 10
   */
  public int highestScore() {
    return highest;
  }

  /**
   * Tells whether an answer falls in this category.
   *
   * @param score the answer, any value
   * @return true if {@code lowestScore() <= score <= highestScore()}
   */
  public boolean contains(int score) {
    return score >= lowest && score <= highest;
  }

  /** Checks an answer: {@code Invalid value for score (valid values 0 - 10): 11}, code out-of-range. */
  static int checkScore(int score) {
    return Checks.inRange("score", score, MIN_SCORE, MAX_SCORE);
  }
}
