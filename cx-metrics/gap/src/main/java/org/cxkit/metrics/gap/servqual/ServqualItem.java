package org.cxkit.metrics.gap.servqual;

import java.util.Objects;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.internal.Checks;

/**
 * One item of a gap instrument such as SERVQUAL: a statement the respondent scores twice, once for
 * what they expect and once for what they perceived, belonging to one quality dimension.
 *
 * <p>A reverse-scored item was worded negatively, so a high answer means low quality; its answers
 * {@code x} are scored as {@code min + max − x} on the instrument's scale before any gap is taken.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the item's number in the instrument, from 1
 * @param dimension the quality dimension the item measures
 * @param label a short description of what the item asks about, not blank
 * @param reverseScored true if the item was worded negatively and its answers are reversed
 */
public record ServqualItem(int number, QualityDimension dimension, String label, boolean reverseScored) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the number is below 1 or the label blank
   */
  public ServqualItem {
    Checks.atLeast("item number", number, 1);
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(label, "label");
    Checks.nonBlank("item label", label);
  }

  /**
   * Obtains a positively worded item.
   *
   * @param number the item's number, from 1
   * @param dimension the dimension
   * @param label what the item asks about, not blank
   * @return the item
   */
  public static ServqualItem of(int number, QualityDimension dimension, String label) {
    return new ServqualItem(number, dimension, label, false);
  }

  /**
   * Obtains a negatively worded, reverse-scored item.
   *
   * @param number the item's number, from 1
   * @param dimension the dimension
   * @param label what the item asks about, not blank
   * @return the item
   */
  public static ServqualItem reversed(int number, QualityDimension dimension, String label) {
    return new ServqualItem(number, dimension, label, true);
  }
}
