package org.cxkit.examples.sample;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;

/**
 * One respondent's rating of one attribute of the company (product quality, ease of use, price for
 * value, reliability, support speed…) in a survey, or the record that the attribute was asked and
 * left unanswered ("don't know", "not applicable").
 *
 * <p>A survey is identified by the respondent and the instant it was answered: its attribute rows
 * share both, and its likelihood-to-recommend answer is the NPS response of the same customer at the
 * same instant. Key driver analysis ({@code cx drivers}) relates the ratings to that answer.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the respondent
 * @param answeredAt when the survey was answered
 * @param attribute the attribute rated, not blank, such as {@code ease-of-use}
 * @param rating the rating, a whole number on {@code scale}, or empty if the respondent skipped it
 * @param scale the scale of the rating
 */
public record AttributeRating(CustomerId customer, Instant answeredAt, String attribute, OptionalInt rating,
    Scale scale) {

  /** The scale of a rating that does not name one: 1 to 5. */
  public static final Scale DEFAULT_SCALE = Scale.ONE_TO_FIVE;

  /**
   * Checks the parts.
   *
   * @throws InvalidValueException if the attribute is blank (code {@code missing}) or the rating is
   *     off its scale (code {@code out-of-range}), naming the field and the value, so that a reader
   *     sets the row aside
   */
  public AttributeRating {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(scale, "scale");
    if (attribute.isBlank()) {
      throw new InvalidValueException(ReasonCode.MISSING, "attribute",
          "Invalid value for attribute (must not be blank): \"" + attribute + "\"");
    }
    if (rating.isPresent()) {
      scale.check("rating", rating.getAsInt());
    }
  }

  /**
   * Obtains an answered rating.
   *
   * @param customer the respondent
   * @param answeredAt when the survey was answered
   * @param attribute the attribute, not blank
   * @param rating the rating, on the scale
   * @param scale the scale
   * @return the rating
   */
  public static AttributeRating of(CustomerId customer, Instant answeredAt, String attribute, int rating, Scale scale) {
    return new AttributeRating(customer, answeredAt, attribute, OptionalInt.of(rating), scale);
  }

  /**
   * Obtains the record of an attribute asked and not answered.
   *
   * @param customer the respondent
   * @param answeredAt when the survey was answered
   * @param attribute the attribute, not blank
   * @param scale the scale it was asked on
   * @return the unanswered rating
   */
  public static AttributeRating unanswered(CustomerId customer, Instant answeredAt, String attribute, Scale scale) {
    return new AttributeRating(customer, answeredAt, attribute, OptionalInt.empty(), scale);
  }
}
