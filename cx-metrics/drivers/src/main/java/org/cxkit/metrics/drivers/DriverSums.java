package org.cxkit.metrics.drivers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.Reason;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.scale.Scale;

/**
 * The mergeable summary of a driver survey from which every driver figure is computed: for each
 * pair of variables (the outcome and the drivers), the number of respondents who answered both,
 * their means and their co-moments {@code Σ (x − x̄)(y − ȳ)}; how many responses were given, used and
 * set aside, and how often each question went unanswered; and, for a model
 * {@linkplain DriverModel#onScales on scales}, the counts of every (outcome, driver) answer pair and of
 * every answer, from which Spearman's coefficient and top-box shares are exact.
 *
 * <p>Under {@linkplain MissingAnswers#LISTWISE listwise} deletion every pair rests on the same
 * complete responses; under {@linkplain MissingAnswers#PAIRWISE pairwise} deletion each pair on the
 * responses that answered both.
 *
 * <p>Mergeable: {@link #accumulator(DriverModel)} gives the mutable {@link DriverSumsAccumulator}
 * and {@link #toDriverSums(DriverModel)} the collector, valid on parallel streams. Sums merged from
 * parts agree with the sums of the whole to rounding (the means and co-moments are floating point,
 * updated by Welford's and Chan's stable formulas, typically within 1e-13 relative), and exactly in
 * every count.
 *
 * <p>Empty input: the sums of no responses have {@link #count()} 0, every pair count 0 and no
 * missing answers; {@link #mean}, {@link #standardDeviation}, {@link #covariance} and
 * {@link #correlation} then throw {@link IllegalStateException}, as they do whenever too few
 * respondents answered (a mean needs one, the others two), and {@link DriverAnalysis#of(DriverSums)}
 * rejects them as too few respondents.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DriverSums {
  private final DriverModel model;
  private final MissingAnswers policy;
  private final long count;
  private final long used;
  private final long[] missingBy;
  private final long[] pairN;
  private final double[] meanA;
  private final double[] meanB;
  private final double[] coAA;
  private final double[] coBB;
  private final double[] coAB;
  private final long[][] joint;
  private final long[][] marginal;

  DriverSums(DriverModel model, MissingAnswers policy, long count, long used, long[] missingBy, long[] pairN,
      double[] meanA, double[] meanB, double[] coAA, double[] coBB, double[] coAB, long[][] joint, long[][] marginal) {
    this.model = model;
    this.policy = policy;
    this.count = count;
    this.used = used;
    this.missingBy = missingBy;
    this.pairN = pairN;
    this.meanA = meanA;
    this.meanB = meanB;
    this.coAA = coAA;
    this.coBB = coBB;
    this.coAB = coAB;
    this.joint = joint;
    this.marginal = marginal;
  }

  /** The packed index of the pair (a, b), a <= b, of k variables. */
  static int pair(int a, int b, int k) {
    if (a > b) {
      int t = a;
      a = b;
      b = t;
    }
    return a * k - a * (a - 1) / 2 + (b - a);
  }

  /**
   * Returns an empty accumulator with listwise deletion, the default.
   *
   * @param model the outcome and drivers
   * @return a new accumulator
   */
  public static DriverSumsAccumulator accumulator(DriverModel model) {
    return accumulator(model, MissingAnswers.LISTWISE);
  }

  /**
   * Returns an empty accumulator.
   *
   * @param model the outcome and drivers
   * @param missingAnswers what to do with incomplete responses
   * @return a new accumulator
   */
  public static DriverSumsAccumulator accumulator(DriverModel model, MissingAnswers missingAnswers) {
    return new DriverSumsAccumulator(model, missingAnswers);
  }

  /**
   * Returns a collector of responses into sums with listwise deletion, valid on parallel streams.
   *
   * @param model the outcome and drivers
   * @return the collector; it throws {@link InvalidValueException} on a response off its scale
   */
  public static Collector<DriverResponse, DriverSumsAccumulator, DriverSums> toDriverSums(DriverModel model) {
    return toDriverSums(model, MissingAnswers.LISTWISE);
  }

  /**
   * Returns a collector of responses into sums, valid on parallel streams.
   *
   * @param model the outcome and drivers
   * @param missingAnswers what to do with incomplete responses
   * @return the collector; it throws {@link InvalidValueException} on a response off its scale
   */
  public static Collector<DriverResponse, DriverSumsAccumulator, DriverSums> toDriverSums(DriverModel model,
      MissingAnswers missingAnswers) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(missingAnswers, "missingAnswers");
    return Accumulators.collector(() -> accumulator(model, missingAnswers));
  }

  /**
   * Returns the sums of no responses.
   *
   * @param model the outcome and drivers
   * @param missingAnswers the missing-answer policy
   * @return the empty sums
   */
  public static DriverSums empty(DriverModel model, MissingAnswers missingAnswers) {
    return accumulator(model, missingAnswers).snapshot();
  }

  /**
   * Sums responses with listwise deletion, setting aside those that cannot be used, each with its
   * position and reason.
   *
   * @param model the outcome and drivers
   * @param responses the responses
   * @return the sums of the responses used, and those set aside
   * @see #from(DriverModel, MissingAnswers, Iterable)
   */
  public static BulkResult<DriverResponse, DriverSums> from(DriverModel model, Iterable<DriverResponse> responses) {
    return from(model, MissingAnswers.LISTWISE, responses);
  }

  /**
   * Sums responses, setting aside those that cannot be used, each with its position and reason: a
   * wrong number of ratings ({@code invalid}) or an answer off its scale ({@code out-of-range}), and
   * responses with too many missing answers for the policy ({@code missing}, naming the first
   * variable missing): under listwise deletion every incomplete response, under pairwise deletion
   * those with fewer than two answers. {@code usedCount() + setAside().size() == givenCount()}, and
   * {@code value().usedCount() == usedCount()}; the sums count the missing set-asides too
   * ({@link #count()}, {@link #missingCounts()}), but not the invalid ones.
   *
   * @param model the outcome and drivers
   * @param missingAnswers what to do with incomplete responses
   * @param responses the responses
   * @return the sums of the responses used, and those set aside
   */
  public static BulkResult<DriverResponse, DriverSums> from(DriverModel model, MissingAnswers missingAnswers,
      Iterable<DriverResponse> responses) {
    return collect(model, missingAnswers, responses, null);
  }

  /** As from(...), also gathering the responses used, if {@code kept} is not null. */
  static BulkResult<DriverResponse, DriverSums> collect(DriverModel model, MissingAnswers missingAnswers,
      Iterable<DriverResponse> responses, List<DriverResponse> kept) {
    Objects.requireNonNull(responses, "responses");
    DriverSumsAccumulator acc = accumulator(model, missingAnswers);
    List<SetAside<DriverResponse>> setAside = new ArrayList<>();
    long position = 0;
    for (DriverResponse r : responses) {
      Objects.requireNonNull(r, "response");
      long before = acc.usedCount();
      try {
        acc.add(r);
        if (acc.usedCount() == before) {
          setAside.add(SetAside.of(position, r, missingReason(model, missingAnswers, r)));
        } else if (kept != null) {
          kept.add(r);
        }
      } catch (InvalidValueException e) {
        setAside.add(SetAside.of(position, r, e));
      }
      position++;
    }
    DriverSums sums = acc.snapshot();
    return BulkResult.of(sums, sums.usedCount(), setAside);
  }

  private static Reason missingReason(DriverModel model, MissingAnswers policy, DriverResponse r) {
    String field = model.nameOf(Long.numberOfTrailingZeros(r.missing));
    String rule = policy == MissingAnswers.LISTWISE
        ? "must be answered: listwise deletion uses complete responses only"
        : "pairwise deletion needs at least two answers in a response";
    return Checks.invalid(ReasonCode.MISSING, field, rule, "missing").reason();
  }

  /**
   * Returns the outcome and drivers.
   *
   * @return the model
   */
  public DriverModel model() {
    return model;
  }

  /**
   * Returns the missing-answer policy the sums were accumulated under.
   *
   * @return the policy
   */
  public MissingAnswers missingAnswers() {
    return policy;
  }

  /**
   * Returns how many responses were added: used plus set aside for missing answers.
   *
   * @return the count, zero or more
   */
  public long count() {
    return count;
  }

  /**
   * Returns how many responses were used: under listwise deletion the complete ones, under pairwise
   * deletion those with at least two answers.
   *
   * @return the count, at most {@link #count()}
   */
  public long usedCount() {
    return used;
  }

  /**
   * Returns how many responses were set aside for missing answers.
   *
   * @return {@code count() − usedCount()}
   */
  public long setAsideCount() {
    return count - used;
  }

  /**
   * Returns, for each variable (the outcome, then the drivers), how many responses lacked its answer.
   *
   * @return name to count, in the model's order, zeros included
   */
  public Map<String, Long> missingCounts() {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int v = 0; v < missingBy.length; v++) {
      m.put(model.nameOf(v), missingBy[v]);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns how many used responses answered a variable: the respondents behind its mean.
   *
   * @param variable the outcome's or a driver's name
   * @return the count
   * @throws IllegalArgumentException if no variable has that name
   */
  public long answeredCount(String variable) {
    int v = model.indexOf(variable);
    return pairN[pair(v, v, k())];
  }

  /**
   * Returns how many used responses answered both variables: the respondents behind their
   * correlation.
   *
   * @param a a variable's name
   * @param b another (or the same) variable's name
   * @return the count
   * @throws IllegalArgumentException if a name is unknown
   */
  public long pairCount(String a, String b) {
    return pairN[pair(model.indexOf(a), model.indexOf(b), k())];
  }

  /**
   * Returns a variable's mean over the used responses that answered it.
   *
   * @param variable the outcome's or a driver's name
   * @return the mean
   * @throws IllegalArgumentException if no variable has that name
   * @throws IllegalStateException if no used response answered it
   */
  public double mean(String variable) {
    int v = model.indexOf(variable);
    int i = pair(v, v, k());
    requireAtLeast(i, 1, variable, "a mean");
    return meanA[i];
  }

  /**
   * Returns a variable's sample standard deviation, {@code √(Σ (x − x̄)² / (n − 1))}.
   *
   * @param variable the outcome's or a driver's name
   * @return the standard deviation, zero or more
   * @throws IllegalArgumentException if no variable has that name
   * @throws IllegalStateException if fewer than two used responses answered it
   */
  public double standardDeviation(String variable) {
    int v = model.indexOf(variable);
    int i = pair(v, v, k());
    requireAtLeast(i, 2, variable, "a standard deviation");
    return Math.sqrt(coAA[i] / (pairN[i] - 1));
  }

  /**
   * Returns the sample covariance of two variables over the responses that answered both,
   * {@code Σ (x − x̄)(y − ȳ) / (n − 1)}.
   *
   * @param a a variable's name
   * @param b another (or the same) variable's name
   * @return the covariance
   * @throws IllegalArgumentException if a name is unknown
   * @throws IllegalStateException if fewer than two used responses answered both
   */
  public double covariance(String a, String b) {
    int i = pair(model.indexOf(a), model.indexOf(b), k());
    requireAtLeast(i, 2, a + " and " + b, "a covariance");
    return coAB[i] / (pairN[i] - 1);
  }

  /**
   * Returns Pearson's correlation of two variables over the responses that answered both.
   *
   * @param a a variable's name
   * @param b another variable's name
   * @return the correlation, from −1 to 1
   * @throws IllegalArgumentException if a name is unknown
   * @throws IllegalStateException if fewer than two used responses answered both, or either is
   *     constant among them
   */
  public double correlation(String a, String b) {
    int va = model.indexOf(a);
    int vb = model.indexOf(b);
    int i = pair(va, vb, k());
    requireAtLeast(i, 2, a + " and " + b, "a correlation");
    double r = correlationAt(va, vb);
    if (Double.isNaN(r)) {
      throw new IllegalStateException("No correlation of " + a + " and " + b + ": one of them is constant");
    }
    return r;
  }

  /**
   * Returns how many used responses gave an answer, for a model on scales.
   *
   * @param variable the outcome's or a driver's name
   * @param answer a whole-number answer on the variable's scale
   * @return the count
   * @throws IllegalArgumentException if the name is unknown or the answer is off the scale
   * @throws IllegalStateException if the model is not on scales
   */
  public long answerCount(String variable, int answer) {
    int v = model.indexOf(variable);
    Scale s = model.scaleOf(v).orElseThrow(() -> new IllegalStateException(
        "Answer counts need a model on scales: " + model));
    s.check(variable, answer);
    return marginal[v][answer - s.min()];
  }

  private void requireAtLeast(int i, long needed, String what, String figure) {
    if (pairN[i] < needed) {
      throw new IllegalStateException("No " + figure.substring(figure.indexOf(' ') + 1) + " of " + what + ": "
          + pairN[i] + " respondents, " + needed + " needed");
    }
  }

  int k() {
    return missingBy.length;
  }

  long pairCountAt(int a, int b) {
    return pairN[pair(a, b, k())];
  }

  /** The mean of variable a among the respondents who answered a (its diagonal pair). */
  double meanAt(int v) {
    return meanA[pair(v, v, k())];
  }

  /** The co-moment Σ (x_v - mean)² of a variable among all who answered it. */
  double squaresAt(int v) {
    return coAA[pair(v, v, k())];
  }

  /** The correlation of a and b over those who answered both; NaN if either is constant there or n < 2. */
  double correlationAt(int a, int b) {
    int i = pair(a, b, k());
    if (pairN[i] < 2) {
      return Double.NaN;
    }
    double saa = a <= b ? coAA[i] : coBB[i];
    double sbb = a <= b ? coBB[i] : coAA[i];
    if (isConstant(saa, a <= b ? meanA[i] : meanB[i], pairN[i]) || isConstant(sbb, a <= b ? meanB[i] : meanA[i], pairN[i])) {
      return Double.NaN;
    }
    double r = coAB[i] / (Math.sqrt(saa) * Math.sqrt(sbb));
    return Math.max(-1, Math.min(1, r));
  }

  /** Whether a variable with these squares and mean is constant: no spread beyond rounding. */
  static boolean isConstant(double squares, double mean, long n) {
    return !(squares > 1e-24 * mean * mean * n) || squares <= 0;
  }

  /** Under pairwise deletion: which of a and b is constant among the respondents who answered both (a if both). */
  int constantInPair(int a, int b) {
    int i = pair(a, b, k());
    double squaresB = a <= b ? coBB[i] : coAA[i];
    double meanOfB = a <= b ? meanB[i] : meanA[i];
    return isConstant(squaresB, meanOfB, pairN[i]) && !isConstant(a <= b ? coAA[i] : coBB[i],
        a <= b ? meanA[i] : meanB[i], pairN[i]) ? b : a;
  }

  /** The mean of v among the respondents who answered both v and other. */
  double meanInPair(int v, int other) {
    int i = pair(v, other, k());
    return v <= other ? meanA[i] : meanB[i];
  }

  boolean isConstantAt(int v) {
    int i = pair(v, v, k());
    return isConstant(coAA[i], meanA[i], pairN[i]);
  }

  /** Spearman's coefficient of the outcome and a driver (1..p) from the answer-pair counts; NaN if constant. */
  double spearmanAt(int driver) {
    Scale o = model.outcomeScale().orElseThrow();
    Scale d = model.driverScale().orElseThrow();
    return org.cxkit.metrics.drivers.internal.Ranks.spearman(joint[driver - 1], o.points(), d.points());
  }

  /** How many used responses rated a driver (1..p) in its top boxes, for a model on scales. */
  long topBoxAt(int v, int boxes) {
    long[] counts = marginal[v];
    long s = 0;
    for (int c = Math.max(0, counts.length - boxes); c < counts.length; c++) {
      s += counts[c];
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DriverSums s && model.equals(s.model) && policy == s.policy && count == s.count
        && used == s.used && Arrays.equals(missingBy, s.missingBy) && Arrays.equals(pairN, s.pairN)
        && Arrays.equals(meanA, s.meanA) && Arrays.equals(meanB, s.meanB) && Arrays.equals(coAA, s.coAA)
        && Arrays.equals(coBB, s.coBB) && Arrays.equals(coAB, s.coAB) && Arrays.deepEquals(joint, s.joint)
        && Arrays.deepEquals(marginal, s.marginal);
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(model, policy, count, used);
    h = 31 * h + Arrays.hashCode(missingBy);
    h = 31 * h + Arrays.hashCode(pairN);
    h = 31 * h + Arrays.hashCode(meanA);
    h = 31 * h + Arrays.hashCode(coAB);
    return 31 * h + Arrays.deepHashCode(joint);
  }

  /**
   * Tells whether two sums agree in every count exactly and in every mean and co-moment to a relative
   * tolerance: how sums merged in another order or on other partitions compare. A mean is compared
   * relative to its magnitude plus its variable's standard deviation, a co-moment of a pair relative
   * to {@code √(Σa² Σb²)}, the magnitude it is computed from.
   *
   * @param other the other sums
   * @param relativeTolerance the largest accepted relative difference, such as 1e-9
   * @return true if they agree
   */
  public boolean agreesWith(DriverSums other, double relativeTolerance) {
    Objects.requireNonNull(other, "other");
    if (!(model.equals(other.model) && policy == other.policy && count == other.count && used == other.used
        && Arrays.equals(missingBy, other.missingBy) && Arrays.equals(pairN, other.pairN)
        && Arrays.deepEquals(joint, other.joint) && Arrays.deepEquals(marginal, other.marginal))) {
      return false;
    }
    double t = relativeTolerance;
    for (int i = 0; i < pairN.length; i++) {
      double n = Math.max(1, pairN[i]);
      double spreadA = Math.sqrt(Math.max(0, coAA[i]) / n);
      double spreadB = Math.sqrt(Math.max(0, coBB[i]) / n);
      double floorA = n * 1e-24 * meanA[i] * meanA[i];
      double floorB = n * 1e-24 * meanB[i] * meanB[i];
      if (!(Math.abs(meanA[i] - other.meanA[i]) <= t * (Math.abs(meanA[i]) + Math.abs(other.meanA[i]) + spreadA)
          && Math.abs(meanB[i] - other.meanB[i]) <= t * (Math.abs(meanB[i]) + Math.abs(other.meanB[i]) + spreadB)
          && Math.abs(coAA[i] - other.coAA[i]) <= t * (Math.abs(coAA[i]) + Math.abs(other.coAA[i])) + floorA
          && Math.abs(coBB[i] - other.coBB[i]) <= t * (Math.abs(coBB[i]) + Math.abs(other.coBB[i])) + floorB
          && Math.abs(coAB[i] - other.coAB[i])
              <= t * Math.sqrt(Math.max(0, coAA[i]) * Math.max(0, coBB[i])) + Math.sqrt(floorA * floorB) + floorA + floorB)) {
        return false;
      }
    }
    return true;
  }

  /** Returns a form such as {@code DriverSums{recommend ~ quality, price, LISTWISE, count=120, used=112}}. */
  @Override
  public String toString() {
    return "DriverSums{" + model + ", " + policy + ", count=" + count + ", used=" + used + ", missing="
        + missingCounts() + "}";
  }
}
