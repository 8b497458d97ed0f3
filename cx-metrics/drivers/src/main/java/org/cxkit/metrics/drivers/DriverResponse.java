package org.cxkit.metrics.drivers;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * One respondent's answers: the outcome and each driver's rating, in the order of the
 * {@link DriverModel}'s drivers. Any answer may be missing (not asked, skipped, "don't know"); what
 * is done with an incomplete response is the analysis' {@link MissingAnswers} policy.
 *
 * <p>Answers are finite numbers; whether they lie on a scale is checked when the response is added
 * to an accumulator of a model {@linkplain DriverModel#onScales on scales}. This class is immutable
 * and thread-safe.
 */
public final class DriverResponse {
  /** The outcome at 0, then the ratings; a missing answer holds 0. */
  final double[] values;
  /** Bit {@code v} set if variable {@code v} is missing. */
  final long missing;

  private DriverResponse(double[] values, long missing) {
    this.values = values;
    this.missing = missing;
  }

  /**
   * Obtains a complete response.
   *
   * @param outcome the outcome, finite
   * @param ratings the ratings of the drivers in the model's order, finite; at most
   *     {@value DriverModel#MAX_DRIVERS}
   * @return the response
   * @throws IllegalArgumentException if an answer is not finite (naming it {@code outcome} or
   *     {@code ratings[i]}) or there are too many ratings
   */
  public static DriverResponse of(double outcome, double... ratings) {
    Objects.requireNonNull(ratings, "ratings");
    checkCount(ratings.length);
    double[] values = new double[ratings.length + 1];
    values[0] = Checks.finite("outcome", outcome) + 0.0;
    for (int i = 0; i < ratings.length; i++) {
      values[i + 1] = finiteRating(i, ratings[i]);
    }
    return new DriverResponse(values, 0L);
  }

  /**
   * Obtains a response in which answers may be missing.
   *
   * @param outcome the outcome, finite if present
   * @param ratings the ratings of the drivers in the model's order, finite where present; at most
   *     {@value DriverModel#MAX_DRIVERS}
   * @return the response
   * @throws IllegalArgumentException if an answer is not finite or there are too many ratings
   */
  public static DriverResponse ofAnswers(OptionalDouble outcome, List<OptionalDouble> ratings) {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(ratings, "ratings");
    checkCount(ratings.size());
    double[] values = new double[ratings.size() + 1];
    long missing = 0;
    if (outcome.isPresent()) {
      values[0] = Checks.finite("outcome", outcome.getAsDouble()) + 0.0;
    } else {
      missing |= 1L;
    }
    for (int i = 0; i < ratings.size(); i++) {
      OptionalDouble r = Objects.requireNonNull(ratings.get(i), "rating");
      if (r.isPresent()) {
        values[i + 1] = finiteRating(i, r.getAsDouble());
      } else {
        missing |= 1L << (i + 1);
      }
    }
    return new DriverResponse(values, missing);
  }

  private static void checkCount(int count) {
    if (count > DriverModel.MAX_DRIVERS) {
      throw Checks.invalid(ReasonCode.TOO_LARGE, "ratings", "at most " + DriverModel.MAX_DRIVERS, count);
    }
  }

  private static double finiteRating(int i, double rating) {
    if (!Double.isFinite(rating)) {
      throw Checks.invalid(ReasonCode.NOT_FINITE, "ratings[" + i + "]", "must be finite", rating);
    }
    return rating + 0.0;
  }

  /**
   * Returns the outcome, if answered.
   *
   * @return the outcome, or empty
   */
  public OptionalDouble outcome() {
    return answer(0);
  }

  /**
   * Returns a driver's rating, if answered.
   *
   * @param driver the driver's position, from 0
   * @return the rating, or empty
   * @throws IndexOutOfBoundsException if there is no such rating
   */
  public OptionalDouble rating(int driver) {
    Objects.checkIndex(driver, ratingCount());
    return answer(driver + 1);
  }

  /**
   * Returns the number of ratings, answered or not.
   *
   * @return zero or more
   */
  public int ratingCount() {
    return values.length - 1;
  }

  /**
   * Tells whether every answer is present.
   *
   * @return true if nothing is missing
   */
  public boolean isComplete() {
    return missing == 0;
  }

  private OptionalDouble answer(int v) {
    return (missing & (1L << v)) != 0 ? OptionalDouble.empty() : OptionalDouble.of(values[v]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DriverResponse r && missing == r.missing && Arrays.equals(values, r.values);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(missing) + Arrays.hashCode(values);
  }

  /** Returns a form such as {@code DriverResponse[9.0; 4.0, -, 5.0]}, a dash for a missing answer. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("DriverResponse[");
    for (int v = 0; v < values.length; v++) {
      b.append(v == 0 ? "" : v == 1 ? "; " : ", ");
      b.append((missing & (1L << v)) != 0 ? "-" : Double.toString(values[v]));
    }
    return b.append(']').toString();
  }
}
