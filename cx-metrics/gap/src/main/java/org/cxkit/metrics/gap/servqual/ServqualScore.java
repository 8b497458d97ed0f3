package org.cxkit.metrics.gap.servqual;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cxkit.core.experience.QualityDimension;

/**
 * One respondent's SERVQUAL and SERVPERF scores.
 *
 * <p>Definitions (Parasuraman, Zeithaml and Berry 1988; Zeithaml, Parasuraman and Berry 1990), with
 * reverse-scored answers already reversed ({@code x' = min + max − x}):
 * <ul>
 *   <li>item gap: {@code G(i) = P(i) − E(i)}; negative when expectations were not met;
 *   <li>dimension gap: the mean of the item gaps of the dimension, {@code G(d) = Σ_{i∈d} G(i) / k(d)};
 *   <li>overall gap: by default the unweighted mean of the dimension gaps, {@code Σ_d G(d) / D}, so
 *       that every dimension counts equally whatever its number of items (SERVQUAL's own); or the
 *       mean of the item gaps ({@link OverallMean});
 *   <li>weighted gap: {@code Σ_d points(d) · G(d) / 100}; equal points give the overall gap;
 *   <li>SERVPERF (Cronin and Taylor 1992): the same means taken over the perceptions alone, except
 *       that the overall perception is by default the mean of all the item perceptions, as Cronin and
 *       Taylor define it ({@link OverallMean#OF_ITEMS}).
 * </ul>
 *
 * <p>Empty input: none; a score is always of one complete response.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServqualScore {
  private final ServqualResponse response;
  private final ServqualInstrument instrument;
  private final int[] gapSums;
  private final int[] perceptionSums;
  private final int[] expectationSums;

  ServqualScore(ServqualResponse response) {
    this.response = response;
    this.instrument = response.instrument();
    int dims = instrument.dimensions().size();
    gapSums = new int[dims];
    perceptionSums = new int[dims];
    expectationSums = new int[dims];
    for (int i = 0; i < instrument.itemCount(); i++) {
      int d = instrument.dimensionOfItem[i];
      int p = response.scoredPerception(i);
      int e = response.scoredExpectation(i);
      gapSums[d] += p - e;
      perceptionSums[d] += p;
      expectationSums[d] += e;
    }
  }

  /**
   * Returns the gap on one item, reverse scoring applied.
   *
   * @param number the item number
   * @return {@code P − E}, from {@code min − max} to {@code max − min}
   * @throws IllegalArgumentException if no item has that number
   */
  public int itemGap(int number) {
    int i = instrument.itemIndex(number);
    return response.scoredPerception(i) - response.scoredExpectation(i);
  }

  /**
   * Returns the gap on a dimension: the mean of its item gaps.
   *
   * @param dimension a dimension of the instrument
   * @return the gap
   * @throws IllegalArgumentException if the dimension is not one of the instrument's
   */
  public double dimensionGap(QualityDimension dimension) {
    int d = instrument.dimensionIndex(dimension);
    return (double) gapSums[d] / instrument.itemsPerDimension[d];
  }

  /**
   * Returns every dimension gap, in the instrument's dimension order.
   *
   * @return dimension to gap
   */
  public Map<QualityDimension, Double> dimensionGaps() {
    Map<QualityDimension, Double> result = new LinkedHashMap<>();
    instrument.dimensions().forEach(d -> result.put(d, dimensionGap(d)));
    return Collections.unmodifiableMap(result);
  }

  /**
   * Returns the overall gap as SERVQUAL defines it: the unweighted mean of the dimension gaps
   * ({@link OverallMean#OF_DIMENSIONS}).
   *
   * @return the gap
   */
  public double overallGap() {
    return overallGap(OverallMean.OF_DIMENSIONS);
  }

  /**
   * Returns the overall gap, averaged as chosen.
   *
   * @param mean the mean of the item gaps, or the unweighted mean of the dimension gaps
   * @return the gap
   */
  public double overallGap(OverallMean mean) {
    return overall(gapSums, mean);
  }

  /**
   * Returns the gap weighted by importance points: {@code Σ points(d) · G(d) / 100}.
   *
   * @param weights points for exactly the instrument's dimensions
   * @return the weighted gap
   * @throws IllegalArgumentException if the weights name other dimensions than the instrument's
   */
  public double weightedGap(ImportanceWeights weights) {
    return weighted(weights.pointsFor(instrument));
  }

  /**
   * Returns the gap weighted by the respondent's own importance points, if they gave any.
   *
   * @return the weighted gap, or empty
   */
  public OptionalDouble respondentWeightedGap() {
    int[] points = response.importancePoints();
    return points == null ? OptionalDouble.empty() : OptionalDouble.of(weighted(points));
  }

  /**
   * Returns the mean perception on a dimension (SERVPERF), reverse scoring applied.
   *
   * @param dimension a dimension of the instrument
   * @return the mean, on the instrument's scale
   * @throws IllegalArgumentException if the dimension is not one of the instrument's
   */
  public double dimensionPerception(QualityDimension dimension) {
    int d = instrument.dimensionIndex(dimension);
    return (double) perceptionSums[d] / instrument.itemsPerDimension[d];
  }

  /**
   * Returns the overall SERVPERF score as Cronin and Taylor (1992) define it: the mean of every item's
   * perception ({@link OverallMean#OF_ITEMS}).
   *
   * @return the score, on the instrument's scale
   */
  public double overallPerception() {
    return overallPerception(OverallMean.OF_ITEMS);
  }

  /**
   * Returns the overall perception, averaged as chosen.
   *
   * @param mean the mean of the item perceptions, or the unweighted mean of the dimension means
   * @return the score, on the instrument's scale
   */
  public double overallPerception(OverallMean mean) {
    return overall(perceptionSums, mean);
  }

  /**
   * Returns the mean expectation on a dimension, reverse scoring applied.
   *
   * @param dimension a dimension of the instrument
   * @return the mean, on the instrument's scale
   * @throws IllegalArgumentException if the dimension is not one of the instrument's
   */
  public double dimensionExpectation(QualityDimension dimension) {
    int d = instrument.dimensionIndex(dimension);
    return (double) expectationSums[d] / instrument.itemsPerDimension[d];
  }

  private double overall(int[] sums, OverallMean mean) {
    if (Objects.requireNonNull(mean, "mean") == OverallMean.OF_ITEMS) {
      long total = 0;
      for (int sum : sums) {
        total += sum;
      }
      return (double) total / instrument.itemCount();
    }
    double total = 0;
    for (int d = 0; d < sums.length; d++) {
      total += (double) sums[d] / instrument.itemsPerDimension[d];
    }
    return total / sums.length;
  }

  private double weighted(int[] points) {
    double total = 0;
    for (int d = 0; d < gapSums.length; d++) {
      total += points[d] * ((double) gapSums[d] / instrument.itemsPerDimension[d]);
    }
    return total / 100;
  }

  /** Returns a form listing the dimension gaps and the overall gap. */
  @Override
  public String toString() {
    return "ServqualScore{gaps=" + dimensionGaps() + ", overall=" + overallGap()
        + ", servperf=" + overallPerception() + ", sums=" + Arrays.toString(gapSums) + "}";
  }
}
