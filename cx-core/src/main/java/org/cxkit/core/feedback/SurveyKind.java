package org.cxkit.core.feedback;

/** Whether a survey asks about the whole relationship or about one transaction. */
public enum SurveyKind {
  /** Asked periodically about the relationship with the company as a whole. */
  RELATIONSHIP,
  /** Asked right after one touchpoint, about that touchpoint. */
  TRANSACTIONAL
}
