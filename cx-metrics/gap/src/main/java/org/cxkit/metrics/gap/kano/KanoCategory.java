package org.cxkit.metrics.gap.kano;

import java.util.Objects;

/**
 * The Kano category of a feature for one respondent, from their functional and dysfunctional
 * answers, by the standard evaluation table (Berger et al. 1993, table 1; Matzler and Hinterhuber
 * 1998):
 *
 * <pre>
 *  functional \ dysfunctional   like  must-be  neutral  live-with  dislike
 *  like                          Q     A        A        A          O
 *  must-be                       R     I        I        I          M
 *  neutral                       R     I        I        I          M
 *  live-with                     R     I        I        I          M
 *  dislike                       R     R        R        R          Q
 * </pre>
 *
 * A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable.
 */
public enum KanoCategory {
  /** Delights when present, not missed when absent. */
  ATTRACTIVE,
  /** More is better: satisfies when present, dissatisfies when absent. */
  ONE_DIMENSIONAL,
  /** Taken for granted: dissatisfies when absent, does not delight when present. */
  MUST_BE,
  /** The respondent does not care either way. */
  INDIFFERENT,
  /** The respondent prefers the feature absent. */
  REVERSE,
  /** The answers contradict each other (likes, or dislikes, both having and not having it). */
  QUESTIONABLE;

  private static final KanoCategory A = ATTRACTIVE;
  private static final KanoCategory O = ONE_DIMENSIONAL;
  private static final KanoCategory M = MUST_BE;
  private static final KanoCategory I = INDIFFERENT;
  private static final KanoCategory R = REVERSE;
  private static final KanoCategory Q = QUESTIONABLE;

  private static final KanoCategory[][] TABLE = {
    {Q, A, A, A, O},
    {R, I, I, I, M},
    {R, I, I, I, M},
    {R, I, I, I, M},
    {R, R, R, R, Q},
  };

  /**
   * Evaluates one respondent's answer pair.
   *
   * @param functional the answer about having the feature
   * @param dysfunctional the answer about not having it
   * @return the category
   */
  public static KanoCategory of(KanoAnswer functional, KanoAnswer dysfunctional) {
    return TABLE[Objects.requireNonNull(functional, "functional").ordinal()]
        [Objects.requireNonNull(dysfunctional, "dysfunctional").ordinal()];
  }
}
