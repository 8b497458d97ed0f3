package org.cxkit.metrics.satisfaction;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.stat.Intervals;

/**
 * Counts of answers per point of a scale, the exact and mergeable core of the CSAT and CES tallies,
 * and the figures read from them: shares of a range of answers (Wilson), net shares (top boxes minus
 * bottom boxes, Wald) and the mean (Student t). Mutable only inside this package: {@link Csat} and
 * {@link Ces} hold copies they never change.
 */
final class ScoreCounts {
  /** The largest scale a tally accepts: one counter per answer, so memory grows with the scale. */
  static final int MAX_POINTS = 10_001;

  /** The code of an answer or tally recorded on another scale than the tally's. */
  static final ReasonCode SCALE_MISMATCH = ReasonCode.of("scale-mismatch");

  final Scale scale;
  final long[] counts;
  long total;

  ScoreCounts(Scale scale) {
    Objects.requireNonNull(scale, "scale");
    long points = (long) scale.max() - scale.min() + 1;
    if (points > MAX_POINTS) {
      throw Checks.invalid(ReasonCode.TOO_LARGE, "scale", "must have at most " + MAX_POINTS + " answers", scale);
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

  // Every count is at most the total, so checking the total for overflow first guards every count.

  void add(String field, int score) {
    scale.check(field, score);
    total = Checks.addExact("count", total, 1);
    counts[score - scale.min()]++;
  }

  void add(String field, int score, long count) {
    scale.check(field, score);
    Checks.nonNegative("count", count);
    total = Checks.addExact("count", total, count);
    counts[score - scale.min()] += count;
  }

  void addAll(String field, int[] scores) {
    long newTotal = Checks.addExact("count", total, scores.length);
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
    total = newTotal;
  }

  void merge(ScoreCounts other) {
    if (!scale.equals(other.scale)) {
      throw Checks.invalid(SCALE_MISMATCH, "scale",
          "a tally on " + scale + " merges only with one on the same scale", other.scale);
    }
    long newTotal = Checks.addExact("count", total, other.total);
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    total = newTotal;
  }

  long count(int answer) {
    return scale.contains(answer) ? counts[answer - scale.min()] : 0;
  }

  /** Returns how many answers lie from {@code lowest} to {@code highest}, both included. */
  long countBetween(int lowest, int highest) {
    long sum = 0;
    for (long answer = Math.max(lowest, scale.min()); answer <= Math.min(highest, scale.max()); answer++) {
      sum += counts[(int) (answer - scale.min())];
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

  /** The share of answers from {@code lowest} to {@code highest} with its Wilson interval. */
  Estimate share(String figure, int lowest, int highest, Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    checkNotEmpty(figure);
    return Intervals.wilson(countBetween(lowest, highest), total, confidence);
  }

  /**
   * The share of answers from {@code topLowest} up minus the share of answers up to
   * {@code bottomHighest}, from -1 to 1, with its Wald interval: the two shares come from one
   * multinomial sample, so the variance of their difference is {@code [pT + pB - (pT - pB)²] / n}
   * (as for NPS), and the interval {@code value ± z · SE} is limited to [-1, 1].
   */
  Estimate net(String figure, int topLowest, int bottomHighest, Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    checkNotEmpty(figure);
    long top = countBetween(topLowest, scale.max());
    long bottom = countBetween(scale.min(), bottomHighest);
    double n = total;
    double pTop = top / n;
    double pBottom = bottom / n;
    // The difference of the counts is exact; dividing once keeps the value exact where it can be.
    double value = (top - bottom) / n;
    double perAnswerVariance = Math.max(0, pTop + pBottom - value * value);
    double se = Math.sqrt(perAnswerVariance / n);
    double half = confidence.criticalValue() * se;
    return Estimate.of(value, total, Math.max(-1, Math.min(value, value - half)),
        Math.min(1, Math.max(value, value + half)), IntervalMethod.WALD, confidence).withStandardError(se);
  }

  Estimate mean(String figure, Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
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
      return Estimate.of(mean, total, scale.min(), scale.max(), IntervalMethod.WHOLE_RANGE, confidence);
    }
    // The mean of answers on a bounded scale cannot leave it, so intersecting the t interval with the
    // scale loses no coverage.
    Estimate t = Intervals.studentT(mean, variance, total, confidence);
    Estimate bounded = Estimate.of(mean, total, Math.max(scale.min(), t.lower()), Math.min(scale.max(), t.upper()),
        IntervalMethod.STUDENT_T, confidence);
    return bounded.withStandardError(t.standardError().orElseThrow());
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
      // Not an error: the exact sum is taken again in BigInteger.
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
