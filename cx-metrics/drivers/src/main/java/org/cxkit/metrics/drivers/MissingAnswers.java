package org.cxkit.metrics.drivers;

/**
 * What a driver analysis does with a response in which some answers are missing.
 *
 * <p>Either way nothing is lost silently: the responses that could not be used are counted as set
 * aside (reason {@link org.cxkit.core.result.ReasonCode#MISSING}), so that used plus set aside equals
 * given, and {@link DriverSums#missingCounts()} says how often each question went unanswered.
 */
public enum MissingAnswers {
  /**
   * Listwise deletion, the default: only complete responses are used, so every figure rests on the
   * same respondents and the correlation matrix is a proper one. Unbiased if answers are missing
   * completely at random; otherwise it describes the respondents who answered everything.
   */
  LISTWISE,
  /**
   * Pairwise deletion: each correlation uses every response in which both of its variables were
   * answered, and each mean every answer of its variable. It keeps more data, but its caveats are
   * real: different figures rest on different respondents; the correlation matrix assembled from
   * them need not be positive definite (the analysis then fails as if drivers were collinear); and
   * the regression, LMG and Johnson's weights take as their sample size the smallest number of
   * respondents behind any of the correlations they use, which the standard errors assume but do not
   * strictly have; and a slope is the beta weight rescaled by the standard deviations of all the
   * answers of its two variables. A response with fewer than two answers is set aside.
   */
  PAIRWISE
}
