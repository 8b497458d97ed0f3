package org.cxkit.metrics.satisfaction;

import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * Which CES answers agree and which disagree with "The company made it easy for me to handle my
 * issue" on the 1 to 7 scale: the agree boxes from {@code lowestAgreeing} to 7 and the disagree boxes
 * from 1 to {@code highestDisagreeing}; the answers between them are neutral.
 *
 * <p>The {@linkplain #DEFAULT default} is the scale's own wording: 5 to 7 agree (somewhat, agree,
 * strongly agree), 1 to 3 disagree, 4 is neutral. A stricter reading such as 6–7 against 1–2 is
 * {@code CesBoxes.of(6, 2)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lowestAgreeing the lowest answer that agrees, from 2 to 7
 * @param highestDisagreeing the highest answer that disagrees, from 1 to 6 and below
 *     {@code lowestAgreeing}
 */
public record CesBoxes(int lowestAgreeing, int highestDisagreeing) {

  /** Agree 5–7, disagree 1–3, neutral 4. */
  public static final CesBoxes DEFAULT = new CesBoxes(5, 3);

  /**
   * Checks the boxes.
   *
   * @throws IllegalArgumentException if a bound is off its range, or the boxes overlap
   */
  public CesBoxes {
    Checks.inRange("lowestAgreeing", lowestAgreeing, 2, 7);
    Checks.inRange("highestDisagreeing", highestDisagreeing, 1, 6);
    if (highestDisagreeing >= lowestAgreeing) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "highestDisagreeing",
          "must be below lowestAgreeing " + lowestAgreeing, highestDisagreeing);
    }
  }

  /**
   * Obtains the boxes.
   *
   * @param lowestAgreeing the lowest answer that agrees, from 2 to 7
   * @param highestDisagreeing the highest answer that disagrees, from 1 to 6 and below
   *     {@code lowestAgreeing}
   * @return the boxes
   * @throws IllegalArgumentException if a bound is off its range, or the boxes overlap
   */
  public static CesBoxes of(int lowestAgreeing, int highestDisagreeing) {
    return new CesBoxes(lowestAgreeing, highestDisagreeing);
  }

  /** Returns a form such as {@code agree 5-7, disagree 1-3}. */
  @Override
  public String toString() {
    return "agree " + lowestAgreeing + "-7, disagree 1-" + highestDisagreeing;
  }
}
