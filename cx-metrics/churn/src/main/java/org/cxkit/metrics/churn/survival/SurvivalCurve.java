package org.cxkit.metrics.churn.survival;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.metrics.churn.internal.Screening;

/**
 * The Kaplan–Meier estimate of the survival function of customer lifetimes: the probability that a
 * subscription lasts beyond a given age, estimated from tenures some of which are right-censored
 * (still active), without treating the censored ones as churned or dropping them.
 *
 * <h2>Definitions</h2>
 * At each distinct churn time {@code t_j}, {@code n_j} subscriptions are at risk (tenure at least
 * {@code t_j}, censored ones included: at a tie, churn is taken to precede censoring) and {@code d_j}
 * churn. Then (Kaplan &amp; Meier 1958)
 * <pre>  S(t) = prod over t_j &lt;= t of (1 - d_j / n_j)</pre>
 * computed as {@code exp(sum log1p(-d_j / n_j))}. Its variance is Greenwood's (1926)
 * {@code Var S(t) = S(t)^2 g(t)} with {@code g(t) = sum over t_j <= t of d_j / (n_j (n_j - d_j))};
 * the pointwise intervals are built from it as {@link IntervalType} describes (by default
 * {@link IntervalType#LOG_LOG} under {@link Confidence#DEFAULT}, 95 %), and each
 * {@link Estimate} records the matching {@link IntervalMethod} and Greenwood's standard error of
 * {@code S}. Where the curve drops to 0, the interval is [0, 0].
 *
 * <p>The <b>median lifetime</b> is the smallest churn time with {@code S(t) <= 1/2} (R's
 * {@code survfit} takes the midpoint to the next churn time when the curve sits exactly on 1/2; the
 * two agree otherwise), and is "not reached" while the curve stays above 1/2. The <b>restricted
 * mean lifetime</b> up to a horizon {@code tau} is {@code integral from 0 to tau of S(t) dt}, with
 * variance {@code sum over t_j <= tau of A_j^2 d_j / (n_j (n_j - d_j))}, {@code A_j} the area under
 * the curve from {@code t_j} to {@code tau} (Klein &amp; Moeschberger, <i>Survival Analysis</i>, 2nd
 * ed., 2003, §4.5).
 *
 * <p>The curve is defined from 0 to the largest tenure observed; beyond it, nothing is known, and
 * asking raises {@link IllegalArgumentException}. Estimates rest on {@code n = count()}, every
 * tenure; below {@link Confidence#minimumN()} they are {@linkplain Estimate#isBelowMinimum()
 * flagged}.
 *
 * <p>Empty input: the curve of no tenure is undefined; {@link SurvivalAccumulator#snapshot()}, the
 * collector and {@link #of(Iterable)} throw {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SurvivalCurve {
  // Per distinct tenure length, ascending: how many churned, were censored, and were at risk there.
  private final double[] lengths;
  private final long[] churnsAt;
  private final long[] censorsAt;
  private final long[] atRiskAt;
  private final long churnTotal;
  private final long censorTotal;
  // Per distinct churn time: the time, at risk, churned, and the running sums of log S and Greenwood.
  private final double[] times;
  private final long[] atRisk;
  private final long[] churned;
  private final double[] logSurvival;
  private final double[] greenwood;

  SurvivalCurve(double[] sortedLengths, long[] churnsAt, long[] censorsAt) {
    this.lengths = sortedLengths;
    this.churnsAt = churnsAt;
    this.censorsAt = censorsAt;
    int k = sortedLengths.length;
    atRiskAt = new long[k];
    long churnSum = 0;
    long censorSum = 0;
    int distinct = 0;
    for (int i = 0; i < k; i++) {
      churnSum += churnsAt[i];
      censorSum += censorsAt[i];
      if (churnsAt[i] > 0) {
        distinct++;
      }
    }
    churnTotal = churnSum;
    censorTotal = censorSum;
    times = new double[distinct];
    atRisk = new long[distinct];
    churned = new long[distinct];
    logSurvival = new double[distinct];
    greenwood = new double[distinct];
    long n = churnSum + censorSum;
    double logS = 0;
    double g = 0;
    for (int i = 0, j = 0; i < k; i++) {
      // At a tie churn precedes censoring: those censored at this length are still at risk here.
      atRiskAt[i] = n;
      long d = churnsAt[i];
      if (d > 0) {
        logS += Math.log1p(-(double) d / n);
        g += d == n ? Double.POSITIVE_INFINITY : (double) d / ((double) n * (n - d));
        times[j] = sortedLengths[i];
        atRisk[j] = n;
        churned[j] = d;
        logSurvival[j] = logS;
        greenwood[j] = g;
        j++;
      }
      n -= d + censorsAt[i];
    }
  }

  /**
   * Returns an empty accumulator of tenures.
   *
   * @return a new accumulator
   */
  public static SurvivalAccumulator accumulator() {
    return new SurvivalAccumulator();
  }

  /**
   * Returns a collector of tenures into a survival curve; usable on parallel streams, and per
   * segment with {@code Collectors.groupingBy(segment, SurvivalCurve.toSurvivalCurve())}. Collecting no
   * tenure throws {@link IllegalStateException}.
   *
   * @return the collector
   */
  public static Collector<Tenure, SurvivalAccumulator, SurvivalCurve> toSurvivalCurve() {
    return Accumulators.collector(SurvivalCurve::accumulator);
  }

  /**
   * Computes the curve of tenures.
   *
   * @param tenures the tenures, at least one
   * @return the curve
   * @throws IllegalStateException if there is no tenure
   */
  public static SurvivalCurve of(Iterable<Tenure> tenures) {
    return accumulator().addAll(tenures).snapshot();
  }

  /**
   * Computes the curve of subscription lifetimes as seen at an instant, after
   * {@linkplain org.cxkit.metrics.churn.Subscriptions#screen(Iterable) screening} them for implausible dates,
   * repeated ids and overlaps; subscriptions starting at or after {@code asOf} are set aside too. Those still active at
   * {@code asOf} are censored there.
   *
   * @param subscriptions the subscriptions, at least one usable
   * @param asOf the end of observation
   * @param unit the unit of lifetimes, as {@link Tenure#of} accepts
   * @return the curve, with the subscriptions set aside
   * @throws IllegalArgumentException if the unit is out of range
   * @throws IllegalStateException if no subscription is usable
   */
  public static BulkResult<Subscription, SurvivalCurve> of(
      Iterable<Subscription> subscriptions, Instant asOf, ChronoUnit unit) {
    SurvivalAccumulator acc = accumulator();
    return screenInto(subscriptions, asOf, unit, s -> acc, acc::snapshot);
  }

  /**
   * Computes one curve per segment (plan, channel, region…) of subscription lifetimes as seen at an
   * instant, screening as {@link #of(Iterable, Instant, ChronoUnit)} does.
   *
   * @param subscriptions the subscriptions
   * @param segment the segment of a subscription
   * @param asOf the end of observation
   * @param unit the unit of lifetimes
   * @param <K> the type of segment keys
   * @return the curve of each segment with a usable subscription, in order of first appearance, and
   *     the subscriptions set aside
   * @throws IllegalArgumentException if the unit is out of range
   */
  public static <K> BulkResult<Subscription, Map<K, SurvivalCurve>> bySegment(Iterable<Subscription> subscriptions,
      Function<? super Subscription, ? extends K> segment, Instant asOf, ChronoUnit unit) {
    Objects.requireNonNull(segment, "segment");
    Map<K, SurvivalAccumulator> accs = new LinkedHashMap<>();
    return screenInto(subscriptions, asOf, unit,
        s -> accs.computeIfAbsent(Objects.requireNonNull(segment.apply(s), "segment"), k -> accumulator()), () -> {
          Map<K, SurvivalCurve> curves = new LinkedHashMap<>();
          accs.forEach((k, acc) -> curves.put(k, acc.snapshot()));
          return Collections.unmodifiableMap(curves);
        });
  }

  private static <R> BulkResult<Subscription, R> screenInto(Iterable<Subscription> subscriptions,
      Instant asOf, ChronoUnit unit, Function<Subscription, SurvivalAccumulator> target, Supplier<R> result) {
    Objects.requireNonNull(asOf, "asOf");
    // A bad unit is the caller's error, not a verdict on each subscription.
    Tenure.checkUnit(unit);
    return Screening.screenInto(subscriptions, null, false, s -> {
      // The tenure first: a subscription set aside must not open a segment of its own.
      Tenure tenure = Tenure.of(s, asOf, unit);
      target.apply(s).add(tenure);
    }, result);
  }

  /**
   * Returns how many tenures the curve rests on.
   *
   * @return the count, at least 1
   */
  public long count() {
    return churnTotal + censorTotal;
  }

  /**
   * Returns how many tenures ended in churn.
   *
   * @return the count
   */
  public long churnCount() {
    return churnTotal;
  }

  /**
   * Returns how many tenures were censored.
   *
   * @return the count
   */
  public long censoredCount() {
    return censorTotal;
  }

  /**
   * Returns the largest tenure observed, churned or censored: the end of the curve's domain.
   *
   * @return the length
   */
  public double maxTime() {
    return lengths[lengths.length - 1];
  }

  /**
   * Returns the curve's steps: one row per distinct churn time, as R's {@code summary(survfit)}
   * lists them, with log-log intervals under {@link Confidence#DEFAULT} (95 %).
   *
   * @return the rows, in time order (empty if nothing churned)
   */
  public List<Step> steps() {
    return steps(Confidence.DEFAULT, IntervalType.LOG_LOG);
  }

  /**
   * Returns the curve's steps with intervals of a given level and type.
   *
   * @param confidence the level of the intervals
   * @param type how the intervals are built
   * @return the rows, in time order (empty if nothing churned)
   */
  public List<Step> steps(Confidence confidence, IntervalType type) {
    double z = Objects.requireNonNull(confidence, "confidence").criticalValue();
    Objects.requireNonNull(type, "type");
    List<Step> steps = new ArrayList<>(times.length);
    for (int j = 0; j < times.length; j++) {
      double s = Math.exp(logSurvival[j]);
      double[] ci = interval(logSurvival[j], greenwood[j], z, type);
      double se = s == 0 ? 0 : s * Math.sqrt(greenwood[j]);
      steps.add(new Step(times[j], atRisk[j], churned[j], s, se, ci[0], ci[1]));
    }
    return Collections.unmodifiableList(steps);
  }

  /**
   * Returns the survival probability at an age with its log-log interval under
   * {@link Confidence#DEFAULT} (95 %).
   *
   * @param age from 0 to {@link #maxTime()}
   * @return {@code S(age)}, with {@code n = count()}
   * @throws IllegalArgumentException if the age is out of range
   */
  public Estimate survivalAt(double age) {
    return survivalAt(age, Confidence.DEFAULT, IntervalType.LOG_LOG);
  }

  /**
   * Returns the survival probability at an age: the chance that a subscription lasts beyond it.
   *
   * @param age from 0 to {@link #maxTime()}
   * @param confidence the level of the interval and the minimum number of tenures
   * @param type how the interval is built; the estimate records its {@linkplain IntervalType#method() method}
   * @return {@code S(age)} with its pointwise interval and Greenwood's standard error of {@code S},
   *     with {@code n = count()}
   * @throws IllegalArgumentException if the age is out of range
   */
  public Estimate survivalAt(double age, Confidence confidence, IntervalType type) {
    age = checkAge("age", age);
    double z = Objects.requireNonNull(confidence, "confidence").criticalValue();
    Objects.requireNonNull(type, "type");
    int j = lastStepAtOrBefore(age);
    if (j < 0) {
      return Estimate.of(1, count(), 1, 1, type.method(), confidence).withStandardError(0);
    }
    double s = Math.exp(logSurvival[j]);
    double[] ci = interval(logSurvival[j], greenwood[j], z, type);
    return Estimate.of(s, count(), Math.min(s, ci[0]), Math.max(s, ci[1]), type.method(), confidence)
        .withStandardError(standardError(s, greenwood[j]));
  }

  private static double standardError(double s, double g) {
    return s == 0 ? 0 : s * Math.sqrt(g);
  }

  /**
   * Returns the median lifetime: the smallest churn time at which the survival is 1/2 or less.
   *
   * @return the median, or empty if the curve never falls to 1/2 ("not reached")
   */
  public OptionalDouble medianLifetime() {
    return quantileLifetime(0.5);
  }

  /**
   * Returns a lifetime quantile: the smallest churn time at which the survival is {@code 1 - p} or
   * less.
   *
   * @param p the share of subscriptions churned by then, strictly between 0 and 1
   * @return the time, or empty if the curve never falls that far
   * @throws IllegalArgumentException if {@code p} is out of range
   */
  public OptionalDouble quantileLifetime(double p) {
    Checks.openUnit("p", p);
    // A relative slack of 1e-12 keeps an exact 1/2 (say n = 2, d = 1) from reading as 0.5000000000000001.
    double target = Math.log1p(-p) + 1e-12;
    for (int j = 0; j < times.length; j++) {
      if (logSurvival[j] <= target) {
        return OptionalDouble.of(times[j]);
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * Returns the median lifetime with its Brookmeyer–Crowley interval from the pointwise intervals
   * of the given type (with {@link IntervalType#LOG} this is what R's {@code survfit} prints).
   *
   * @param confidence the level of the pointwise intervals
   * @param type how the pointwise intervals are built
   * @return the median and its limits, each empty if not reached
   */
  public LifetimeQuantile medianLifetime(Confidence confidence, IntervalType type) {
    return quantileLifetime(0.5, confidence, type);
  }

  /**
   * Returns a lifetime quantile with its Brookmeyer–Crowley interval.
   *
   * @param p the share of subscriptions churned by then, strictly between 0 and 1
   * @param confidence the level of the pointwise intervals
   * @param type how the pointwise intervals are built
   * @return the quantile and its limits, each empty if not reached
   * @throws IllegalArgumentException if {@code p} is out of range
   */
  public LifetimeQuantile quantileLifetime(double p, Confidence confidence, IntervalType type) {
    OptionalDouble estimate = quantileLifetime(p);
    double z = Objects.requireNonNull(confidence, "confidence").criticalValue();
    Objects.requireNonNull(type, "type");
    double target = 1 - p + 1e-12;
    OptionalDouble lower = OptionalDouble.empty();
    OptionalDouble upper = OptionalDouble.empty();
    for (int j = 0; j < times.length && upper.isEmpty(); j++) {
      double[] ci = interval(logSurvival[j], greenwood[j], z, type);
      if (lower.isEmpty() && ci[0] <= target) {
        lower = OptionalDouble.of(times[j]);
      }
      if (ci[1] <= target) {
        upper = OptionalDouble.of(times[j]);
      }
    }
    return new LifetimeQuantile(p, estimate, lower, upper, type.method(), confidence);
  }

  /**
   * Returns the restricted mean lifetime up to a horizon with its interval under
   * {@link Confidence#DEFAULT} (95 %).
   *
   * @param horizon from 0 to {@link #maxTime()}
   * @return the restricted mean, in {@code [0, horizon]}, with {@code n = count()}
   * @throws IllegalArgumentException if the horizon is out of range
   */
  public Estimate restrictedMeanLifetime(double horizon) {
    return restrictedMeanLifetime(horizon, Confidence.DEFAULT);
  }

  /**
   * Returns the restricted mean lifetime up to a horizon: the area under the curve from 0 to
   * {@code horizon}, the expected lifetime counting only the first {@code horizon} units, with a
   * normal ({@linkplain IntervalMethod#WALD Wald}) interval from its Greenwood-type variance, clipped
   * to {@code [0, horizon]}, and that variance's square root as the standard error.
   *
   * @param horizon from 0 to {@link #maxTime()}
   * @param confidence the level of the interval and the minimum number of tenures
   * @return the restricted mean, in {@code [0, horizon]}, with {@code n = count()}
   * @throws IllegalArgumentException if the horizon is out of range
   */
  public Estimate restrictedMeanLifetime(double horizon, Confidence confidence) {
    horizon = checkAge("horizon", horizon);
    double z = Objects.requireNonNull(confidence, "confidence").criticalValue();
    int last = lastStepAtOrBefore(horizon);
    // area[j] = integral from times[j] to horizon; built backwards.
    double[] tail = new double[last + 1];
    double after = 0;
    for (int j = last; j >= 0; j--) {
      double next = j == last ? horizon : times[j + 1];
      after += Math.exp(logSurvival[j]) * (next - times[j]);
      tail[j] = after;
    }
    double area = after + (last >= 0 ? times[0] : horizon);
    // The variance in units of horizon^2: each A_j / horizon is at most 1, so no square overflows.
    double scaledVariance = 0;
    for (int j = 0; j <= last; j++) {
      if (tail[j] > 0 && atRisk[j] > churned[j]) {
        double a = tail[j] / horizon;
        scaledVariance += a * a * churned[j] / ((double) atRisk[j] * (atRisk[j] - churned[j]));
      }
    }
    double se = horizon * Math.sqrt(scaledVariance);
    double half = z * se;
    Estimate mean = Estimate.of(area, count(), Math.min(area, Math.max(0, area - half)),
        Math.max(area, Math.min(horizon, area + half)), IntervalMethod.WALD, confidence);
    // Only a horizon within a factor sqrt(k) of Double.MAX_VALUE leaves no finite standard error.
    return Double.isFinite(se) ? mean.withStandardError(se) : mean;
  }

  /**
   * Returns how many tenures were at risk at an age: at least that long, censored ones included.
   *
   * @param age any value but NaN
   * @return the count
   * @throws IllegalArgumentException if the age is NaN
   */
  public long atRiskAt(double age) {
    int i = lowerBound(lengths, Checks.notNaN("age", age));
    return i == lengths.length ? 0 : atRiskAt[i];
  }

  /**
   * Returns how many tenures churned at exactly an age.
   *
   * @param age any value but NaN
   * @return the count
   * @throws IllegalArgumentException if the age is NaN
   */
  public long churnedAt(double age) {
    int i = Arrays.binarySearch(lengths, Checks.notNaN("age", age) + 0.0);
    return i >= 0 ? churnsAt[i] : 0;
  }

  /** The distinct churn times, ascending (a copy). */
  double[] churnTimesDistinct() {
    return times.clone();
  }

  private static int lowerBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int lastStepAtOrBefore(double age) {
    int found = Arrays.binarySearch(times, age);
    return found >= 0 ? found : -found - 2;
  }

  /** Returns the age if it is in the curve's domain; -0.0 as 0.0, which binary searches tell apart. */
  private double checkAge(String field, double age) {
    return Checks.inRange(field, age, 0, maxTime()) + 0.0;
  }

  private static double[] interval(double logS, double g, double z, IntervalType type) {
    if (logS == Double.NEGATIVE_INFINITY) {
      return new double[] {0, 0};
    }
    double s = Math.exp(logS);
    if (g == 0) {
      return new double[] {s, s};
    }
    double sd = Math.sqrt(g);
    switch (type) {
      case PLAIN:
        return new double[] {Math.max(0, s - z * s * sd), Math.min(1, s + z * s * sd)};
      case LOG:
        return new double[] {Math.exp(logS - z * sd), Math.min(1, Math.exp(logS + z * sd))};
      case LOG_LOG:
        // se of log(-log S) is sd / |log S|; both bounds are powers of S, so they stay in [0, 1].
        double w = z * sd / -logS;
        return new double[] {Math.exp(logS * Math.exp(w)), Math.exp(logS * Math.exp(-w))};
      default:
        throw new AssertionError(type);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SurvivalCurve c && Arrays.equals(lengths, c.lengths) && Arrays.equals(churnsAt, c.churnsAt)
        && Arrays.equals(censorsAt, c.censorsAt);
  }

  @Override
  public int hashCode() {
    return (31 * Arrays.hashCode(lengths) + Arrays.hashCode(churnsAt)) * 31 + Arrays.hashCode(censorsAt);
  }

  /** Returns a summary: the counts and the median. */
  @Override
  public String toString() {
    OptionalDouble median = medianLifetime();
    return "SurvivalCurve{n=" + count() + ", churned=" + churnCount() + ", censored=" + censoredCount()
        + ", median=" + (median.isPresent() ? Double.toString(median.getAsDouble()) : "not reached") + "}";
  }

  /**
   * One step of the curve, at a distinct churn time.
   *
   * @param time the churn time, finite, zero or more
   * @param atRisk the tenures at risk just before it, at least 1
   * @param churned the tenures that churned at it, from 1 to {@code atRisk}
   * @param survival the survival probability from this time until the next step, in [0, 1]
   * @param standardError Greenwood's standard error of the survival, finite, zero or more
   * @param lower the lower bound of the pointwise interval, in [0, 1]
   * @param upper the upper bound of the pointwise interval, in [0, 1], at least {@code lower}
   */
  public record Step(double time, long atRisk, long churned, double survival, double standardError,
      double lower, double upper) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a part is out of its range, NaN included
     */
    public Step {
      time = Checks.nonNegative("time", time);
      Checks.positive("atRisk", atRisk);
      Checks.inRange("churned", churned, 1, atRisk);
      survival = Checks.probability("survival", survival);
      standardError = Checks.nonNegative("standardError", standardError);
      lower = Checks.probability("lower", lower);
      upper = Checks.inRange("upper", upper, lower, 1) + 0.0;
    }
  }
}
