package org.cxkit.metrics.gap.servqual;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * One respondent's checked answers to a gap instrument: an expectation and a perception answer for
 * every item, on the instrument's scale, and optionally the respondent's importance points.
 *
 * <p>Answers are kept as given; reverse-scored items are reversed when scored ({@link #score()}).
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class ServqualResponse {
  private final ServqualInstrument instrument;
  private final int[] expectations;
  private final int[] perceptions;
  private final ImportanceWeights importance;
  private final int[] importancePoints;

  private ServqualResponse(ServqualInstrument instrument, int[] expectations, int[] perceptions,
      ImportanceWeights importance) {
    this.instrument = instrument;
    this.expectations = expectations;
    this.perceptions = perceptions;
    this.importance = importance;
    this.importancePoints = importance == null ? null : importance.pointsFor(instrument);
  }

  /**
   * Obtains a response from answers in item order.
   *
   * @param instrument the instrument
   * @param expectations one expectation answer per item, in item order, each on the instrument's scale
   * @param perceptions one perception answer per item, in item order, each on the instrument's scale
   * @return the response
   * @throws IllegalArgumentException if an array has the wrong length or an answer is off the scale
   */
  public static ServqualResponse of(ServqualInstrument instrument, int[] expectations, int[] perceptions) {
    return create(instrument, expectations, perceptions, null);
  }

  /**
   * Obtains a response from answers in item order, with the respondent's importance points.
   *
   * @param instrument the instrument
   * @param expectations one expectation answer per item, in item order, each on the instrument's scale
   * @param perceptions one perception answer per item, in item order, each on the instrument's scale
   * @param importance points for exactly the instrument's dimensions
   * @return the response
   * @throws IllegalArgumentException if an answer is off the scale, an array has the wrong length, or
   *     the importance names other dimensions than the instrument's
   */
  public static ServqualResponse of(
      ServqualInstrument instrument, int[] expectations, int[] perceptions, ImportanceWeights importance) {
    return create(instrument, expectations, perceptions, Objects.requireNonNull(importance, "importance"));
  }

  /**
   * Checks raw answers against an instrument.
   *
   * @param instrument the instrument
   * @param answers the answers, keyed by item number; importance points optional
   * @return the response
   * @throws IllegalArgumentException if an item is unanswered, an item number is unknown, an answer
   *     is off the scale, or the importance points are invalid or name unknown dimensions
   */
  public static ServqualResponse from(ServqualInstrument instrument, ServqualAnswers answers) {
    Objects.requireNonNull(instrument, "instrument");
    int[] e = fromMap(instrument, "expectation", answers.expectations());
    int[] p = fromMap(instrument, "perception", answers.perceptions());
    ImportanceWeights importance = answers.importance().isEmpty() ? null : ImportanceWeights.of(answers.importance());
    return create(instrument, e, p, importance);
  }

  private static int[] fromMap(ServqualInstrument instrument, String what, Map<Integer, Integer> answers) {
    int[] result = new int[instrument.itemCount()];
    boolean[] seen = new boolean[result.length];
    for (Map.Entry<Integer, Integer> entry : answers.entrySet()) {
      int i = instrument.itemIndex(entry.getKey());
      result[i] = entry.getValue();
      seen[i] = true;
    }
    for (int i = 0; i < seen.length; i++) {
      if (!seen[i]) {
        int d = instrument.dimensionOfItem[i];
        throw Checks.invalid(ReasonCode.MISSING, what + " of item " + instrument.items().get(i).number(),
            "missing; " + instrument.dimensions().get(d) + " needs items " + instrument.itemNumbers(d) + " answered",
            "none");
      }
    }
    return result;
  }

  private static ServqualResponse create(
      ServqualInstrument instrument, int[] expectations, int[] perceptions, ImportanceWeights importance) {
    Objects.requireNonNull(instrument, "instrument");
    int[] e = check(instrument, "expectation", Objects.requireNonNull(expectations, "expectations"));
    int[] p = check(instrument, "perception", Objects.requireNonNull(perceptions, "perceptions"));
    return new ServqualResponse(instrument, e, p, importance);
  }

  private static int[] check(ServqualInstrument instrument, String what, int[] answers) {
    if (answers.length != instrument.itemCount()) {
      throw Checks.invalid(ReasonCode.INVALID, what + "s",
          "must answer all " + instrument.itemCount() + " items of " + instrument.name(), answers.length + " answers");
    }
    int[] copy = answers.clone();
    int min = instrument.scale().min();
    int max = instrument.scale().max();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] < min || copy[i] > max) {
        Checks.inRange(what + " of item " + instrument.items().get(i).number(), copy[i], min, max);
      }
    }
    return copy;
  }

  /**
   * Returns the instrument answered.
   *
   * @return the instrument
   */
  public ServqualInstrument instrument() {
    return instrument;
  }

  /**
   * Returns the expectation answer to an item, as given (not reversed).
   *
   * @param number the item number
   * @return the answer
   * @throws IllegalArgumentException if no item has that number
   */
  public int expectation(int number) {
    return expectations[instrument.itemIndex(number)];
  }

  /**
   * Returns the perception answer to an item, as given (not reversed).
   *
   * @param number the item number
   * @return the answer
   * @throws IllegalArgumentException if no item has that number
   */
  public int perception(int number) {
    return perceptions[instrument.itemIndex(number)];
  }

  /**
   * Returns the respondent's importance points, if given.
   *
   * @return the points, or empty
   */
  public Optional<ImportanceWeights> importance() {
    return Optional.ofNullable(importance);
  }

  /**
   * Scores this response: gaps per item, dimension and overall, and the perception-only (SERVPERF)
   * figures.
   *
   * @return the respondent's score
   */
  public ServqualScore score() {
    return new ServqualScore(this);
  }

  int scoredExpectation(int itemIndex) {
    return instrument.scoredAt(itemIndex, expectations[itemIndex]);
  }

  int scoredPerception(int itemIndex) {
    return instrument.scoredAt(itemIndex, perceptions[itemIndex]);
  }

  /** The answers as given, in item order; the caller must not modify them. */
  int[] perceptionAnswers() {
    return perceptions;
  }

  /** The answers as given, in item order; the caller must not modify them. */
  int[] expectationAnswers() {
    return expectations;
  }

  /** Points in the instrument's dimension order, or null when the respondent gave none. */
  int[] importancePoints() {
    return importancePoints;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServqualResponse other && instrument.equals(other.instrument)
        && Arrays.equals(expectations, other.expectations) && Arrays.equals(perceptions, other.perceptions)
        && Objects.equals(importance, other.importance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, Arrays.hashCode(expectations), Arrays.hashCode(perceptions), importance);
  }

  /** Returns a form listing the answers in item order. */
  @Override
  public String toString() {
    return "ServqualResponse{" + instrument.name() + ", expectations=" + Arrays.toString(expectations)
        + ", perceptions=" + Arrays.toString(perceptions) + (importance == null ? "" : ", importance=" + importance)
        + "}";
  }
}
