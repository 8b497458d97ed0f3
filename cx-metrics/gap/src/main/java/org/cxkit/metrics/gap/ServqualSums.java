package org.cxkit.metrics.gap;

import java.util.Arrays;
import java.util.Objects;

/**
 * The sufficient statistics of a set of SERVQUAL responses: exact integer sums of every item's
 * gap, perception and expectation and their squares, and the sums and cross-products of the
 * per-respondent dimension sums of gaps and perceptions, from which the mean and variance of any
 * fixed linear combination of dimension scores follow exactly (before the final rounding). Only the
 * respondent-weighted gap, whose weights differ by respondent, is summed in floating point.
 *
 * <p>Mutable and not thread-safe; the accumulator owns one, a summary owns a private copy.
 */
final class ServqualSums {
  final ServqualInstrument instrument;
  final int items;
  final int dims;
  long n;
  final long[] itemGap;
  final long[] itemGapSq;
  final long[] itemPerception;
  final long[] itemPerceptionSq;
  final long[] itemExpectation;
  final long[] itemExpectationSq;
  /** Σ over respondents of v, v = (gap sum of each dimension, then perception sum of each dimension). */
  final long[] vector;
  /** Σ over respondents of v vᵀ, row-major, upper triangle filled. */
  final long[] cross;
  final long[] dimExpectation;
  final long[] dimExpectationSq;
  long weightedCount;
  double weightedSum;
  double weightedSq;
  // Scratch space for add(); never part of the state.
  private final int[] scratch;

  ServqualSums(ServqualInstrument instrument) {
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    items = instrument.itemCount();
    dims = instrument.dimensions().size();
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
    scratch = new int[3 * dims];
  }

  ServqualSums copy() {
    ServqualSums c = new ServqualSums(instrument);
    c.merge(this);
    return c;
  }

  void add(ServqualResponse response) {
    // Identity first: comparing 22 items by value on every add would cost more than the sums.
    if (response.instrument() != instrument && !response.instrument().equals(instrument)) {
      throw new IllegalArgumentException("Invalid value for response instrument (must be " + instrument.name()
          + "): " + response.instrument().name());
    }
    int[] v = scratch;
    Arrays.fill(v, 0);
    int[] dimOf = instrument.dimensionOfItem;
    boolean[] reversed = instrument.reversed;
    int flip = instrument.scale().min() + instrument.scale().max();
    int[] perceptions = response.perceptionAnswers();
    int[] expectations = response.expectationAnswers();
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
      int d = dimOf[i];
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
    int[] points = response.importancePoints();
    if (points != null) {
      double w = 0;
      for (int d = 0; d < dims; d++) {
        w += points[d] * ((double) v[d] / instrument.itemsPerDimension[d]);
      }
      w /= 100;
      weightedCount++;
      weightedSum += w;
      weightedSq += w * w;
    }
    n++;
  }

  /** The one merge path. */
  void merge(ServqualSums other) {
    if (!other.instrument.equals(instrument)) {
      throw new IllegalArgumentException("Invalid value for merged instrument (must be " + instrument.name() + "): "
          + other.instrument.name());
    }
    n += other.n;
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
    weightedSum += other.weightedSum;
    weightedSq += other.weightedSq;
  }

  private static void addInto(long[] target, long[] source) {
    for (int i = 0; i < target.length; i++) {
      target[i] += source[i];
    }
  }

  long crossAt(int a, int b) {
    int width = 2 * dims;
    return a <= b ? cross[a * width + b] : cross[b * width + a];
  }

  boolean sameState(ServqualSums o) {
    return n == o.n && instrument.equals(o.instrument) && Arrays.equals(itemGap, o.itemGap)
        && Arrays.equals(itemGapSq, o.itemGapSq) && Arrays.equals(itemPerception, o.itemPerception)
        && Arrays.equals(itemPerceptionSq, o.itemPerceptionSq) && Arrays.equals(itemExpectation, o.itemExpectation)
        && Arrays.equals(itemExpectationSq, o.itemExpectationSq) && Arrays.equals(vector, o.vector)
        && Arrays.equals(cross, o.cross) && Arrays.equals(dimExpectation, o.dimExpectation)
        && Arrays.equals(dimExpectationSq, o.dimExpectationSq) && weightedCount == o.weightedCount
        && Double.compare(weightedSum, o.weightedSum) == 0 && Double.compare(weightedSq, o.weightedSq) == 0;
  }

  int stateHash() {
    return Objects.hash(instrument, n, Arrays.hashCode(vector), Arrays.hashCode(cross), Arrays.hashCode(itemGap),
        weightedCount, weightedSum);
  }
}
