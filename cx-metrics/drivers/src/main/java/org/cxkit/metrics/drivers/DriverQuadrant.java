package org.cxkit.metrics.drivers;

/**
 * Where a driver falls on the {@link DriverMatrix}, by its importance and performance against the
 * matrix's two cuts. A coordinate equal to its cut counts as high. The quadrants are those of
 * importance–performance analysis (Martilla and James 1977), with importance derived from the
 * ratings rather than asked.
 */
public enum DriverQuadrant {
  /** High importance, low performance: where better ratings go with the largest gain in the outcome ("concentrate here"). */
  IMPROVE,
  /** High importance, high performance: strengths to keep ("keep up the good work"). */
  MAINTAIN,
  /** Low importance, low performance: secondary, to watch ("low priority"). */
  MONITOR,
  /** Low importance, high performance: effort that may exceed its return ("possible overkill"). */
  REVIEW;

  static DriverQuadrant of(double importance, double performance, double importanceCut, double performanceCut) {
    boolean important = importance >= importanceCut;
    boolean performing = performance >= performanceCut;
    return important ? (performing ? MAINTAIN : IMPROVE) : (performing ? REVIEW : MONITOR);
  }
}
