package org.cxkit.metrics.journey.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.internal.AbsorbingChain;
import org.cxkit.metrics.journey.path.PathCounts;

/**
 * Bootstrap intervals for the channels' shares of a Markov attribution: the journeys are resampled
 * with replacement (as many as there are), the chain is fitted again to each replicate, and each
 * channel's share of the conversions (and of the value) is reported as an {@link Estimate} with
 * {@link IntervalMethod#BOOTSTRAP_PERCENTILE}, at the confidence given. The percentile interval of a
 * share is the {@code α/2} and {@code 1 − α/2} percentiles of its replicates' shares (Efron and
 * Tibshirani 1993, ch. 13; R's {@code quantile} type 7), widened if need be to hold the share on all
 * the journeys (a share near 0 or 1, whose replicates lean away from the bound, can otherwise miss
 * it); its standard error is the standard deviation of the replicates' shares (none from a single
 * usable replicate), and its {@code n} the number of journeys.
 *
 * <p>A journey is drawn as a unit with its path and outcome: converted or not, and for a conversion
 * the mean value of its path's conversions (aggregated rows keep no individual values). The draws
 * are exact (uniform over the journeys) and reproducible: replicate {@code b} uses the
 * {@code b}-th {@link SplittableRandom#split()} of a generator seeded with {@code seed}. A replicate
 * without conversions has no shares and is left out of the conversion intervals (without value, out
 * of the value intervals); {@link #usable()} counts the rest.
 *
 * <p>Cost: per replicate, {@code N} draws by binary search over the distinct paths and one fit of the
 * chain; the chain's states are indexed once. Resampling needs {@code N} below 2³¹.
 *
 * <p>Empty input: no journeys, or no conversions, gives no intervals and no usable replicate.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarkovBootstrap {
  private final MarkovAttribution estimate;
  private final int replicates;
  private final int usable;
  private final int usableForValue;
  private final long seed;
  private final Confidence confidence;
  private final Map<String, Estimate> conversionShares;
  private final Map<String, Estimate> valueShares;

  private MarkovBootstrap(MarkovAttribution estimate, int replicates, int usable, int usableForValue, long seed,
      Confidence confidence, Map<String, Estimate> conversionShares, Map<String, Estimate> valueShares) {
    this.estimate = estimate;
    this.replicates = replicates;
    this.usable = usable;
    this.usableForValue = usableForValue;
    this.seed = seed;
    this.confidence = confidence;
    this.conversionShares = conversionShares;
    this.valueShares = valueShares;
  }

  /**
   * Bootstraps the shares at the default confidence (95 %).
   *
   * @param paths the journeys' paths
   * @param order the order of the chain, from 1 to {@value TransitionCounts#MAX_ORDER}
   * @param replicates the number of replicates, from 2 to 1,000,000 (a few hundred for 95 % intervals)
   * @param seed the seed of the resampling
   * @return the intervals
   * @throws IllegalArgumentException if a parameter is out of range or there are 2³¹ journeys or more
   */
  public static MarkovBootstrap of(PathCounts paths, int order, int replicates, long seed) {
    return of(paths, order, replicates, seed, Confidence.DEFAULT);
  }

  /**
   * Bootstraps the shares.
   *
   * @param paths the journeys' paths
   * @param order the order of the chain, from 1 to {@value TransitionCounts#MAX_ORDER}
   * @param replicates the number of replicates, from 2 to 1,000,000
   * @param seed the seed of the resampling
   * @param confidence the level of the intervals and the minimum number of journeys the shares are
   *     judged against
   * @return the intervals
   * @throws IllegalArgumentException if a parameter is out of range or there are 2³¹ journeys or more
   */
  public static MarkovBootstrap of(PathCounts paths, int order, int replicates, long seed, Confidence confidence) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(confidence, "confidence");
    Checks.inRange("replicates", replicates, 2, 1_000_000);
    Checks.inRange("journeys", paths.count(), 0, Integer.MAX_VALUE);
    TransitionCounts full = TransitionCounts.of(paths, order);
    MarkovAttribution estimate = MarkovAttribution.of(full);
    if (full.conversions() == 0) {
      return new MarkovBootstrap(estimate, replicates, 0, 0, seed, confidence, Map.of(), Map.of());
    }
    List<PathCount> rows = new ArrayList<>(paths.rows());
    int r = rows.size();
    int n = full.states.length;
    int channels = full.channels.size();
    int[][] sequences = new int[r][];
    double[] meanValue = new double[r];
    long[] cumulative = new long[2 * r]; // units 2i (conversions of row i) and 2i + 1 (its nulls)
    long sum = 0;
    for (int i = 0; i < r; i++) {
      PathCount row = rows.get(i);
      sequences[i] = full.stateSequence(row.path());
      meanValue[i] = row.conversions() == 0 ? 0 : row.value() / row.conversions();
      sum += row.conversions();
      cumulative[2 * i] = sum;
      sum += row.nulls();
      cumulative[2 * i + 1] = sum;
    }
    int journeys = (int) sum;
    double[][] shares = new double[channels][replicates];
    double[][] valueShares = new double[channels][replicates];
    int usable = 0;
    int usableForValue = 0;
    SplittableRandom root = new SplittableRandom(seed);
    int[] hits = new int[2 * r];
    double[] start = new double[n];
    double[] transitions = new double[n * n];
    double[] conversions = new double[n];
    double[] nulls = new double[n];
    double[] value = new double[n];
    for (int b = 0; b < replicates; b++) {
      SplittableRandom random = root.split();
      Arrays.fill(hits, 0);
      for (int j = 0; j < journeys; j++) {
        hits[firstAbove(cumulative, random.nextLong(journeys))]++;
      }
      Arrays.fill(start, 0);
      Arrays.fill(transitions, 0);
      Arrays.fill(conversions, 0);
      Arrays.fill(nulls, 0);
      Arrays.fill(value, 0);
      long replicateConversions = 0;
      double replicateValue = 0;
      for (int i = 0; i < r; i++) {
        int converted = hits[2 * i];
        int weight = converted + hits[2 * i + 1];
        if (weight == 0) {
          continue;
        }
        int[] seq = sequences[i];
        start[seq[0]] += weight;
        for (int k = 1; k < seq.length; k++) {
          transitions[seq[k - 1] * n + seq[k]] += weight;
        }
        int last = seq[seq.length - 1];
        conversions[last] += converted;
        nulls[last] += hits[2 * i + 1];
        value[last] += converted * meanValue[i];
        replicateConversions += converted;
        replicateValue += converted * meanValue[i];
      }
      if (replicateConversions == 0) {
        continue;
      }
      AbsorbingChain.Solution solution = AbsorbingChain.solve(n, start, transitions, conversions, nulls, value,
          full.statesOfChannel);
      double[] c = MarkovAttribution.scale(solution.conversionEffects(), 1);
      for (int k = 0; k < channels; k++) {
        shares[k][usable] = c[k];
      }
      usable++;
      if (replicateValue > 0) {
        double[] v = MarkovAttribution.scale(solution.valueEffects(), 1);
        for (int k = 0; k < channels; k++) {
          valueShares[k][usableForValue] = v[k];
        }
        usableForValue++;
      }
    }
    Attribution point = estimate.attribution();
    Map<String, Estimate> conversionEstimates = new LinkedHashMap<>();
    Map<String, Estimate> valueEstimates = new LinkedHashMap<>();
    for (int k = 0; k < channels; k++) {
      String channel = full.channels.get(k);
      if (usable > 0) {
        conversionEstimates.put(channel, share(point.share(channel), Arrays.copyOf(shares[k], usable), journeys,
            confidence));
      }
      if (usableForValue > 0 && point.value() > 0) {
        valueEstimates.put(channel, share(point.valueShare(channel), Arrays.copyOf(valueShares[k], usableForValue),
            journeys, confidence));
      }
    }
    return new MarkovBootstrap(estimate, replicates, usable, usableForValue, seed, confidence,
        Collections.unmodifiableMap(conversionEstimates), Collections.unmodifiableMap(valueEstimates));
  }

  /**
   * A share with its percentile interval, widened to hold the share if need be, and the standard
   * deviation of the replicates as its standard error (none from one replicate).
   *
   * @param share the share on all the journeys
   * @param replicates the usable replicates' shares, at least one; sorted in place
   * @param journeys the number of journeys
   * @param confidence the level and minimum
   */
  static Estimate share(double share, double[] replicates, long journeys, Confidence confidence) {
    int count = replicates.length;
    double mean = 0;
    for (double x : replicates) {
      mean += x;
    }
    mean /= count;
    double squares = 0;
    for (double x : replicates) {
      squares += (x - mean) * (x - mean);
    }
    Arrays.sort(replicates);
    double alpha = (1 - confidence.level()) / 2;
    double lower = Math.min(share, quantile(replicates, alpha));
    double upper = Math.max(share, quantile(replicates, 1 - alpha));
    Estimate e = Estimate.of(share, journeys, lower, upper, IntervalMethod.BOOTSTRAP_PERCENTILE, confidence);
    return count < 2 ? e : e.withStandardError(Math.sqrt(squares / (count - 1)));
  }

  /** The first index whose cumulative count exceeds {@code u}: the unit that journey {@code u} belongs to. */
  private static int firstAbove(long[] cumulative, long u) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The quantile of sorted values by linear interpolation between order statistics (R's type 7). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    double q = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    return Math.max(0, Math.min(1, q));
  }

  /**
   * Returns the attribution on all the journeys, whose shares the intervals are around.
   *
   * @return the point estimate
   */
  public MarkovAttribution estimate() {
    return estimate;
  }

  /**
   * Returns the number of replicates drawn.
   *
   * @return the replicates
   */
  public int replicates() {
    return replicates;
  }

  /**
   * Returns the number of replicates with at least one conversion, from which the conversion
   * intervals are read.
   *
   * @return the usable replicates
   */
  public int usable() {
    return usable;
  }

  /**
   * Returns the number of replicates with a positive conversion value, from which the value intervals
   * are read.
   *
   * @return the usable replicates for value
   */
  public int usableForValue() {
    return usableForValue;
  }

  /**
   * Returns the seed of the resampling.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the confidence level of the intervals.
   *
   * @return the confidence
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Returns each channel's share of the conversions, from 0 to 1, with its bootstrap percentile
   * interval, by channel in {@link String} order.
   *
   * @return the estimates by channel, unmodifiable; empty without conversions
   */
  public Map<String, Estimate> conversionShares() {
    return conversionShares;
  }

  /**
   * Returns each channel's share of the conversion value, from 0 to 1, with its bootstrap percentile
   * interval, by channel in {@link String} order.
   *
   * @return the estimates by channel, unmodifiable; empty without conversion value
   */
  public Map<String, Estimate> valueShares() {
    return valueShares;
  }

  /**
   * Returns one channel's share of the conversions with its interval.
   *
   * @param channel the channel's label
   * @return the estimate, or empty if the channel was not seen or there are no conversions
   */
  public Optional<Estimate> conversionShare(String channel) {
    Objects.requireNonNull(channel, "channel");
    return Optional.ofNullable(conversionShares.get(channel));
  }

  @Override
  public String toString() {
    return "MarkovBootstrap{order=" + estimate.order() + ", replicates=" + replicates + ", usable=" + usable
        + ", seed=" + seed + ", confidence=" + confidence + ", conversionShares=" + conversionShares + "}";
  }
}
