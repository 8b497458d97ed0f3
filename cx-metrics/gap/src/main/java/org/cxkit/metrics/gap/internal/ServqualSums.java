package org.cxkit.metrics.gap.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;

/**
 * The sufficient statistics of a set of answers to a gap instrument, all exact integer sums: every
 * item's gap, perception and expectation and their squares; per respondent the dimension sums of
 * gaps and perceptions, summed with their cross-products, from which the mean and variance of any
 * fixed linear combination of dimension scores follow; the dimension sums of expectations and their
 * squares; and, over the respondents who gave importance points, the sums and cross-products of
 * {@code points(d) · gap sum(d)}, from which the respondent-weighted gap follows. Each figure is
 * rounded once, at the end, so merged sums give bit for bit the figures of the whole.
 *
 * <p>The instrument's shape comes in as tables (dimension of each item, reversed items, items per
 * dimension), so that this class knows no API type; answers come in as given, and reverse-scored
 * ones are reversed here ({@code x' = min + max − x}).
 *
 * <p>Not API. Mutable and not thread-safe; an accumulator owns one, a summary a private copy.
 */
public final class ServqualSums {
  private final int items;
  private final int dims;
  private final int[] dimensionOfItem;
  private final boolean[] reversed;
  private final int[] itemsPerDimension;
  private final int flip;
  private long n;
  private final long[] itemGap;
  private final long[] itemGapSq;
  private final long[] itemPerception;
  private final long[] itemPerceptionSq;
  private final long[] itemExpectation;
  private final long[] itemExpectationSq;
  /** Σ over respondents of v, v = (gap sum of each dimension, then perception sum of each dimension). */
  private final long[] vector;
  /** Σ over respondents of v vᵀ, row-major, upper triangle filled. */
  private final long[] cross;
  private final long[] dimExpectation;
  private final long[] dimExpectationSq;
  private long weightedCount;
  /** Σ over respondents with points of u, u(d) = points(d) · gap sum(d). */
  private final long[] weightedVector;
  /** Σ over respondents with points of u uᵀ, row-major, upper triangle filled. */
  private final long[] weightedCross;
  // Scratch space for add(); never part of the state.
  private final int[] scratch;

  /**
   * Creates empty sums for an instrument's shape. The tables are kept, not copied: the caller must
   * never change them.
   *
   * @param dimensionOfItem the dimension index of each item, in item order
   * @param reversed whether each item is reverse-scored, in item order
   * @param itemsPerDimension how many items each dimension has, each at least 1
   * @param flip {@code min + max} of the answer scale, for reverse scoring
   */
  public ServqualSums(int[] dimensionOfItem, boolean[] reversed, int[] itemsPerDimension, int flip) {
    this.dimensionOfItem = Objects.requireNonNull(dimensionOfItem, "dimensionOfItem");
    this.reversed = Objects.requireNonNull(reversed, "reversed");
    this.itemsPerDimension = Objects.requireNonNull(itemsPerDimension, "itemsPerDimension");
    this.flip = flip;
    items = dimensionOfItem.length;
    dims = itemsPerDimension.length;
    itemGap = new long[items];
    itemGapSq = new long[items];
    itemPerception = new long[items];
    itemPerceptionSq = new long[items];
    itemExpectation = new long[items];
    itemExpectationSq = new long[items];
    vector = new long[2 * dims];
    cross = new long[4 * dims * dims];
    dimExpectation = new long[dims];
    dimExpectationSq = new long[dims];
    weightedVector = new long[dims];
    weightedCross = new long[dims * dims];
    scratch = new int[3 * dims];
  }

  /**
   * Returns a copy that does not follow this one.
   *
   * @return the copy
   */
  public ServqualSums copy() {
    ServqualSums c = new ServqualSums(dimensionOfItem, reversed, itemsPerDimension, flip);
    c.merge(this);
    return c;
  }

  /**
   * Adds one respondent without importance points.
   *
   * @param perceptions the perception answers as given, in item order, already checked
   * @param expectations the expectation answers as given, in item order, already checked
   */
  public void add(int[] perceptions, int[] expectations) {
    addAnswers(perceptions, expectations);
  }

  /**
   * Adds one respondent with importance points.
   *
   * @param perceptions the perception answers as given, in item order, already checked
   * @param expectations the expectation answers as given, in item order, already checked
   * @param points the importance points in dimension order, already checked
   */
  public void add(int[] perceptions, int[] expectations, int[] points) {
    int[] v = addAnswers(perceptions, expectations);
    for (int a = 0; a < dims; a++) {
      long ua = (long) points[a] * v[a];
      weightedVector[a] += ua;
      int row = a * dims;
      for (int b = a; b < dims; b++) {
        weightedCross[row + b] += ua * ((long) points[b] * v[b]);
      }
    }
    weightedCount++;
  }

  private int[] addAnswers(int[] perceptions, int[] expectations) {
    long count = Checks.addExact("count", n, 1);
    int[] v = scratch;
    Arrays.fill(v, 0);
    for (int i = 0; i < items; i++) {
      int p = perceptions[i];
      int e = expectations[i];
      if (reversed[i]) {
        p = flip - p;
        e = flip - e;
      }
      int g = p - e;
      itemGap[i] += g;
      itemGapSq[i] += g * g;
      itemPerception[i] += p;
      itemPerceptionSq[i] += p * p;
      itemExpectation[i] += e;
      itemExpectationSq[i] += e * e;
      int d = dimensionOfItem[i];
      v[d] += g;
      v[dims + d] += p;
      v[2 * dims + d] += e;
    }
    int width = 2 * dims;
    for (int a = 0; a < width; a++) {
      long va = v[a];
      vector[a] += va;
      int row = a * width;
      for (int b = a; b < width; b++) {
        cross[row + b] += va * v[b];
      }
    }
    for (int d = 0; d < dims; d++) {
      long e = v[2 * dims + d];
      dimExpectation[d] += e;
      dimExpectationSq[d] += e * e;
    }
    n = count;
    return v;
  }

  /**
   * Adds everything other sums of the same shape hold: the one merge path.
   *
   * @param other sums of the same instrument
   * @throws IllegalArgumentException if the count would overflow
   */
  public void merge(ServqualSums other) {
    n = Checks.addExact("count", n, other.n);
    addInto(itemGap, other.itemGap);
    addInto(itemGapSq, other.itemGapSq);
    addInto(itemPerception, other.itemPerception);
    addInto(itemPerceptionSq, other.itemPerceptionSq);
    addInto(itemExpectation, other.itemExpectation);
    addInto(itemExpectationSq, other.itemExpectationSq);
    addInto(vector, other.vector);
    addInto(cross, other.cross);
    addInto(dimExpectation, other.dimExpectation);
    addInto(dimExpectationSq, other.dimExpectationSq);
    weightedCount += other.weightedCount;
    addInto(weightedVector, other.weightedVector);
    addInto(weightedCross, other.weightedCross);
  }

  private static void addInto(long[] target, long[] source) {
    for (int i = 0; i < target.length; i++) {
      target[i] += source[i];
    }
  }

  /**
   * Returns how many respondents were added.
   *
   * @return the count, zero or more
   */
  public long count() {
    return n;
  }

  /**
   * Returns how many respondents gave importance points.
   *
   * @return the count, zero or more
   */
  public long weightedCount() {
    return weightedCount;
  }

  /**
   * Returns the number of dimensions.
   *
   * @return the count, at least 1
   */
  public int dimensions() {
    return dims;
  }

  /**
   * Returns the mean gap of an item with its interval.
   *
   * @param item the item index
   * @param what the figure's name
   * @param confidence the confidence policy
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents were added
   */
  public Estimate itemGap(int item, String what, Confidence confidence) {
    return integerMean(what, itemGap[item], itemGapSq[item], confidence);
  }

  /**
   * Returns the mean perception of an item, reverse scoring applied, with its interval.
   *
   * @param item the item index
   * @param what the figure's name
   * @param confidence the confidence policy
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents were added
   */
  public Estimate itemPerception(int item, String what, Confidence confidence) {
    return integerMean(what, itemPerception[item], itemPerceptionSq[item], confidence);
  }

  /**
   * Returns the mean expectation of an item, reverse scoring applied, with its interval.
   *
   * @param item the item index
   * @param what the figure's name
   * @param confidence the confidence policy
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents were added
   */
  public Estimate itemExpectation(int item, String what, Confidence confidence) {
    return integerMean(what, itemExpectation[item], itemExpectationSq[item], confidence);
  }

  /**
   * Returns the mean expectation on a dimension (its item mean) with its interval.
   *
   * @param d the dimension index
   * @param what the figure's name
   * @param confidence the confidence policy
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents were added
   */
  public Estimate dimensionExpectation(int d, String what, Confidence confidence) {
    Moments.requireTwo(what, n);
    double k = itemsPerDimension[d];
    double mean = dimExpectation[d] / k / n;
    double variance = covariance(n, dimExpectation[d], dimExpectation[d], dimExpectationSq[d]) / (k * k);
    return Moments.studentT(what, n, mean, variance, confidence);
  }

  /**
   * Returns the mean over respondents of {@code Σ_a c(a) v(a)}, {@code v} the respondent's gap sum
   * of each dimension followed by their perception sum of each dimension, with its interval: the
   * variance is {@code cᵀ Σ c}, {@code Σ} the covariance matrix of {@code v}.
   *
   * @param what the figure's name
   * @param c the coefficients, {@code 2 · dimensions()} of them
   * @param confidence the confidence policy
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents were added
   */
  public Estimate combination(String what, double[] c, Confidence confidence) {
    return combination(what, n, vector, cross, 2 * dims, c, confidence);
  }

  /**
   * Returns the mean over the respondents who gave points of their own weighted gap
   * {@code Σ_d points(d) · gap sum(d) / (100 · k(d))}, with its interval.
   *
   * @param what the figure's name
   * @param confidence the confidence policy
   * @return the estimate
   * @throws IllegalStateException if fewer than two respondents gave points
   */
  public Estimate respondentWeighted(String what, Confidence confidence) {
    double[] c = new double[dims];
    for (int d = 0; d < dims; d++) {
      c[d] = 1.0 / (100.0 * itemsPerDimension[d]);
    }
    return combination(what, weightedCount, weightedVector, weightedCross, dims, c, confidence);
  }

  private static Estimate combination(String what, long count, long[] sums, long[] crossUpper, int width, double[] c,
      Confidence confidence) {
    Moments.requireTwo(what, count);
    double mean = 0;
    double variance = 0;
    for (int a = 0; a < width; a++) {
      if (c[a] == 0) {
        continue;
      }
      mean += c[a] * sums[a];
      for (int b = 0; b < width; b++) {
        if (c[b] != 0) {
          long sumAb = a <= b ? crossUpper[a * width + b] : crossUpper[b * width + a];
          variance += c[a] * c[b] * covariance(count, sums[a], sums[b], sumAb);
        }
      }
    }
    return Moments.studentT(what, count, mean / count, variance, confidence);
  }

  private Estimate integerMean(String what, long sum, long sumSq, Confidence confidence) {
    Moments.requireTwo(what, n);
    return Moments.studentT(what, n, (double) sum / n, covariance(n, sum, sum, sumSq), confidence);
  }

  /**
   * Returns the sample covariance of two integer series from their exact sums, rounded once:
   * {@code (n Σxy − Σx Σy) / (n (n − 1))}.
   */
  static double covariance(long n, long sumX, long sumY, long sumXy) {
    BigInteger numerator = BigInteger.valueOf(n).multiply(BigInteger.valueOf(sumXy))
        .subtract(BigInteger.valueOf(sumX).multiply(BigInteger.valueOf(sumY)));
    double denominator = (double) n * (double) (n - 1);
    return numerator.doubleValue() / denominator;
  }

  /**
   * Tells whether other sums hold exactly the same state.
   *
   * @param o the other sums
   * @return true if every sum is equal
   */
  public boolean sameState(ServqualSums o) {
    return n == o.n && flip == o.flip && Arrays.equals(dimensionOfItem, o.dimensionOfItem)
        && Arrays.equals(reversed, o.reversed) && Arrays.equals(itemGap, o.itemGap)
        && Arrays.equals(itemGapSq, o.itemGapSq) && Arrays.equals(itemPerception, o.itemPerception)
        && Arrays.equals(itemPerceptionSq, o.itemPerceptionSq) && Arrays.equals(itemExpectation, o.itemExpectation)
        && Arrays.equals(itemExpectationSq, o.itemExpectationSq) && Arrays.equals(vector, o.vector)
        && Arrays.equals(cross, o.cross) && Arrays.equals(dimExpectation, o.dimExpectation)
        && Arrays.equals(dimExpectationSq, o.dimExpectationSq) && weightedCount == o.weightedCount
        && Arrays.equals(weightedVector, o.weightedVector) && Arrays.equals(weightedCross, o.weightedCross);
  }

  /**
   * Returns a hash of the state, consistent with {@link #sameState}.
   *
   * @return the hash
   */
  public int stateHash() {
    return Objects.hash(n, Arrays.hashCode(vector), Arrays.hashCode(cross), Arrays.hashCode(itemGap), weightedCount,
        Arrays.hashCode(weightedVector));
  }
}
