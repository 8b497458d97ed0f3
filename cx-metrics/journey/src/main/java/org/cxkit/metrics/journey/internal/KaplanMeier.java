package org.cxkit.metrics.journey.internal;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The Kaplan–Meier estimate of a survival curve from right-censored times (Kaplan and Meier 1958),
 * with Greenwood's variance (Greenwood 1926) and pointwise intervals on the log(−log) scale
 * (Kalbfleisch and Prentice 1980), as R's {@code survival::survfit} computes with
 * {@code conf.type = "log-log"}.
 *
 * <p>At each distinct time {@code t} with {@code n} at risk (times at or after {@code t}) and
 * {@code d} events, {@code S(t) = Π (1 − d/n)} over event times up to {@code t};
 * {@code σ² = Σ d / (n (n − d))} is Greenwood's variance of {@code log S}; the standard error of
 * {@code S} is {@code S σ}; the interval is {@code lower = S^exp(z σ / |log S|)} and
 * {@code upper = S^exp(−z σ / |log S|)}, which stays inside (0, 1). Where {@code S} is 1 (no event yet) the interval is [1, 1]; where it is 0 (everyone at risk
 * had the event) it is [0, 0].
 *
 * <p>This duplicates the Kaplan–Meier of cx-metrics-churn, which a metric module may not depend on;
 * it belongs in cx-core's {@code stat} layer. Immutable and thread-safe.
 */
public final class KaplanMeier {
  private final long[] time;
  private final long[] atRisk;
  private final long[] events;
  private final long[] censored;
  private final double[] survival;
  private final double[] logVariance;
  private final double[] lower;
  private final double[] upper;
  private final long n;

  private KaplanMeier(long n, long[] time, long[] atRisk, long[] events, long[] censored, double[] survival,
      double[] logVariance, double[] lower, double[] upper) {
    this.n = n;
    this.time = time;
    this.atRisk = atRisk;
    this.events = events;
    this.censored = censored;
    this.survival = survival;
    this.logVariance = logVariance;
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Fits the curve.
   *
   * @param times each subject's time, zero or more, in any unit
   * @param event whether each subject's time is an event (true) or a censoring (false)
   * @param z the two-sided critical value of the intervals, such as 1.96 for 95 %
   * @return the curve, with one point per distinct time (event or censoring)
   */
  public static KaplanMeier fit(long[] times, boolean[] event, double z) {
    int m = times.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
    long[] t = new long[m];
    long[] d = new long[m];
    long[] c = new long[m];
    int k = -1;
    for (int idx = 0; idx < m; idx++) {
      int i = order[idx];
      if (k < 0 || t[k] != times[i]) {
        k++;
        t[k] = times[i];
      }
      if (event[i]) {
        d[k]++;
      } else {
        c[k]++;
      }
    }
    int size = k + 1;
    long[] risk = new long[size];
    double[] s = new double[size];
    double[] var = new double[size];
    double[] lo = new double[size];
    double[] hi = new double[size];
    long remaining = m;
    double surv = 1;
    double sum = 0;
    for (int j = 0; j < size; j++) {
      risk[j] = remaining;
      if (d[j] > 0) {
        surv *= 1 - (double) d[j] / remaining;
        sum = d[j] == remaining ? Double.POSITIVE_INFINITY : sum + (double) d[j] / ((double) remaining * (remaining - d[j]));
      }
      s[j] = surv;
      var[j] = sum;
      if (surv >= 1) {
        lo[j] = 1;
        hi[j] = 1;
      } else if (surv <= 0) {
        lo[j] = 0;
        hi[j] = 0;
      } else {
        double w = z * Math.sqrt(sum) / Math.abs(Math.log(surv));
        lo[j] = Math.min(surv, Math.pow(surv, Math.exp(w)));
        hi[j] = Math.max(surv, Math.pow(surv, Math.exp(-w)));
      }
      remaining -= d[j] + c[j];
    }
    return new KaplanMeier(m, Arrays.copyOf(t, size), risk, Arrays.copyOf(d, size), Arrays.copyOf(c, size), s, var,
        lo, hi);
  }

  /** @return the number of subjects */
  public long subjects() {
    return n;
  }

  /** @return the number of distinct times */
  public int size() {
    return time.length;
  }

  /**
   * @param i the point, from 0 to {@code size() - 1}
   * @return its time
   */
  public long time(int i) {
    return time[i];
  }

  /**
   * @param i the point
   * @return the subjects at risk just before its time
   */
  public long atRisk(int i) {
    return atRisk[i];
  }

  /**
   * @param i the point
   * @return the events at its time
   */
  public long events(int i) {
    return events[i];
  }

  /**
   * @param i the point
   * @return the subjects censored at its time
   */
  public long censored(int i) {
    return censored[i];
  }

  /**
   * @param i the point
   * @return the survival just after its time
   */
  public double survival(int i) {
    return survival[i];
  }

  /**
   * @param i the point
   * @return Greenwood's standard error of the survival, {@code S σ} (0 where S is 0)
   */
  public double standardError(int i) {
    return survival[i] == 0 ? 0 : survival[i] * Math.sqrt(logVariance[i]);
  }

  /**
   * @param i the point
   * @return the lower bound of the log(−log) interval
   */
  public double lower(int i) {
    return lower[i];
  }

  /**
   * @param i the point
   * @return the upper bound of the log(−log) interval
   */
  public double upper(int i) {
    return upper[i];
  }

  /**
   * Returns the last point at or before a time.
   *
   * @param t the time
   * @return the point's index, or {@code -1} if {@code t} is before the first time
   */
  public int indexAt(long t) {
    int i = Arrays.binarySearch(time, t);
    return i >= 0 ? i : -i - 2;
  }

  /**
   * Returns the first time at which the survival is at or below 1/2 (the median), or at which a bound
   * is (its interval: the lower bound's crossing gives the median's lower limit, the upper bound's
   * crossing its upper limit, as {@code survfit} reads them).
   *
   * @param curve 0 for the survival, -1 for the lower bound, +1 for the upper bound
   * @return the time, or empty if the curve stays above 1/2
   */
  public OptionalLong medianTime(int curve) {
    double[] y = curve == 0 ? survival : curve < 0 ? lower : upper;
    for (int i = 0; i < y.length; i++) {
      if (y[i] <= 0.5) {
        return OptionalLong.of(time[i]);
      }
    }
    return OptionalLong.empty();
  }
}
