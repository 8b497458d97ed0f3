package org.cxkit.metrics.satisfaction;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;

/**
 * Which answers of a scale count as "satisfied": the top {@code k} boxes, such as 4 and 5 on a 1 to 5
 * scale (top-2 box).
 *
 * <p>The default rule, {@link #defaultFor(Scale)}:
 * <ul>
 *   <li>on a <b>2-point</b> scale (bad, good), the <b>top box</b>: CSAT is good ÷ (good + bad);</li>
 *   <li>on a <b>3-point</b> scale (dissatisfied, neutral, satisfied), the <b>top box</b> only: the
 *       middle answer is neutral, not satisfied;</li>
 *   <li>on scales of <b>4 to 7</b> answers, the <b>top 2</b> boxes (4–5 on 1–5, 6–7 on 1–7), the
 *       usual CSAT definition;</li>
 *   <li>on longer scales, the <b>top 3</b> boxes (8–10 on 1–10 and on 0–10): two boxes would make
 *       "satisfied" a rarer, stricter state than on short scales, which the third box compensates
 *       for.</li>
 * </ul>
 * The short scales follow the satisfaction ratings of help desks, such as Zendesk's (1–2: good is 2;
 * 1–3: good is 3, and 1–2 are bad; the score is good ÷ all ratings). Any other choice is one call
 * away: {@code SatisfiedBoxes.top(3)} or {@code SatisfiedBoxes.atLeast(5, scale)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param top how many of the highest answers count as satisfied, at least 1
 */
public record SatisfiedBoxes(int top) {

  /**
   * Checks the count.
   *
   * @throws IllegalArgumentException if {@code top} is less than 1
   */
  public SatisfiedBoxes {
    Checks.atLeast("top", top, 1);
  }

  /**
   * Obtains the top {@code k} boxes.
   *
   * @param k how many of the highest answers count as satisfied, at least 1 (and, when applied, fewer
   *     than the scale's answers)
   * @return the boxes
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  public static SatisfiedBoxes top(int k) {
    return new SatisfiedBoxes(k);
  }

  /**
   * Obtains the boxes from {@code lowest} to the top of the scale.
   *
   * @param lowest the lowest satisfied answer, above the scale's minimum and at most its maximum
   * @param scale the scale
   * @return the boxes
   * @throws IllegalArgumentException if {@code lowest} is not above the minimum and at most the maximum
   */
  public static SatisfiedBoxes atLeast(int lowest, Scale scale) {
    Objects.requireNonNull(scale, "scale");
    if (lowest <= scale.min() || lowest > scale.max()) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "lowest",
          "valid values " + (scale.min() + 1L) + " - " + scale.max() + " on the scale " + scale, lowest);
    }
    return new SatisfiedBoxes(scale.max() - lowest + 1);
  }

  /**
   * Returns the default boxes for a scale: the top box on 2- and 3-point scales, the top 2 boxes on
   * scales of 4 to 7 answers, the top 3 above.
   *
   * @param scale the scale
   * @return the default boxes
   */
  public static SatisfiedBoxes defaultFor(Scale scale) {
    long points = (long) scale.max() - scale.min() + 1;
    return new SatisfiedBoxes(points <= 3 ? 1 : points <= 7 ? 2 : 3);
  }

  /**
   * Returns the lowest satisfied answer on a scale.
   *
   * @param scale the scale, with more answers than {@link #top()}
   * @return {@code scale.max() - top + 1}
   * @throws IllegalArgumentException if the boxes would cover the whole scale
   */
  public int lowestOn(Scale scale) {
    if ((long) top >= (long) scale.max() - scale.min() + 1) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "top",
          "must be less than the " + scale.points() + " answers of the scale " + scale, top);
    }
    return scale.max() - top + 1;
  }

  /** Returns a form such as {@code top-2}. */
  @Override
  public String toString() {
    return "top-" + top;
  }
}
