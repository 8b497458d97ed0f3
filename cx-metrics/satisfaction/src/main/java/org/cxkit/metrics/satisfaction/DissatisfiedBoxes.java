package org.cxkit.metrics.satisfaction;

import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;

/**
 * Which answers of a scale count as "dissatisfied": the bottom {@code k} boxes, such as 1 and 2 on a
 * 1 to 5 scale (bottom-2 box). With the {@linkplain SatisfiedBoxes satisfied boxes} they define the
 * {@linkplain Csat#netSatisfaction(SatisfiedBoxes, DissatisfiedBoxes, org.cxkit.core.result.Confidence)
 * net satisfaction}, top boxes minus bottom boxes.
 *
 * <p>The default rule, {@link #defaultFor(Scale)}, mirrors the satisfied boxes: as many boxes at the
 * bottom as {@link SatisfiedBoxes#defaultFor(Scale)} takes at the top (1 and 2 on 1–5, 1 on 1–3, the
 * bad answer on a good/bad scale, 1–3 on 1–10 and 0–2 on 0–10).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param bottom how many of the lowest answers count as dissatisfied, at least 1
 */
public record DissatisfiedBoxes(int bottom) {

  /**
   * Checks the count.
   *
   * @throws IllegalArgumentException if {@code bottom} is less than 1
   */
  public DissatisfiedBoxes {
    Checks.atLeast("bottom", bottom, 1);
  }

  /**
   * Obtains the bottom {@code k} boxes.
   *
   * @param k how many of the lowest answers count as dissatisfied, at least 1 (and, when applied,
   *     fewer than the scale's answers)
   * @return the boxes
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  public static DissatisfiedBoxes bottom(int k) {
    return new DissatisfiedBoxes(k);
  }

  /**
   * Obtains the boxes from the bottom of the scale to {@code highest}.
   *
   * @param highest the highest dissatisfied answer, at least the scale's minimum and below its maximum
   * @param scale the scale
   * @return the boxes
   * @throws IllegalArgumentException if {@code highest} is not from the minimum to below the maximum
   */
  public static DissatisfiedBoxes atMost(int highest, Scale scale) {
    Objects.requireNonNull(scale, "scale");
    if (highest < scale.min() || highest >= scale.max()) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "highest",
          "valid values " + scale.min() + " - " + (scale.max() - 1L) + " on the scale " + scale, highest);
    }
    return new DissatisfiedBoxes(highest - scale.min() + 1);
  }

  /**
   * Returns the default boxes for a scale: as many at the bottom as the default satisfied boxes at
   * the top.
   *
   * @param scale the scale
   * @return the default boxes
   */
  public static DissatisfiedBoxes defaultFor(Scale scale) {
    return new DissatisfiedBoxes(SatisfiedBoxes.defaultFor(scale).top());
  }

  /**
   * Returns the highest dissatisfied answer on a scale.
   *
   * @param scale the scale, with more answers than {@link #bottom()}
   * @return {@code scale.min() + bottom - 1}
   * @throws IllegalArgumentException if the boxes would cover the whole scale
   */
  public int highestOn(Scale scale) {
    if ((long) bottom >= (long) scale.max() - scale.min() + 1) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "bottom",
          "must be less than the " + scale.points() + " answers of the scale " + scale, bottom);
    }
    return scale.min() + bottom - 1;
  }

  /** Checks that no answer is both satisfied and dissatisfied on a scale. */
  static void checkApart(SatisfiedBoxes satisfied, DissatisfiedBoxes dissatisfied, Scale scale) {
    if ((long) satisfied.top() + dissatisfied.bottom() > (long) scale.max() - scale.min() + 1) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "bottom", "at most " + ((long) scale.points() - satisfied.top())
          + " so that no answer of the scale " + scale + " is also in the " + satisfied + " satisfied boxes",
          dissatisfied.bottom());
    }
  }

  /** Returns a form such as {@code bottom-2}. */
  @Override
  public String toString() {
    return "bottom-" + bottom;
  }
}
