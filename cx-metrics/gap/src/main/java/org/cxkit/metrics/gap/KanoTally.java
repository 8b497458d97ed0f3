package org.cxkit.metrics.gap;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collector;

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
 * <p>Counts are exact, so tallies merged from parts equal the tally of the whole. This class is
 * immutable and thread-safe.
 */
public final class KanoTally {
  /** Tie-break order: earlier wins. */
  private static final KanoCategory[] PRIORITY = {
    KanoCategory.MUST_BE, KanoCategory.ONE_DIMENSIONAL, KanoCategory.ATTRACTIVE, KanoCategory.INDIFFERENT,
    KanoCategory.REVERSE, KanoCategory.QUESTIONABLE,
  };

  private final long[] counts;

  KanoTally(long[] counts) {
    this.counts = counts;
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
   * Returns a collector of categories into a tally.
   *
   * @return the collector
   */
  public static Collector<KanoCategory, ?, KanoTally> toKanoTally() {
    return Collector.of(KanoTally::accumulator, KanoAccumulator::add, KanoAccumulator::merge,
        KanoAccumulator::snapshot);
  }

  /**
   * Obtains a tally from counts.
   *
   * @param counts respondents per category; categories not named count zero; each zero or more
   * @return the tally
   * @throws IllegalArgumentException if a count is negative
   */
  public static KanoTally of(Map<KanoCategory, Long> counts) {
    long[] c = new long[KanoCategory.values().length];
    counts.forEach((k, v) -> {
      if (v < 0) {
        throw new IllegalArgumentException("Invalid value for count of " + k + " (must not be negative): " + v);
      }
      c[k.ordinal()] = v;
    });
    return new KanoTally(c);
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
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Returns how many respondents were tallied.
   *
   * @return the count, zero or more
   */
  public long total() {
    return Arrays.stream(counts).sum();
  }

  /**
   * Returns the feature's category: the most frequent, ties broken must-be, one-dimensional,
   * attractive, indifferent, reverse, questionable.
   *
   * @return the category
   * @throws IllegalStateException if the tally is empty
   */
  public KanoCategory category() {
    if (total() == 0) {
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
