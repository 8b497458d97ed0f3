package org.cxkit.metrics.satisfaction.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.stat.Binomial;
import org.cxkit.core.time.CalendarPeriod;

/**
 * Finds abnormal rises in ticket counts: periods in which a category's count is significantly above
 * what its recent history predicts.
 *
 * <h2>Method</h2>
 * Each period from the {@code window + 1}-th on is tested against the {@code window} periods just
 * before it. Under the null hypothesis the counts of the window and of the tested period are
 * independent Poisson counts with one common rate; then, given their total T, the tested count x is
 * binomial with T trials and probability 1/(window + 1). The p-value is the exact upper tail
 * P(X ≥ x | T), the conditional test for comparing Poisson rates (Przyborowski &amp; Wileński 1940;
 * Lehmann &amp; Romano, <i>Testing Statistical Hypotheses</i>, §4.5). Unlike a Poisson tail against
 * the window's mean, it accounts for the uncertainty of that mean, which is large for short windows
 * and small counts. The tail is summed in log space, so {@link RiseTest#log10PValue()} says how
 * unusual a rise is even when the p-value underflows to 0. A period is flagged when its p-value is at
 * most {@code alpha}.
 *
 * <h2>False alarms</h2>
 * On stationary Poisson counts the test is exact, so the false-alarm rate per tested period is at
 * most {@code alpha}, and below it because counts are whole numbers: for window 8 and alpha 0.01 it
 * is 0.0045 at a mean of 2 tickets per period, 0.0077 at 20 and 0.0088 at 100 (computed exactly by
 * summing over the Poisson total); for the default alpha 0.001, 0.0005 to 0.0009. With many
 * categories the alarms add up: 50 categories tested weekly at alpha 0.001 give about one false alarm
 * a year. A rise inflates the baseline of the {@code window} periods after it, so a second rise right
 * after a first is harder to flag.
 *
 * <h2>Over-dispersion</h2>
 * Ticket counts often vary more than Poisson counts (incident batches, campaigns), and then the
 * Poisson test alarms far too often: on negative binomial counts with mean 20 and variance
 * 20 + 0.1·20² (window 8, alpha 0.01) 7.5 % of stationary periods are flagged, 16 % at
 * 20 + 0.3·20². {@link CountModel#QUASI_POISSON} estimates the dispersion φ of each window (sample
 * variance over mean, at least 1, as in quasi-Poisson regression; McCullagh &amp; Nelder 1989, §4.5)
 * and runs the same test on the counts divided by φ and rounded down. It brings those rates to
 * 2.0 % and 2.5 %: better, not exact, since φ from a short window is itself uncertain (longer windows
 * help). On Poisson counts it is conservative (0.0051, against 0.0077 for the exact test, at mean 20).
 * These rates were simulated (20 800 tests each, fixed seeds) and are checked by the tests.
 *
 * <p><b>Empty input:</b> a series no longer than the window has no period to test and gives no test;
 * trends without tickets give no rise.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiseDetector {
  /** The default window: 8 periods. */
  public static final int DEFAULT_WINDOW = 8;
  /** The default significance level: 0.001. */
  public static final double DEFAULT_ALPHA = 0.001;

  /** How period counts vary when nothing unusual happens. */
  public enum CountModel {
    /** Poisson counts: variance equal to the mean. The test is exact. */
    POISSON,
    /** Counts whose variance may exceed the mean by a factor φ estimated from each window. */
    QUASI_POISSON
  }

  private final int window;
  private final double alpha;
  private final CountModel model;

  private RiseDetector(int window, double alpha, CountModel model) {
    this.window = window;
    this.alpha = alpha;
    this.model = model;
  }

  /**
   * Obtains a detector with the default window (8 periods) and significance level (0.001).
   *
   * @return the detector
   */
  public static RiseDetector withDefaults() {
    return new RiseDetector(DEFAULT_WINDOW, DEFAULT_ALPHA, CountModel.POISSON);
  }

  /**
   * Obtains a detector.
   *
   * @param window how many preceding periods form the baseline, from 1 to 10 000
   * @param alpha the significance level, the bound on the false-alarm rate per tested period,
   *     strictly between 0 and 1
   * @return the detector, for Poisson counts
   * @throws IllegalArgumentException if the window or alpha is out of range
   */
  public static RiseDetector of(int window, double alpha) {
    return of(window, alpha, CountModel.POISSON);
  }

  /**
   * Obtains a detector for a count model.
   *
   * @param window how many preceding periods form the baseline, from 1 to 10 000 (from 2 for
   *     {@link CountModel#QUASI_POISSON}, which needs a variance)
   * @param alpha the significance level, strictly between 0 and 1
   * @param model how counts vary when nothing unusual happens
   * @return the detector
   * @throws IllegalArgumentException if the window or alpha is out of range
   */
  public static RiseDetector of(int window, double alpha, CountModel model) {
    Objects.requireNonNull(model, "model");
    int lowest = model == CountModel.QUASI_POISSON ? 2 : 1;
    if (window < lowest || window > 10_000) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "window", "valid values " + lowest + " - 10000 for " + model, window);
    }
    Checks.openUnit("alpha", alpha);
    return new RiseDetector(window, alpha, model);
  }

  /**
   * Returns the count model.
   *
   * @return the model
   */
  public CountModel model() {
    return model;
  }

  /**
   * Returns the number of preceding periods in the baseline.
   *
   * @return the window
   */
  public int window() {
    return window;
  }

  /**
   * Returns the significance level.
   *
   * @return alpha
   */
  public double alpha() {
    return alpha;
  }

  /**
   * Tests every period of a series that has a full window before it.
   *
   * @param counts the counts per period, in time order, each zero or more
   * @return one test per period from index {@code window} on, in order; empty if the series is not
   *     longer than the window
   * @throws IllegalArgumentException if a count is negative, or a window's counts with the tested
   *     period's sum to more than {@link Long#MAX_VALUE} (naming {@code counts})
   */
  public List<RiseTest> test(long[] counts) {
    Objects.requireNonNull(counts, "counts");
    for (int i = 0; i < counts.length; i++) {
      Checks.nonNegative("counts[" + i + "]", counts[i]);
    }
    List<RiseTest> tests = new ArrayList<>(Math.max(0, counts.length - window));
    long baseline = 0;
    for (int i = 0; i < Math.min(window, counts.length); i++) {
      baseline = Checks.addExact("counts", baseline, counts[i]);
    }
    for (int i = window; i < counts.length; i++) {
      // The window and the tested period together must be a count; sliding on then drops the oldest.
      long withTested = Checks.addExact("counts", baseline, counts[i]);
      double dispersion = model == CountModel.QUASI_POISSON ? dispersion(counts, i - window, i, baseline) : 1;
      tests.add(test(i, counts[i], baseline, dispersion));
      baseline = withTested - counts[i - window];
    }
    return tests;
  }

  /** Returns the sample variance over the mean of counts[from, to), at least 1 (1 for an all-zero window). */
  private static double dispersion(long[] counts, int from, int to, long sum) {
    if (sum == 0) {
      return 1;
    }
    double mean = sum / (double) (to - from);
    double squares = 0;
    for (int i = from; i < to; i++) {
      double deviation = counts[i] - mean;
      squares += deviation * deviation;
    }
    return Math.max(1, squares / (to - from - 1) / mean);
  }

  /**
   * Tests one count against a baseline: the sum of the {@code window} counts before it.
   *
   * @param index the period's position, for the result
   * @param count the period's count, zero or more
   * @param baseline the sum of the window's counts, zero or more
   * @param dispersion the factor by which the variance exceeds the mean, at least 1
   * @return the test
   */
  RiseTest test(int index, long count, long baseline, double dispersion) {
    long x = dispersion == 1 ? count : (long) Math.floor(count / dispersion);
    long total = Checks.addExact("counts", x, dispersion == 1 ? baseline : (long) Math.floor(baseline / dispersion));
    double logTail = total == 0 ? 0 : Binomial.logUpperTail(x, total, 1.0 / (window + 1));
    // Compared in log space, so that a p-value below the smallest double is still compared correctly.
    return new RiseTest(index, count, baseline / (double) window, dispersion, Math.exp(logTail),
        logTail / Math.log(10), logTail <= Math.log(alpha));
  }

  /**
   * Finds the abnormal rises of every category of some trends.
   *
   * @param trends the ticket counts per category and period
   * @return the flagged periods, most unusual (smallest p-value) first
   */
  public List<Rise> detect(TicketTrends trends) {
    List<Rise> rises = new ArrayList<>();
    List<CalendarPeriod> periods = trends.periods();
    for (String category : trends.categories()) {
      for (RiseTest t : test(trends.series(category))) {
        if (t.flagged()) {
          rises.add(new Rise(category, periods.get(t.index()), t));
        }
      }
    }
    rises.sort(Comparator.comparingDouble((Rise r) -> r.test().log10PValue())
        .thenComparing(Rise::category).thenComparing(Rise::period));
    return List.copyOf(rises);
  }

  @Override
  public String toString() {
    return "RiseDetector{window=" + window + ", alpha=" + alpha + ", model=" + model + "}";
  }

  /**
   * The test of one period.
   *
   * @param index the period's position in the series
   * @param count the period's count
   * @param expected the count the window predicts: its mean
   * @param dispersion the variance-to-mean factor the counts were scaled by: 1 for Poisson counts
   * @param pValue the probability of a count at least this high under the null hypothesis, from 0 to 1
   * @param log10PValue the base-10 logarithm of the p-value, finite even where the p-value underflows
   * @param flagged whether the p-value is at most alpha
   */
  public record RiseTest(int index, long count, double expected, double dispersion, double pValue,
      double log10PValue, boolean flagged) {}

  /**
   * A flagged rise.
   *
   * @param category the ticket category
   * @param period the period of the rise
   * @param test the test that flagged it
   */
  public record Rise(String category, CalendarPeriod period, RiseTest test) {}
}
