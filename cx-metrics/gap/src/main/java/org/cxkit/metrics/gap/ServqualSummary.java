package org.cxkit.metrics.gap;

import java.util.Objects;
import java.util.stream.Collector;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;

/**
 * SERVQUAL and SERVPERF figures over many respondents, each a mean with its Student t confidence
 * interval: per item, per dimension, overall, importance-weighted, and perception-only.
 *
 * <p>Definitions: each respondent's score is as in {@link ServqualScore}; a figure here is the mean
 * of that score over respondents, with the interval {@code mean ± t(1 − α/2; n − 1) · s / √n},
 * {@code s} the sample standard deviation of the respondents' scores. The overall and weighted gaps
 * are linear combinations {@code Σ c(d) · S(d)} of each respondent's dimension sums {@code S(d)}, so
 * their variance is {@code cᵀ Σ c} with the covariance matrix {@code Σ} of the dimension sums.
 *
 * <p>Exactness: every sum except that of the respondent-weighted gap is an exact integer sum, so a
 * summary merged from parts equals, bit for bit, the summary of the whole; the respondent-weighted
 * gap is summed in floating point and agrees to rounding. The integer sums cannot overflow below
 * about {@code 9.2e18 / (r · k)²} respondents, {@code r} the scale's range and {@code k} the largest
 * dimension's item count (over 10¹⁶ for SERVQUAL).
 *
 * <p>An interval needs two respondents: every figure throws {@link IllegalStateException} on fewer
 * (use {@link #respondents()} first). This class is immutable and thread-safe.
 */
public final class ServqualSummary {
  private final ServqualSums sums;

  ServqualSummary(ServqualSums sums) {
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
   * Returns a collector of responses into a summary.
   *
   * @param instrument the instrument every response answers
   * @return the collector
   */
  public static Collector<ServqualResponse, ?, ServqualSummary> toSummary(ServqualInstrument instrument) {
    return Collector.of(() -> ServqualSummary.accumulator(instrument), ServqualAccumulator::add, ServqualAccumulator::merge,
        ServqualAccumulator::snapshot);
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
    ServqualAccumulator accumulator = ServqualSummary.accumulator(instrument);
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
    BulkResult<ServqualAnswers, java.util.List<ServqualResponse>> checked =
        BulkResult.convert(answers, a -> ServqualResponse.from(instrument, a));
    return BulkResult.of(of(instrument, checked.value()), checked.usedCount(), checked.setAside());
  }

  /**
   * Returns the instrument.
   *
   * @return the instrument
   */
  public ServqualInstrument instrument() {
    return sums.instrument;
  }

  /**
   * Returns how many respondents were summarised.
   *
   * @return the count, zero or more
   */
  public long respondents() {
    return sums.n;
  }

  /**
   * Returns how many respondents gave importance points.
   *
   * @return the count, zero or more
   */
  public long weightedRespondents() {
    return sums.weightedCount;
  }

  /**
   * Returns the mean gap on an item with its 95 % interval.
   *
   * @param number the item number
   * @return the estimate
   * @throws IllegalArgumentException if no item has that number
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate itemGap(int number) {
    return itemGap(number, Intervals.DEFAULT_LEVEL);
  }

  /**
   * Returns the mean gap on an item.
   *
   * @param number the item number
   * @param level the confidence level, strictly between 0 and 1
   * @return the estimate
   * @throws IllegalArgumentException if no item has that number
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate itemGap(int number, double level) {
    int i = sums.instrument.itemIndex(number);
    return integerMean("gap of item " + number, sums.itemGap[i], sums.itemGapSq[i], level);
  }

  /**
   * Returns the mean perception on an item (SERVPERF) with its 95 % interval.
   *
   * @param number the item number
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if no item has that number
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate itemPerception(int number) {
    int i = sums.instrument.itemIndex(number);
    return integerMean("perception of item " + number, sums.itemPerception[i], sums.itemPerceptionSq[i],
        Intervals.DEFAULT_LEVEL);
  }

  /**
   * Returns the mean expectation on an item with its 95 % interval.
   *
   * @param number the item number
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if no item has that number
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate itemExpectation(int number) {
    int i = sums.instrument.itemIndex(number);
    return integerMean("expectation of item " + number, sums.itemExpectation[i], sums.itemExpectationSq[i],
        Intervals.DEFAULT_LEVEL);
  }

  /**
   * Returns the mean gap on a dimension with its 95 % interval.
   *
   * @param dimension a dimension of the instrument
   * @return the estimate
   * @throws IllegalArgumentException if the dimension is not the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate dimensionGap(QualityDimension dimension) {
    return dimensionGap(dimension, Intervals.DEFAULT_LEVEL);
  }

  /**
   * Returns the mean gap on a dimension.
   *
   * @param dimension a dimension of the instrument
   * @param level the confidence level, strictly between 0 and 1
   * @return the estimate
   * @throws IllegalArgumentException if the dimension is not the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate dimensionGap(QualityDimension dimension, double level) {
    double[] c = new double[2 * sums.dims];
    int d = sums.instrument.dimensionIndex(dimension);
    c[d] = 1.0 / sums.instrument.itemsPerDimension[d];
    return combination("gap of " + dimension, c, level);
  }

  /**
   * Returns the mean perception on a dimension (SERVPERF) with its 95 % interval.
   *
   * @param dimension a dimension of the instrument
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if the dimension is not the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate dimensionPerception(QualityDimension dimension) {
    double[] c = new double[2 * sums.dims];
    int d = sums.instrument.dimensionIndex(dimension);
    c[sums.dims + d] = 1.0 / sums.instrument.itemsPerDimension[d];
    return combination("perception of " + dimension, c, Intervals.DEFAULT_LEVEL);
  }

  /**
   * Returns the mean expectation on a dimension with its 95 % interval.
   *
   * @param dimension a dimension of the instrument
   * @return the estimate, on the instrument's scale
   * @throws IllegalArgumentException if the dimension is not the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate dimensionExpectation(QualityDimension dimension) {
    int d = sums.instrument.dimensionIndex(dimension);
    double k = sums.instrument.itemsPerDimension[d];
    requireTwo("expectation of " + dimension);
    long n = sums.n;
    double mean = sums.dimExpectation[d] / k / n;
    double variance = Intervals.covariance(n, sums.dimExpectation[d], sums.dimExpectation[d], sums.dimExpectationSq[d])
        / (k * k);
    return Intervals.mean("expectation of " + dimension, n, mean, variance, Intervals.DEFAULT_LEVEL);
  }

  /**
   * Returns the mean overall gap (the unweighted mean of the dimension gaps) with its 95 % interval.
   *
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate overallGap() {
    return overallGap(Intervals.DEFAULT_LEVEL);
  }

  /**
   * Returns the mean overall gap (the unweighted mean of the dimension gaps).
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate overallGap(double level) {
    double[] c = new double[2 * sums.dims];
    for (int d = 0; d < sums.dims; d++) {
      c[d] = 1.0 / (sums.dims * (double) sums.instrument.itemsPerDimension[d]);
    }
    return combination("overall gap", c, level);
  }

  /**
   * Returns the mean overall SERVPERF score (the mean of the dimension perception means) with its
   * 95 % interval.
   *
   * @return the estimate, on the instrument's scale
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate overallPerception() {
    double[] c = new double[2 * sums.dims];
    for (int d = 0; d < sums.dims; d++) {
      c[sums.dims + d] = 1.0 / (sums.dims * (double) sums.instrument.itemsPerDimension[d]);
    }
    return combination("overall perception", c, Intervals.DEFAULT_LEVEL);
  }

  /**
   * Returns the mean gap weighted by fixed importance points (the same for every respondent, such as
   * the sample's mean allocation rounded to whole points), with its 95 % interval.
   *
   * @param weights points for exactly the instrument's dimensions
   * @return the estimate
   * @throws IllegalArgumentException if the weights name other dimensions than the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate weightedGap(ImportanceWeights weights) {
    return weightedGap(weights, Intervals.DEFAULT_LEVEL);
  }

  /**
   * Returns the mean gap weighted by fixed importance points.
   *
   * @param weights points for exactly the instrument's dimensions
   * @param level the confidence level, strictly between 0 and 1
   * @return the estimate
   * @throws IllegalArgumentException if the weights name other dimensions than the instrument's
   * @throws IllegalStateException if fewer than two respondents were summarised
   */
  public Estimate weightedGap(ImportanceWeights weights, double level) {
    int[] points = weights.pointsFor(sums.instrument);
    double[] c = new double[2 * sums.dims];
    for (int d = 0; d < sums.dims; d++) {
      c[d] = points[d] / (100.0 * sums.instrument.itemsPerDimension[d]);
    }
    return combination("weighted gap", c, level);
  }

  /**
   * Returns the mean of each respondent's gap weighted by their own importance points, over the
   * respondents who gave points, with its 95 % interval.
   *
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents gave importance points
   */
  public Estimate respondentWeightedGap() {
    long n = sums.weightedCount;
    Intervals.requireTwo("respondent-weighted gap", n);
    double mean = sums.weightedSum / n;
    double variance = Math.max(0, (sums.weightedSq - sums.weightedSum * mean) / (n - 1));
    return Intervals.mean("respondent-weighted gap", n, mean, variance, Intervals.DEFAULT_LEVEL);
  }

  private Estimate integerMean(String what, long sum, long sumSq, double level) {
    requireTwo(what);
    long n = sums.n;
    return Intervals.mean(what, n, (double) sum / n, Intervals.covariance(n, sum, sum, sumSq), level);
  }

  /** Mean and t interval of Σ_a c(a) v(a) over respondents, v the vector of dimension sums. */
  private Estimate combination(String what, double[] c, double level) {
    Checks.level(level);
    requireTwo(what);
    long n = sums.n;
    double mean = 0;
    double variance = 0;
    for (int a = 0; a < c.length; a++) {
      if (c[a] == 0) {
        continue;
      }
      mean += c[a] * sums.vector[a];
      for (int b = 0; b < c.length; b++) {
        if (c[b] != 0) {
          variance += c[a] * c[b]
              * Intervals.covariance(n, sums.vector[a], sums.vector[b], sums.crossAt(a, b));
        }
      }
    }
    return Intervals.mean(what, n, mean / n, variance, level);
  }

  private void requireTwo(String what) {
    Intervals.requireTwo(what, sums.n);
  }

  ServqualSums sums() {
    return sums;
  }

  /** Summaries are equal when they hold the same sums for the same instrument. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ServqualSummary other && sums.sameState(other.sums);
  }

  @Override
  public int hashCode() {
    return sums.stateHash();
  }

  /** Returns a form such as {@code ServqualSummary{SERVQUAL 1988, n=250, overall gap=-0.8 (95% CI …)}}. */
  @Override
  public String toString() {
    return "ServqualSummary{" + sums.instrument.name() + ", n=" + sums.n
        + (sums.n < 2 ? "" : ", overall gap=" + overallGap()) + "}";
  }
}
