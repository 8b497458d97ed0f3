package org.cxkit.metrics.gap.kano;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;

/**
 * How many respondents put one feature in each Kano category, with the feature's category and its
 * customer-satisfaction coefficients.
 *
 * <ul>
 *   <li>category: the most frequent; ties are broken in the order must-be, one-dimensional,
 *       attractive, indifferent (the "M &gt; O &gt; A &gt; I" rule of Berger et al. 1993: when in
 *       doubt, the category with the larger effect on dissatisfaction wins), then reverse, then
 *       questionable;
 *   <li>better = {@code (A + O) / (A + O + M + I)}, from 0 to 1: how far meeting the feature raises
 *       satisfaction;
 *   <li>worse = {@code −(O + M) / (A + O + M + I)}, from −1 to 0: how far missing it lowers
 *       satisfaction (Berger et al. 1993). Reverse and questionable answers are left out of both.
 * </ul>
 *
 * <p>Counts are exact, so tallies merged from parts equal the tally of the whole; a total beyond
 * {@link Long#MAX_VALUE} is rejected with {@link IllegalArgumentException} naming the count, never
 * wrapped around.
 *
 * <p>Empty input: a tally of no respondents has {@link #count()} 0 and every category count 0;
 * {@link #category()}, {@link #better()} and {@link #worse()} then throw {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KanoTally {
  /** Tie-break order: earlier wins. */
  private static final KanoCategory[] PRIORITY = {
    KanoCategory.MUST_BE, KanoCategory.ONE_DIMENSIONAL, KanoCategory.ATTRACTIVE, KanoCategory.INDIFFERENT,
    KanoCategory.REVERSE, KanoCategory.QUESTIONABLE,
  };

  private final long[] counts;
  private final long count;

  KanoTally(long[] counts, long count) {
    this.counts = counts;
    this.count = count;
  }

  /**
   * Returns an empty accumulator, to add categories one at a time.
   *
   * @return a new accumulator
   */
  public static KanoAccumulator accumulator() {
    return KanoAccumulator.create();
  }

  /**
   * Returns a collector of categories into a tally, unordered and safe on parallel streams.
   *
   * @return the collector
   */
  public static Collector<KanoCategory, KanoAccumulator, KanoTally> toKanoTally() {
    return Accumulators.collector(KanoAccumulator::create);
  }

  /**
   * Obtains a tally from counts.
   *
   * @param counts respondents per category; categories not named count zero; each zero or more, and
   *     their total at most {@link Long#MAX_VALUE}
   * @return the tally
   * @throws IllegalArgumentException if a count is negative, or the total overflows a {@code long}
   */
  public static KanoTally of(Map<KanoCategory, Long> counts) {
    long[] c = new long[KanoCategory.values().length];
    long total = 0;
    for (Map.Entry<KanoCategory, Long> e : counts.entrySet()) {
      KanoCategory k = Objects.requireNonNull(e.getKey(), "category");
      long v = Checks.nonNegative("count of " + k, Objects.requireNonNull(e.getValue(), "count"));
      total = Checks.addExact("count", total, v);
      c[k.ordinal()] = v;
    }
    return new KanoTally(c, total);
  }

  /**
   * Returns the count of a category.
   *
   * @param category the category
   * @return the count, zero or more
   */
  public long count(KanoCategory category) {
    return counts[category.ordinal()];
  }

  /**
   * Returns every count.
   *
   * @return category to count, every category present
   */
  public Map<KanoCategory, Long> counts() {
    Map<KanoCategory, Long> m = new EnumMap<>(KanoCategory.class);
    for (KanoCategory k : KanoCategory.values()) {
      m.put(k, counts[k.ordinal()]);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns how many respondents were tallied.
   *
   * @return the count, zero or more
   */
  public long count() {
    return count;
  }

  /**
   * Returns the feature's category: the most frequent, ties broken must-be, one-dimensional,
   * attractive, indifferent, reverse, questionable.
   *
   * @return the category
   * @throws IllegalStateException if the tally is empty
   */
  public KanoCategory category() {
    if (count == 0) {
      throw new IllegalStateException("Cannot categorise a feature from an empty Kano tally");
    }
    KanoCategory best = PRIORITY[0];
    for (KanoCategory k : PRIORITY) {
      if (count(k) > count(best)) {
        best = k;
      }
    }
    return best;
  }

  /**
   * Returns the better coefficient, {@code (A + O) / (A + O + M + I)}.
   *
   * @return from 0 to 1
   * @throws IllegalStateException if no respondent answered A, O, M or I
   */
  public double better() {
    return (count(KanoCategory.ATTRACTIVE) + count(KanoCategory.ONE_DIMENSIONAL)) / (double) coefficientBase();
  }

  /**
   * Returns the worse coefficient, {@code −(O + M) / (A + O + M + I)}.
   *
   * @return from −1 to 0
   * @throws IllegalStateException if no respondent answered A, O, M or I
   */
  public double worse() {
    return -(count(KanoCategory.ONE_DIMENSIONAL) + count(KanoCategory.MUST_BE)) / (double) coefficientBase();
  }

  private long coefficientBase() {
    long base = count(KanoCategory.ATTRACTIVE) + count(KanoCategory.ONE_DIMENSIONAL) + count(KanoCategory.MUST_BE)
        + count(KanoCategory.INDIFFERENT);
    if (base == 0) {
      throw new IllegalStateException(
          "Cannot compute a satisfaction coefficient without attractive, one-dimensional, must-be or indifferent answers");
    }
    return base;
  }

  long[] rawCounts() {
    return counts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KanoTally t && Arrays.equals(counts, t.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /** Returns a form such as {@code KanoTally{ATTRACTIVE=10, ONE_DIMENSIONAL=5, ...}}. */
  @Override
  public String toString() {
    return "KanoTally" + counts();
  }
}
