package org.cxkit.metrics.satisfaction;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.stat.Intervals;
import org.cxkit.metrics.satisfaction.internal.Checks;

/**
 * Counts of answers per point of a scale, the exact and mergeable core of the CSAT and CES tallies.
 * Mutable only inside this package: {@link Csat} and {@link Ces} hold copies they never change.
 */
final class ScoreCounts {
  /** The largest scale a tally accepts: one counter per answer, so memory grows with the scale. */
  static final int MAX_POINTS = 10_001;

  final Scale scale;
  final long[] counts;
  long total;

  ScoreCounts(Scale scale) {
    Objects.requireNonNull(scale, "scale");
    long points = (long) scale.max() - scale.min() + 1;
    if (points > MAX_POINTS) {
      throw new IllegalArgumentException(
          "Invalid value for scale (must have at most " + MAX_POINTS + " answers): " + scale);
    }
    this.scale = scale;
    this.counts = new long[(int) points];
  }

  ScoreCounts copy() {
    ScoreCounts copy = new ScoreCounts(scale);
    System.arraycopy(counts, 0, copy.counts, 0, counts.length);
    copy.total = total;
    return copy;
  }

  void add(String field, int score) {
    counts[scale.check(field, score) - scale.min()]++;
    total++;
  }

  void add(String field, int score, long count) {
    scale.check(field, score);
    if (count < 0) {
      throw new IllegalArgumentException("Invalid value for count (must not be negative): " + count);
    }
    counts[score - scale.min()] = Math.addExact(counts[score - scale.min()], count);
    total = Math.addExact(total, count);
  }

  void addAll(String field, int[] scores) {
    int min = scale.min();
    int max = scale.max();
    for (int i = 0; i < scores.length; i++) {
      int score = scores[i];
      if (score < min || score > max) {
        // Undo what this call counted, so that a bad answer leaves the tally untouched.
        for (int j = 0; j < i; j++) {
          counts[scores[j] - min]--;
        }
        scale.check(field, score);
      }
      counts[score - min]++;
    }
    total += scores.length;
  }

  void merge(ScoreCounts other) {
    if (!scale.equals(other.scale)) {
      throw new IllegalArgumentException(
          "Invalid value for scale (a tally on " + scale + " merges only with one on the same scale): " + other.scale);
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] = Math.addExact(counts[i], other.counts[i]);
    }
    total = Math.addExact(total, other.total);
  }

  long count(int answer) {
    return scale.contains(answer) ? counts[answer - scale.min()] : 0;
  }

  long countAtLeast(int lowest) {
    long sum = 0;
    for (int answer = Math.max(lowest, scale.min()); answer <= scale.max(); answer++) {
      sum += counts[answer - scale.min()];
    }
    return sum;
  }

  SortedMap<Integer, Long> distribution() {
    SortedMap<Integer, Long> map = new TreeMap<>();
    for (int i = 0; i < counts.length; i++) {
      map.put(scale.min() + i, counts[i]);
    }
    return Collections.unmodifiableSortedMap(map);
  }

  void checkNotEmpty(String figure) {
    if (total == 0) {
      throw new IllegalStateException("No answers: the " + figure + " of an empty tally does not exist");
    }
  }

  Estimate share(String figure, int lowest, double level) {
    checkNotEmpty(figure);
    return Intervals.wilson(countAtLeast(lowest), total, level);
  }

  Estimate mean(String figure, double level) {
    Checks.level(level);
    checkNotEmpty(figure);
    // The sum of answers is an exact long; the squared deviations are summed in a second pass, which
    // keeps the variance accurate when the answers are far from zero.
    double mean = exactSum().doubleValue() / total;
    double squares = 0;
    for (int i = 0; i < counts.length; i++) {
      double deviation = scale.min() + i - mean;
      squares += counts[i] * deviation * deviation;
    }
    double variance = total > 1 ? squares / (total - 1) : 0;
    mean = Math.max(scale.min(), Math.min(scale.max(), mean));
    if (total == 1) {
      // With a single answer the t interval does not exist: the interval is the whole scale.
      return Estimate.of(mean, total, scale.min(), scale.max(), level);
    }
    // The mean of answers on a bounded scale cannot leave it, so intersecting the t interval with the
    // scale loses no coverage.
    Estimate t = Intervals.studentT(mean, variance, total, level);
    return Estimate.of(mean, total, Math.max(scale.min(), t.lower()), Math.min(scale.max(), t.upper()), level);
  }

  /** Returns the sum of all answers, exactly: counts near Long.MAX_VALUE must not wrap around. */
  private BigInteger exactSum() {
    long sum = 0;
    try {
      for (int i = 0; i < counts.length; i++) {
        sum = Math.addExact(sum, Math.multiplyExact(counts[i], (long) scale.min() + i));
      }
      return BigInteger.valueOf(sum);
    } catch (ArithmeticException overflow) {
      BigInteger big = BigInteger.ZERO;
      for (int i = 0; i < counts.length; i++) {
        big = big.add(BigInteger.valueOf(counts[i]).multiply(BigInteger.valueOf((long) scale.min() + i)));
      }
      return big;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreCounts s && scale.equals(s.scale) && Arrays.equals(counts, s.counts);
  }

  @Override
  public int hashCode() {
    return 31 * scale.hashCode() + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 0) {
        text.append(text.length() > 1 ? ", " : "").append(scale.min() + i).append('=').append(counts[i]);
      }
    }
    return text.append('}').toString();
  }
}
