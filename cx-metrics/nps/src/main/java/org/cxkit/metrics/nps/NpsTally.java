package org.cxkit.metrics.nps;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.Reason;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;

/**
 * The counts of detractors, passives and promoters among answers to "How likely are you to
 * recommend ...?", and the Net Promoter Score they give: the percentage of promoters minus the
 * percentage of detractors, from -100 to 100.
 *
 * <p>The score is always computed from the counts, never from rounded percentages:
 * {@code NPS = 100 · (P - D) / n} with {@code n = D + passives + P}. Its uncertainty treats the
 * score as the difference of two shares of one multinomial sample, with variance
 * {@code 100² · [pP + pD - (pP - pD)²] / n} (Rocks 2016).
 *
 * <p>The score is reported as a core {@link Estimate} by {@link #estimate(Confidence, NpsInterval)}:
 * the observed score with its n, a Wald or adjusted Wald interval (see {@link NpsInterval}), the
 * standard error the interval was built with, on the score's scale, and the small-sample flag of the
 * {@link Confidence}.
 *
 * <p>Tallies add up exactly ({@link #plus(NpsTally)}), so a tally of parts equals the tally of the
 * whole; build one answer by answer with an {@link NpsAccumulator}, with {@link #toTally()} on a
 * stream, or in bulk with {@link #fromScores(int...)} and {@link #fromAnswers(double...)}, which set
 * aside answers that are off the scale rather than reject the whole input. Tallies per segment or
 * per {@linkplain org.cxkit.core.time.CalendarPeriod calendar period} are a core
 * {@link org.cxkit.core.result.Breakdown} with {@link #toTally()} downstream, whose total is the
 * pooled tally.
 *
 * <p>Empty input: the tally of no answers ({@link #empty()}) is a valid value whose counts are zero
 * and for which {@link #isEmpty()} is true, but it has no score, shares or interval, and asking for
 * one throws {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe; instances compare by their counts.
 */
public final class NpsTally {
  private static final NpsTally EMPTY = new NpsTally(0, 0, 0);
  private static final String EMPTY_MESSAGE =
      "No answers tallied (count = 0): an empty tally has no score, shares or interval";
  /** Answers per block of the bulk fast path: few enough that its int sums cannot overflow. */
  private static final int BLOCK = 1 << 24;
  private static final String SCALE_RULE =
      "valid values " + NpsCategory.MIN_SCORE + " - " + NpsCategory.MAX_SCORE;

  private final long detractors;
  private final long passives;
  private final long promoters;
  private final long n;

  private NpsTally(long detractors, long passives, long promoters) {
    this.detractors = detractors;
    this.passives = passives;
    this.promoters = promoters;
    this.n = total(detractors, passives, promoters);
  }

  /**
   * Returns the sum of three counts, each zero or more.
   *
   * @throws org.cxkit.core.result.InvalidValueException naming {@code count} if the sum exceeds
   *     {@link Long#MAX_VALUE}
   */
  static long total(long detractors, long passives, long promoters) {
    long some = detractors + passives;
    long all = some + promoters;
    if (some < 0 || all < 0) { // non-negative addends: an overflow wraps to a negative sum
      throw Checks.invalid(ReasonCode.TOO_LARGE, "count", "must not exceed " + Long.MAX_VALUE,
          BigInteger.valueOf(detractors).add(BigInteger.valueOf(passives)).add(BigInteger.valueOf(promoters)));
    }
    return all;
  }

  /**
   * Returns the tally of no answers.
   *
   * @return the empty tally
   */
  public static NpsTally empty() {
    return EMPTY;
  }

  /**
   * Obtains a tally from its counts, in score order.
   *
   * @param detractors the number of answers from 0 to 6, zero or more
   * @param passives the number of answers of 7 or 8, zero or more
   * @param promoters the number of answers of 9 or 10, zero or more
   * @return the tally
   * @throws IllegalArgumentException if a count is negative (naming it, code out-of-range), or if
   *     their sum exceeds {@link Long#MAX_VALUE} (naming {@code count}, code too-large)
   */
  public static NpsTally of(long detractors, long passives, long promoters) {
    Checks.nonNegative("detractors", detractors);
    Checks.nonNegative("passives", passives);
    Checks.nonNegative("promoters", promoters);
    return detractors == 0 && passives == 0 && promoters == 0
        ? EMPTY : new NpsTally(detractors, passives, promoters);
  }

  /**
   * Tallies whole-number answers, setting aside those off the 0 to 10 scale with their position and
   * a reason with code {@link ReasonCode#OUT_OF_RANGE}, field {@code score} and a message naming the
   * value ({@code Invalid value for score (valid values 0 - 10): 11}). Allocates nothing per answer
   * except for the answers set aside.
   *
   * @param scores the answers, in input order
   * @return the tally of the answers from 0 to 10, and the answers set aside
   */
  public static BulkResult<Integer, NpsTally> fromScores(int... scores) {
    Objects.requireNonNull(scores, "scores");
    // Fast path, for the usual input with every answer on the scale: count the answers that are at
    // least 7 and at least 9 by arithmetic instead of branches, (s + 9) >>> 4 being 1 exactly when
    // 7 <= s <= 10 and (s + 7) >>> 4 exactly when 9 <= s <= 10. A branch per answer would be
    // mispredicted on shuffled answers, and int sums over blocks are what the JIT vectorises. Answers
    // off the scale are only counted here, and the slow path below sets them aside.
    long n = scores.length;
    long atLeastSeven = 0;
    long atLeastNine = 0;
    long offScale = 0;
    for (int from = 0; from < scores.length; from += BLOCK) {
      int to = Math.min(scores.length, from + BLOCK);
      int seven = 0;
      int nine = 0;
      int bad = 0;
      for (int i = from; i < to; i++) {
        int s = scores[i];
        bad += (s >>> 31) | ((NpsCategory.MAX_SCORE - s) >>> 31);
        seven += (s + 9) >>> 4;
        nine += (s + 7) >>> 4;
      }
      atLeastSeven += seven;
      atLeastNine += nine;
      offScale += bad;
    }
    if (offScale == 0) {
      return BulkResult.of(of(n - atLeastSeven, atLeastSeven - atLeastNine, atLeastNine), n, List.of());
    }
    return fromScoresSettingAside(scores);
  }

  private static BulkResult<Integer, NpsTally> fromScoresSettingAside(int[] scores) {
    NpsAccumulator accumulator = new NpsAccumulator();
    List<SetAside<Integer>> setAside = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      int s = scores[i];
      if (NpsCategory.isValid(s)) {
        accumulator.add(s);
      } else {
        setAside.add(SetAside.of(i, s, reason(ReasonCode.OUT_OF_RANGE, SCALE_RULE, s)));
      }
    }
    NpsTally tally = accumulator.snapshot();
    return BulkResult.of(tally, tally.n, setAside);
  }

  /**
   * Tallies raw answers as exported from a survey tool, where an answer may be missing (NaN),
   * infinite, off the scale or fractional. Each such answer is set aside with its position and a
   * reason for the field {@code score}, so that {@link BulkResult#reasonCounts()} counts them by code:
   * <ul>
   *   <li>NaN, the usual mark of no answer in a {@code double[]} export: {@link ReasonCode#MISSING},
   *       {@code Invalid value for score (missing answer): NaN};
   *   <li>an infinity: {@link ReasonCode#NOT_FINITE},
   *       {@code Invalid value for score (must be finite): Infinity};
   *   <li>below 0 or above 10: {@link ReasonCode#OUT_OF_RANGE},
   *       {@code Invalid value for score (valid values 0 - 10): 11.0};
   *   <li>on the scale but fractional: {@link NpsCategory#NOT_A_WHOLE_NUMBER},
   *       {@code Invalid value for score (must be a whole number from 0 to 10): 7.5}.
   * </ul>
   * Set-aside answers do not enter the denominator; {@code -0.0} counts as 0.
   *
   * @param answers the raw answers, in input order
   * @return the tally of the whole-number answers from 0 to 10, and the answers set aside
   */
  public static BulkResult<Double, NpsTally> fromAnswers(double... answers) {
    Objects.requireNonNull(answers, "answers");
    NpsAccumulator accumulator = new NpsAccumulator();
    List<SetAside<Double>> setAside = new ArrayList<>();
    for (int i = 0; i < answers.length; i++) {
      double a = answers[i];
      Reason reason = reasonToSetAside(a);
      if (reason == null) {
        accumulator.add((int) a);
      } else {
        setAside.add(SetAside.of(i, a, reason));
      }
    }
    NpsTally tally = accumulator.snapshot();
    return BulkResult.of(tally, tally.n, setAside);
  }

  /** Why a raw answer cannot be counted, or null if it is a whole number from 0 to 10. */
  private static Reason reasonToSetAside(double answer) {
    if (Double.isNaN(answer)) {
      return reason(ReasonCode.MISSING, "missing answer", answer);
    }
    if (Double.isInfinite(answer)) {
      return reason(ReasonCode.NOT_FINITE, "must be finite", answer);
    }
    if (!(answer >= NpsCategory.MIN_SCORE && answer <= NpsCategory.MAX_SCORE)) {
      return reason(ReasonCode.OUT_OF_RANGE, SCALE_RULE, answer);
    }
    if (answer != Math.rint(answer)) {
      return reason(NpsCategory.NOT_A_WHOLE_NUMBER,
          "must be a whole number from " + NpsCategory.MIN_SCORE + " to " + NpsCategory.MAX_SCORE, answer);
    }
    return null;
  }

  /**
   * The reason an answer is set aside, in the message form of {@link Checks#invalid}, built without
   * an exception so that inputs with many bad answers stay cheap.
   */
  private static Reason reason(ReasonCode code, String rule, Object value) {
    return Reason.of(code, "score", "Invalid value for score (" + rule + "): " + value);
  }

  /**
   * Tallies survey responses, whose scores are checked when they are built.
   *
   * @param responses the responses
   * @return the tally
   * @throws IllegalArgumentException if there are more than {@link Long#MAX_VALUE} responses,
   *     naming {@code count}
   */
  public static NpsTally ofResponses(Iterable<? extends NpsResponse> responses) {
    Objects.requireNonNull(responses, "responses");
    // Counted in locals, with the branch-free classification of fromScores: the loop is bound by
    // walking the objects, and locals keep the counts in registers.
    long n = 0;
    long atLeastSeven = 0;
    long atLeastNine = 0;
    for (NpsResponse r : responses) {
      int s = NpsCategory.checkScore(r.score());
      n = Checks.addExact("count", n, 1);
      atLeastSeven += (s + 9) >>> 4;
      atLeastNine += (s + 7) >>> 4;
    }
    return of(n - atLeastSeven, atLeastSeven - atLeastNine, atLeastNine);
  }

  /**
   * Returns an empty accumulator, to tally answers one at a time.
   *
   * @return a new accumulator
   */
  public static NpsAccumulator accumulator() {
    return new NpsAccumulator();
  }

  /**
   * Returns a collector that tallies responses, sequentially or in parallel; as the downstream of a
   * {@link org.cxkit.core.result.Breakdown}, it tallies each segment and the pooled total.
   *
   * @return the collector
   */
  public static Collector<NpsResponse, NpsAccumulator, NpsTally> toTally() {
    return Accumulators.collector(NpsAccumulator::new);
  }

  /**
   * Returns a collector that tallies the score of each element, sequentially or in parallel.
   * Scores off the scale throw; use {@link #fromScores(int...)} to set them aside instead.
   *
   * @param score the score of an element, from 0 to 10
   * @param <T> the type of the elements
   * @return the collector
   * @throws IllegalArgumentException from the collector, if a score is not from 0 to 10 (an
   *     {@link org.cxkit.core.result.InvalidValueException} with code out-of-range)
   */
  public static <T> Collector<T, NpsAccumulator, NpsTally> toTally(ToIntFunction<? super T> score) {
    Objects.requireNonNull(score, "score");
    return Accumulators.collector(NpsAccumulator::new, (a, t) -> a.add(score.applyAsInt(t)));
  }

  /**
   * Returns the number of detractors (answers from 0 to 6).
   *
   * @return the count, zero or more
   */
  public long detractors() {
    return detractors;
  }

  /**
   * Returns the number of passives (answers of 7 or 8).
   *
   * @return the count, zero or more
   */
  public long passives() {
    return passives;
  }

  /**
   * Returns the number of promoters (answers of 9 or 10).
   *
   * @return the count, zero or more
   */
  public long promoters() {
    return promoters;
  }

  /**
   * Returns the number of answers in a category.
   *
   * @param category the category
   * @return the count, zero or more
   */
  public long count(NpsCategory category) {
    switch (category) {
      case DETRACTOR:
        return detractors;
      case PASSIVE:
        return passives;
      case PROMOTER:
        return promoters;
      default:
        throw new AssertionError(category);
    }
  }

  /**
   * Returns the number of answers tallied, the denominator of the score.
   *
   * @return {@code detractors + passives + promoters}, zero or more
   */
  public long count() {
    return n;
  }

  /**
   * Tells whether no answer was tallied.
   *
   * @return true if {@code count() == 0}
   */
  public boolean isEmpty() {
    return n == 0;
  }

  /**
   * Returns promoters minus detractors: the numerator of the score, which is exactly
   * {@code 100 · netCount() / count()}.
   *
   * @return the net count, from {@code -count()} to {@code count()}
   */
  public long netCount() {
    return promoters - detractors;
  }

  /**
   * Returns the Net Promoter Score, {@code 100 · (P - D) / n}, as the double nearest the exact value
   * (a single rounding, for counts below 2^53 / 100).
   *
   * @return the score, from -100 to 100
   * @throws IllegalStateException if the tally is empty
   */
  public double score() {
    requireNonEmpty();
    return 100.0 * (promoters - detractors) / n;
  }

  /**
   * Returns the score rounded to a whole number half away from zero ({@link RoundingMode#HALF_UP}),
   * the way a score is usually printed: 12.5 gives 13 and -12.5 gives -13. (This is not
   * {@link Math#round(double)}, which would give -12.) Computed from the counts exactly, so a score
   * whose exact value is a half is never nudged by binary rounding.
   *
   * @return the rounded score, from -100 to 100
   * @throws IllegalStateException if the tally is empty
   */
  public int roundedScore() {
    return roundedScore(RoundingMode.HALF_UP);
  }

  /**
   * Returns the score rounded to a whole number with the given mode, computed from the counts exactly.
   *
   * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} throws {@link ArithmeticException}
   *     unless the score is whole
   * @return the rounded score, from -100 to 100
   * @throws IllegalStateException if the tally is empty
   * @throws ArithmeticException if the mode is {@link RoundingMode#UNNECESSARY} and the score is not whole
   */
  public int roundedScore(RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    requireNonEmpty();
    return BigDecimal.valueOf(promoters - detractors).scaleByPowerOfTen(2)
        .divide(BigDecimal.valueOf(n), 0, mode).intValueExact();
  }

  /**
   * Returns the share of promoters, {@code P / n}.
   *
   * @return the share, from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public double promoterShare() {
    requireNonEmpty();
    return (double) promoters / n;
  }

  /**
   * Returns the share of passives, {@code passives / n}.
   *
   * @return the share, from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public double passiveShare() {
    requireNonEmpty();
    return (double) passives / n;
  }

  /**
   * Returns the share of detractors, {@code D / n}.
   *
   * @return the share, from 0 to 1
   * @throws IllegalStateException if the tally is empty
   */
  public double detractorShare() {
    requireNonEmpty();
    return (double) detractors / n;
  }

  /**
   * Returns the sampling variance of the score on its -100 to 100 scale,
   * {@code 100² · [pP + pD - (pP - pD)²] / n}: the variance of a difference of two shares of one
   * multinomial sample. Zero when every answer is in one category.
   *
   * @return the variance, in squared points, zero or more
   * @throws IllegalStateException if the tally is empty
   */
  public double variance() {
    return 10_000 * NpsInterval.perResponseVariance(promoterShare(), detractorShare()) / n;
  }

  /**
   * Returns the (Wald) standard error of the score, the square root of {@link #variance()}.
   *
   * @return the standard error, in points, zero or more
   * @throws IllegalStateException if the tally is empty
   */
  public double standardError() {
    return Math.sqrt(variance());
  }

  /**
   * Reports the score under {@link Confidence#DEFAULT} (95 %, flagged below 30 answers) with the
   * {@linkplain NpsInterval#ADJUSTED_WALD adjusted Wald} interval.
   *
   * @return the estimate
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate estimate() {
    return estimate(Confidence.DEFAULT, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Reports the score at a confidence level with the {@linkplain NpsInterval#ADJUSTED_WALD adjusted
   * Wald} interval.
   *
   * @param confidence the confidence level and the minimum sample size
   * @return the estimate
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate estimate(Confidence confidence) {
    return estimate(confidence, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Reports the score as a core {@link Estimate}: the observed score (never the adjusted one), its
   * n, the interval of the method (the estimate's {@linkplain Estimate#method() method} is
   * {@link NpsInterval#toIntervalMethod()}), the standard error the interval was built with, on the
   * score's scale (Wald: {@code 100 · sqrt([pP + pD - (pP - pD)²] / n)}; adjusted Wald: the same on
   * the adjusted shares and {@code n + 3}), {@code effectiveN = n}, and the confidence, whose
   * minimum sample size sets {@link Estimate#isBelowMinimum()}. The interval lies within
   * [-100, 100] and contains the score.
   *
   * @param confidence the confidence level and the minimum sample size
   * @param method the interval method
   * @return the estimate
   * @throws IllegalStateException if the tally is empty
   */
  public Estimate estimate(Confidence confidence, NpsInterval method) {
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(method, "method");
    return method.estimate(score(), n, n, promoterShare(), detractorShare(), confidence);
  }

  /**
   * Returns the tally of both sets of answers, exactly.
   *
   * @param other the other tally
   * @return the sum of the counts
   * @throws IllegalArgumentException if a count, or the total, would exceed {@link Long#MAX_VALUE},
   *     naming it ({@code detractors}, {@code passives}, {@code promoters} or {@code count})
   */
  public NpsTally plus(NpsTally other) {
    return of(Checks.addExact("detractors", detractors, other.detractors),
        Checks.addExact("passives", passives, other.passives),
        Checks.addExact("promoters", promoters, other.promoters));
  }

  private void requireNonEmpty() {
    if (n == 0) {
      throw new IllegalStateException(EMPTY_MESSAGE);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpsTally t
        && detractors == t.detractors && passives == t.passives && promoters == t.promoters;
  }

  @Override
  public int hashCode() {
    return Objects.hash(detractors, passives, promoters);
  }

  /** Returns a form such as {@code NpsTally{detractors=2, passives=3, promoters=5, count=10, score=30.0}}. */
  @Override
  public String toString() {
    return "NpsTally{detractors=" + detractors + ", passives=" + passives + ", promoters=" + promoters
        + ", count=" + n + (n == 0 ? "" : ", score=" + score()) + "}";
  }
}
