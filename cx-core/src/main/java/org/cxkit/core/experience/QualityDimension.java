package org.cxkit.core.experience;

import org.cxkit.core.internal.Checks;

/**
 * A named quality dimension on which expectations and perceptions are scored. The five SERVQUAL dimensions (Parasuraman, Zeithaml and Berry 1988) are provided; users name their own.
 *
 * <p>Open to users' own values: {@code QualityDimension.of("...")} makes any quality dimension, and two values with the same
 * name are equal. Names are case-sensitive and kept as given.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the quality dimension's name, not blank
 */
public record QualityDimension(String name) {
  /** Physical facilities, equipment and the appearance of personnel. */
  public static final QualityDimension TANGIBLES = new QualityDimension("tangibles");
  /** Ability to perform the promised service dependably and accurately. */
  public static final QualityDimension RELIABILITY = new QualityDimension("reliability");
  /** Willingness to help customers and provide prompt service. */
  public static final QualityDimension RESPONSIVENESS = new QualityDimension("responsiveness");
  /** Knowledge and courtesy of employees and their ability to inspire trust and confidence. */
  public static final QualityDimension ASSURANCE = new QualityDimension("assurance");
  /** Caring, individualised attention given to customers. */
  public static final QualityDimension EMPATHY = new QualityDimension("empathy");

  /** The five SERVQUAL dimensions, in the order of the instrument. */
  public static final java.util.List<QualityDimension> SERVQUAL =
      java.util.List.of(TANGIBLES, RELIABILITY, RESPONSIVENESS, ASSURANCE, EMPATHY);

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public QualityDimension {
    Checks.nonBlank("quality dimension", name);
  }

  /**
   * Obtains a quality dimension by name.
   *
   * @param name the name, not blank
   * @return the quality dimension
   */
  public static QualityDimension of(String name) {
    return new QualityDimension(name);
  }

  /** Returns the name alone. */
  @Override
  public String toString() {
    return name;
  }
}
