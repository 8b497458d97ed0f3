package org.cxkit.examples.sample;

import java.time.Instant;
import java.util.Objects;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.experience.Expectation;
import org.cxkit.core.experience.Perception;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;

/**
 * One respondent's SERVQUAL answers on one quality dimension: the desired and the adequate
 * expectation and the perception, each a whole answer on the 1 to 7 scale, and the importance
 * points the respondent gave the dimension.
 *
 * <p>A SERVQUAL survey is identified by the respondent and the instant it was answered; its five
 * rows (one per dimension) share both, and their importance points sum to 100 (the constant-sum
 * question "allocate 100 points among the five features according to how important each is to
 * you"). The zone of tolerance lies between {@link #adequate()} and {@link #desired()}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the respondent
 * @param answeredAt when the survey was answered
 * @param dimension the quality dimension
 * @param desired the desired expectation, 1 to 7
 * @param adequate the adequate (least acceptable) expectation, 1 to 7
 * @param perceived the perception of the service received, 1 to 7
 * @param importance the importance points given to the dimension, 0 to 100
 */
public record ServqualAnswer(
    CustomerId customer, Instant answeredAt, QualityDimension dimension,
    int desired, int adequate, int perceived, int importance) {

  /** The scale of every answer: 1 to 7, as in the SERVQUAL instrument. */
  public static final Scale SCALE = Scale.ONE_TO_SEVEN;

  /**
   * Checks the parts.
   *
   * @throws InvalidValueException if an answer is off 1 to 7 or the importance off 0 to 100, naming
   *     the field and the value (code {@code out-of-range}), so that a reader sets the row aside
   */
  public ServqualAnswer {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(dimension, "dimension");
    SCALE.check("desired", desired);
    SCALE.check("adequate", adequate);
    SCALE.check("perceived", perceived);
    if (importance < 0 || importance > 100) {
      throw new InvalidValueException(ReasonCode.OUT_OF_RANGE, "importance",
          "Invalid value for importance (valid values 0 - 100): " + importance);
    }
  }

  /**
   * Obtains an answer.
   *
   * @param customer the respondent
   * @param answeredAt when the survey was answered
   * @param dimension the quality dimension
   * @param desired the desired expectation, 1 to 7
   * @param adequate the adequate expectation, 1 to 7
   * @param perceived the perception, 1 to 7
   * @param importance the importance points, 0 to 100
   * @return the answer
   */
  public static ServqualAnswer of(CustomerId customer, Instant answeredAt, QualityDimension dimension,
      int desired, int adequate, int perceived, int importance) {
    return new ServqualAnswer(customer, answeredAt, dimension, desired, adequate, perceived, importance);
  }

  /**
   * Returns the desired expectation as cx-core's type.
   *
   * @return the expectation at the desired level
   */
  public Expectation desiredExpectation() {
    return Expectation.desired(dimension, SCALE, desired);
  }

  /**
   * Returns the adequate expectation as cx-core's type.
   *
   * @return the expectation at the adequate level
   */
  public Expectation adequateExpectation() {
    return Expectation.adequate(dimension, SCALE, adequate);
  }

  /**
   * Returns the perception as cx-core's type.
   *
   * @return the perception
   */
  public Perception perception() {
    return Perception.of(dimension, SCALE, perceived);
  }
}
