package org.cxkit.metrics.nps;

import java.util.Objects;
import org.cxkit.core.feedback.NpsResponse;

/**
 * A mutable tally of Net Promoter answers, built one answer at a time and read with
 * {@link #snapshot()}: the accumulator beside the immutable {@link NpsTally}, as Guava's
 * {@code StatsAccumulator} is beside {@code Stats}.
 *
 * <p>Counts are whole numbers, so merging is exact: accumulating parts and merging them gives the
 * same tally as accumulating the whole, in any order. {@link NpsTally#accumulator()},
 * {@link #add(int)} and {@link #merge(NpsAccumulator)} are therefore a valid supplier, accumulator
 * and combiner for {@code IntStream.collect} on a parallel stream, and {@link NpsTally#toTally()} is
 * the matching {@link java.util.stream.Collector}.
 *
 * <p>Not thread-safe: confine an instance to one thread, or merge per-thread instances.
 */
public final class NpsAccumulator {
  private long detractors;
  private long passives;
  private long promoters;

  /** Creates an empty accumulator; users call {@link NpsTally#accumulator()}. */
  NpsAccumulator() {}

  /**
   * Adds one answer.
   *
   * @param score the answer, from 0 to 10
   * @throws IllegalArgumentException if the answer is not from 0 to 10, naming the range and the value
   */
  public void add(int score) {
    if (score < NpsCategory.MIN_SCORE || score > NpsCategory.MAX_SCORE) {
      throw NpsCategory.outOfRange(score);
    }
    // Branch-free classification (see NpsTally.fromScores): on shuffled answers a branch per
    // category would be mispredicted about half the time.
    int atLeastSeven = (score + 9) >>> 4;
    int atLeastNine = (score + 7) >>> 4;
    promoters += atLeastNine;
    passives += atLeastSeven - atLeastNine;
    detractors += 1 - atLeastSeven;
  }

  /**
   * Adds the answer of a response.
   *
   * @param response the response, whose score was checked when it was built
   */
  public void add(NpsResponse response) {
    add(response.score());
  }

  /**
   * Adds every answer of a tally.
   *
   * @param tally the tally
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public void addAll(NpsTally tally) {
    merge(tally.detractors(), tally.passives(), tally.promoters());
  }

  /**
   * Adds every answer of another accumulator, which is left unchanged.
   *
   * @param other the other accumulator
   * @return this accumulator
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public NpsAccumulator merge(NpsAccumulator other) {
    merge(other.detractors, other.passives, other.promoters);
    return this;
  }

  private void merge(long moreDetractors, long morePassives, long morePromoters) {
    long d = Math.addExact(detractors, moreDetractors);
    long pa = Math.addExact(passives, morePassives);
    long p = Math.addExact(promoters, morePromoters);
    Math.addExact(Math.addExact(d, pa), p);
    detractors = d;
    passives = pa;
    promoters = p;
  }

  /**
   * Returns the number of answers added so far.
   *
   * @return the count, zero or more
   */
  public long n() {
    return detractors + passives + promoters;
  }

  /**
   * Returns the tally of the answers added so far; the accumulator may go on.
   *
   * @return an immutable tally
   */
  public NpsTally snapshot() {
    return NpsTally.of(detractors, passives, promoters);
  }

  /** Returns the counts so far, in the form of {@link NpsTally#toString()}. */
  @Override
  public String toString() {
    return "NpsAccumulator" + Objects.toString(snapshot()).substring("NpsTally".length());
  }
}
