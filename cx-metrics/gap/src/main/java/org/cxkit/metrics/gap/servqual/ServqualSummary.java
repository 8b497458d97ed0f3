package org.cxkit.metrics.gap.servqual;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.metrics.gap.internal.ServqualSums;

/**
 * SERVQUAL and SERVPERF figures over many respondents, each a mean with its Student t confidence
 * interval: per item, per dimension, overall, importance-weighted, and perception-only.
 *
 * <p>Definitions: each respondent's score is as in {@link ServqualScore}; a figure here is the mean
 * of that score over respondents, with the interval {@code mean ± t(1 − α/2; n − 1) · s / √n} and
 * the standard error {@code s / √n}, {@code s} the sample standard deviation of the respondents'
 * scores ({@link org.cxkit.core.result.IntervalMethod#STUDENT_T}). The overall and weighted figures
 * are linear combinations {@code Σ c(d) · S(d)} of each respondent's dimension sums {@code S(d)}, so
 * their variance is {@code cᵀ Σ c} with the covariance matrix {@code Σ} of the dimension sums.
 *
 * <p>Overall figures: the overall gap is by default SERVQUAL's unweighted mean of the dimension
 * gaps, the overall perception by default SERVPERF's mean of the item perceptions; either can be
 * averaged the other way ({@link OverallMean}).
 *
 * <p>Exactness: every sum, the respondent-weighted gap's included, is an exact integer sum, so a
 * summary merged from parts equals, bit for bit, the summary of the whole, and each figure is
 * rounded once. The sums cannot overflow below about {@code 9.2e18 / (100 · r · k)²} respondents,
 * {@code r} the scale's range and {@code k} the largest dimension's item count (about 10¹² for
 * SERVQUAL).
 *
 * <p>Empty input: a summary of no respondents has {@link #count()} 0, and every figure throws
 * {@link IllegalStateException}, as it does with one respondent, since an interval needs two (use
 * {@link #count()} first). Each figure method without a {@link Confidence} uses
 * {@link Confidence#DEFAULT}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServqualSummary {
  private final ServqualInstrument instrument;
  private final ServqualSums sums;

  ServqualSummary(ServqualInstrument instrument, ServqualSums sums) {
    this.instrument = instrument;
    this.sums = sums;
  }

  /**
   * Returns an empty accumulator, to add responses one at a time.
   *
   * @param instrument the instrument every response answers
   * @return a new accumulator
   */
  public static ServqualAccumulator accumulator(ServqualInstrument instrument) {
    return ServqualAccumulator.of(instrument);
  }

  /**
   * Returns a collector of responses into a summary, unordered and safe on parallel streams.
   *
   * @param instrument the instrument every response answers
   * @return the collector
   */
  public static Collector<ServqualResponse, ServqualAccumulator, ServqualSummary> toServqualSummary(
      ServqualInstrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return Accumulators.collector(() -> ServqualAccumulator.of(instrument));
  }

  /**
   * Summarises checked responses.
   *
   * @param instrument the instrument every response answers
   * @param responses the responses
   * @return the summary
   * @throws IllegalArgumentException if a response answers another instrument
   */
  public static ServqualSummary of(ServqualInstrument instrument, Iterable<ServqualResponse> responses) {
    ServqualAccumulator accumulator = ServqualAccumulator.of(instrument);
    responses.forEach(accumulator::add);
    return accumulator.snapshot();
  }

  /**
   * Summarises raw answers, setting aside, with the reason, each that fails its checks (an item
   * unanswered or unknown, an answer off the scale, importance points not summing to 100 or naming
   * an unknown dimension).
   *
   * @param instrument the instrument
   * @param answers the raw answers
   * @return the summary of the answers used, and those set aside
   */
  public static BulkResult<ServqualAnswers, ServqualSummary> from(
      ServqualInstrument instrument, Iterable<ServqualAnswers> answers) {
    Objects.requireNonNull(instrument, "instrument");
    BulkResult<ServqualAnswers, List<ServqualResponse>> checked =
        BulkResult.convert(answers, a -> ServqualResponse.from(instrument, a));
    return BulkResult.of(of(instrument, checked.value()), checked.usedCount(), checked.setAside());
  }

  /**
   * Returns the instrument.
   *
   * @return the instrument
   */
  public ServqualInstrument instrument() {
    return instrument;
  }

  /**
   * Returns how many respondents were summarised.
   *
   * @return the count, zero or more
   */
  public long count() {
    return sums.count();
  }

  /**
   * Returns how many respondents gave importance points.
   *
   * @return the count, zero or more
   */
  public long weightedRespondents() {
    return sums.weightedCount();
  }

  /**
   * Returns the mean gap on an item with its interval at {@link Confidence#DEFAULT}.
   *
   * @param number the item number
   * @return the estimate
   * @throws IllegalArgumentException if no item has that number
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate itemGap(int number) {
    return itemGap(number, Confidence.DEFAULT);
  }

  /**
   * Returns the mean gap on an item.
   *
   * @param number the item number
   * @param confidence the confidence level and minimum sample size
   * @return the estimate
   * @throws IllegalArgumentException if no item has that number
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate itemGap(int number, Confidence confidence) {
    return sums.itemGap(instrument.itemIndex(number), "gap of item " + number, confidence);
  }

  /**
   * Returns the mean perception on an item (SERVPERF) with its interval at {@link Confidence#DEFAULT}.
   *
   * @param number the item number
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if no item has that number
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate itemPerception(int number) {
    return itemPerception(number, Confidence.DEFAULT);
  }

  /**
   * Returns the mean perception on an item (SERVPERF).
   *
   * @param number the item number
   * @param confidence the confidence level and minimum sample size
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if no item has that number
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate itemPerception(int number, Confidence confidence) {
    return sums.itemPerception(instrument.itemIndex(number), "perception of item " + number, confidence);
  }

  /**
   * Returns the mean expectation on an item with its interval at {@link Confidence#DEFAULT}.
   *
   * @param number the item number
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if no item has that number
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate itemExpectation(int number) {
    return itemExpectation(number, Confidence.DEFAULT);
  }

  /**
   * Returns the mean expectation on an item.
   *
   * @param number the item number
   * @param confidence the confidence level and minimum sample size
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if no item has that number
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate itemExpectation(int number, Confidence confidence) {
    return sums.itemExpectation(instrument.itemIndex(number), "expectation of item " + number, confidence);
  }

  /**
   * Returns the mean gap on a dimension with its interval at {@link Confidence#DEFAULT}.
   *
   * @param dimension a dimension of the instrument
   * @return the estimate
   * @throws IllegalArgumentException if the dimension is not the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate dimensionGap(QualityDimension dimension) {
    return dimensionGap(dimension, Confidence.DEFAULT);
  }

  /**
   * Returns the mean gap on a dimension.
   *
   * @param dimension a dimension of the instrument
   * @param confidence the confidence level and minimum sample size
   * @return the estimate
   * @throws IllegalArgumentException if the dimension is not the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate dimensionGap(QualityDimension dimension, Confidence confidence) {
    double[] c = new double[2 * sums.dimensions()];
    int d = instrument.dimensionIndex(dimension);
    c[d] = 1.0 / instrument.itemsPerDimension[d];
    return sums.combination("gap of " + dimension, c, confidence);
  }

  /**
   * Returns the mean perception on a dimension (SERVPERF) with its interval at
   * {@link Confidence#DEFAULT}.
   *
   * @param dimension a dimension of the instrument
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if the dimension is not the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate dimensionPerception(QualityDimension dimension) {
    return dimensionPerception(dimension, Confidence.DEFAULT);
  }

  /**
   * Returns the mean perception on a dimension (SERVPERF).
   *
   * @param dimension a dimension of the instrument
   * @param confidence the confidence level and minimum sample size
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if the dimension is not the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate dimensionPerception(QualityDimension dimension, Confidence confidence) {
    int dims = sums.dimensions();
    double[] c = new double[2 * dims];
    int d = instrument.dimensionIndex(dimension);
    c[dims + d] = 1.0 / instrument.itemsPerDimension[d];
    return sums.combination("perception of " + dimension, c, confidence);
  }

  /**
   * Returns the mean expectation on a dimension with its interval at {@link Confidence#DEFAULT}.
   *
   * @param dimension a dimension of the instrument
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if the dimension is not the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate dimensionExpectation(QualityDimension dimension) {
    return dimensionExpectation(dimension, Confidence.DEFAULT);
  }

  /**
   * Returns the mean expectation on a dimension.
   *
   * @param dimension a dimension of the instrument
   * @param confidence the confidence level and minimum sample size
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if the dimension is not the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate dimensionExpectation(QualityDimension dimension, Confidence confidence) {
    return sums.dimensionExpectation(instrument.dimensionIndex(dimension), "expectation of " + dimension,
        confidence);
  }

  /**
   * Returns the mean overall gap as SERVQUAL defines it, the unweighted mean of the dimension gaps
   * ({@link OverallMean#OF_DIMENSIONS}), with its interval at {@link Confidence#DEFAULT}.
   *
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate overallGap() {
    return overallGap(Confidence.DEFAULT);
  }

  /**
   * Returns the mean overall gap as SERVQUAL defines it, the unweighted mean of the dimension gaps
   * ({@link OverallMean#OF_DIMENSIONS}).
   *
   * @param confidence the confidence level and minimum sample size
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate overallGap(Confidence confidence) {
    return overallGap(OverallMean.OF_DIMENSIONS, confidence);
  }

  /**
   * Returns the mean overall gap, averaged as chosen.
   *
   * @param mean the mean of the item gaps, or the unweighted mean of the dimension gaps
   * @param confidence the confidence level and minimum sample size
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate overallGap(OverallMean mean, Confidence confidence) {
    return sums.combination("overall gap", overall(mean, 0), confidence);
  }

  /**
   * Returns the mean overall SERVPERF score as Cronin and Taylor (1992) define it, the mean of the
   * item perceptions ({@link OverallMean#OF_ITEMS}), with its interval at {@link Confidence#DEFAULT}.
   *
   * @return the estimate, on the instrument's scale
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate overallPerception() {
    return overallPerception(Confidence.DEFAULT);
  }

  /**
   * Returns the mean overall SERVPERF score as Cronin and Taylor (1992) define it, the mean of the
   * item perceptions ({@link OverallMean#OF_ITEMS}).
   *
   * @param confidence the confidence level and minimum sample size
   * @return the estimate, on the instrument's scale
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate overallPerception(Confidence confidence) {
    return overallPerception(OverallMean.OF_ITEMS, confidence);
  }

  /**
   * Returns the mean overall perception, averaged as chosen.
   *
   * @param mean the mean of the item perceptions, or the unweighted mean of the dimension means
   * @param confidence the confidence level and minimum sample size
   * @return the estimate, on the instrument's scale
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate overallPerception(OverallMean mean, Confidence confidence) {
    return sums.combination("overall perception", overall(mean, sums.dimensions()), confidence);
  }

  /** Coefficients of an overall mean on the dimension sums starting at {@code offset}. */
  private double[] overall(OverallMean mean, int offset) {
    Objects.requireNonNull(mean, "mean");
    int dims = sums.dimensions();
    double[] c = new double[2 * dims];
    for (int d = 0; d < dims; d++) {
      c[offset + d] = mean == OverallMean.OF_ITEMS ? 1.0 / instrument.itemCount()
          : 1.0 / (dims * (double) instrument.itemsPerDimension[d]);
    }
    return c;
  }

  /**
   * Returns the mean gap weighted by fixed importance points (the same for every respondent, such as
   * the sample's mean allocation rounded to whole points), with its interval at
   * {@link Confidence#DEFAULT}.
   *
   * @param weights points for exactly the instrument's dimensions
   * @return the estimate
   * @throws IllegalArgumentException if the weights name other dimensions than the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate weightedGap(ImportanceWeights weights) {
    return weightedGap(weights, Confidence.DEFAULT);
  }

  /**
   * Returns the mean gap weighted by fixed importance points.
   *
   * @param weights points for exactly the instrument's dimensions
   * @param confidence the confidence level and minimum sample size
   * @return the estimate
   * @throws IllegalArgumentException if the weights name other dimensions than the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate weightedGap(ImportanceWeights weights, Confidence confidence) {
    int[] points = weights.pointsFor(instrument);
    double[] c = new double[2 * sums.dimensions()];
    for (int d = 0; d < points.length; d++) {
      c[d] = points[d] / (100.0 * instrument.itemsPerDimension[d]);
    }
    return sums.combination("weighted gap", c, confidence);
  }

  /**
   * Returns the mean of each respondent's gap weighted by their own importance points, over the
   * respondents who gave points, with its interval at {@link Confidence#DEFAULT}.
   *
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents gave importance points
   */
  public Estimate respondentWeightedGap() {
    return respondentWeightedGap(Confidence.DEFAULT);
  }

  /**
   * Returns the mean of each respondent's gap weighted by their own importance points, over the
   * respondents who gave points.
   *
   * @param confidence the confidence level and minimum sample size
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents gave importance points
   */
  public Estimate respondentWeightedGap(Confidence confidence) {
    return sums.respondentWeighted("respondent-weighted gap", confidence);
  }

  ServqualSums sums() {
    return sums;
  }

  /** Summaries are equal when they hold the same sums for the same instrument. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ServqualSummary other && instrument.equals(other.instrument) && sums.sameState(other.sums);
  }

  @Override
  public int hashCode() {
    return instrument.hashCode() * 31 + sums.stateHash();
  }

  /** Returns a form such as {@code ServqualSummary{SERVQUAL 1988, n=250, overall gap=-0.8 (95% …)}}. */
  @Override
  public String toString() {
    return "ServqualSummary{" + instrument.name() + ", n=" + count()
        + (count() < 2 ? "" : ", overall gap=" + overallGap()) + "}";
  }
}
