package org.cxkit.core.experience;

/**
 * Which expectation a score states. The zone of tolerance (Zeithaml, Berry and Parasuraman 1993)
 * lies between the adequate and the desired level.
 */
public enum ExpectationLevel {
  /** What the customer wants to happen: the level SERVQUAL's "should" items ask for. */
  DESIRED,
  /** The least the customer will accept. */
  ADEQUATE,
  /** What the customer thinks will actually happen. */
  PREDICTED
}
