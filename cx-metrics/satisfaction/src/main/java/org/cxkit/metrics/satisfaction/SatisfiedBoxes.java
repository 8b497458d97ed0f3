package org.cxkit.metrics.satisfaction;

import java.util.Objects;
import org.cxkit.core.scale.Scale;

/**
 * Which answers of a scale count as "satisfied": the top {@code k} boxes, such as 4 and 5 on a 1 to 5
 * scale (top-2 box).
 *
 * <p>The default rule, {@link #defaultFor(Scale)}: the <b>top 2</b> boxes on a scale of up to 7
 * answers (4–5 on 1–5, 6–7 on 1–7) and the <b>top 3</b> boxes on longer scales (8–10 on 1–10 and on
 * 0–10). Top-2 on 1–5 is the usual CSAT definition; on long scales two boxes would make "satisfied"
 * a rarer, stricter state than on short ones, which the third box compensates for. Any other choice
 * is one call away: {@code SatisfiedBoxes.top(3)} or {@code SatisfiedBoxes.atLeast(5, scale)}.
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
    if (top < 1) {
      throw new IllegalArgumentException("Invalid value for top (must be at least 1): " + top);
    }
  }

  /**
   * Obtains the top {@code k} boxes.
   *
   * @param k how many of the highest answers count as satisfied, at least 1 (and, when applied, fewer
   *     than the scale's answers)
   * @return the boxes
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
   */
  public static SatisfiedBoxes atLeast(int lowest, Scale scale) {
    Objects.requireNonNull(scale, "scale");
    if (lowest <= scale.min() || lowest > scale.max()) {
      throw new IllegalArgumentException("Invalid value for lowest (valid values " + (scale.min() + 1L) + " - "
          + scale.max() + " on the scale " + scale + "): " + lowest);
    }
    return new SatisfiedBoxes(scale.max() - lowest + 1);
  }

  /**
   * Returns the default boxes for a scale: top 2 for scales of up to 7 answers, top 3 above.
   *
   * @param scale the scale
   * @return the default boxes
   */
  public static SatisfiedBoxes defaultFor(Scale scale) {
    return new SatisfiedBoxes((long) scale.max() - scale.min() + 1 <= 7 ? 2 : 3);
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
      throw new IllegalArgumentException("Invalid value for top (must be less than the " + scale.points()
          + " answers of the scale " + scale + "): " + top);
    }
    return scale.max() - top + 1;
  }

  /** Returns a form such as {@code top-2}. */
  @Override
  public String toString() {
    return "top-" + top;
  }
}
