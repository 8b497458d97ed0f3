package org.cxkit.metrics.gap.kano;

/**
 * The five answers of a Kano question pair (Kano et al. 1984; Berger et al. 1993), asked once about
 * having a feature (functional form) and once about not having it (dysfunctional form).
 */
public enum KanoAnswer {
  /** "I like it that way." */
  LIKE,
  /** "It must be that way": the respondent expects it. */
  MUST_BE,
  /** "I am neutral." */
  NEUTRAL,
  /** "I can live with it that way." */
  LIVE_WITH,
  /** "I dislike it that way." */
  DISLIKE
}
