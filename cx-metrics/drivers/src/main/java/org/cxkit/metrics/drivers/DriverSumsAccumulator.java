package org.cxkit.metrics.drivers;

import java.util.Arrays;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;

/**
 * The mutable accumulator of {@link DriverSums}: responses are {@linkplain #add added} one at a
 * time, accumulators of parts are {@linkplain #merge merged}, and {@link #snapshot()} is the
 * immutable sums. Obtain one from {@link DriverSums#accumulator(DriverModel)} or
 * {@link DriverSums#accumulator(DriverModel, MissingAnswers)}.
 *
 * <p>Means and co-moments are updated one response at a time by Welford's method and merged by Chan,
 * Golub and LeVeque's pairwise formula, both stable: no sums of squares are subtracted, so a
 * correlation keeps its digits whatever the ratings' offset and however many responses there are.
 * For a model on scales the counts of answer pairs (outcome × each driver) and of each answer are
 * kept too, exactly, for Spearman's coefficient and top-box shares.
 *
 * <p>A response whose answers are off their scale, or whose number of ratings is not the model's
 * number of drivers, is rejected with an {@link InvalidValueException} naming the variable, and the
 * accumulator is unchanged. A response with missing answers is not an error: it is counted, and
 * either used (as far as the {@link MissingAnswers} policy allows) or counted as set aside.
 *
 * <p>Per response the listwise update costs {@code (p + 1)(p + 2)/2} multiply-adds (66 for 10
 * drivers); the pairwise one about three times that. Not thread-safe: confine an accumulator to a
 * thread, or merge one per thread, as the collector does.
 */
public final class DriverSumsAccumulator implements Accumulator<DriverResponse, DriverSumsAccumulator, DriverSums> {
  private final DriverModel model;
  private final MissingAnswers policy;
  private final int k;
  private long count;
  private long used;
  private final long[] missingBy;
  // Listwise: one count, means and packed upper-triangular co-moments Σ (x_a - m_a)(x_b - m_b).
  private long n;
  private final double[] mean;
  private final double[] co;
  private final double[] delta;
  private final double[] row;
  // Pairwise: per packed pair (a <= b), the respondents who answered both, their means and co-moments.
  private final long[] pn;
  private final double[] pma;
  private final double[] pmb;
  private final double[] pcaa;
  private final double[] pcbb;
  private final double[] pcab;
  // Models on scales: counts of (outcome, driver) answer pairs and of each variable's answers.
  private final int outcomeMin;
  private final int outcomePoints;
  private final int driverMin;
  private final int driverPoints;
  private final long[][] joint;
  private final long[][] marginal;

  DriverSumsAccumulator(DriverModel model, MissingAnswers policy) {
    this.model = Objects.requireNonNull(model, "model");
    this.policy = Objects.requireNonNull(policy, "missingAnswers");
    this.k = model.driverCount() + 1;
    int pairs = k * (k + 1) / 2;
    this.missingBy = new long[k];
    boolean listwise = policy == MissingAnswers.LISTWISE;
    this.mean = listwise ? new double[k] : null;
    this.co = listwise ? new double[pairs] : null;
    this.delta = new double[k];
    this.row = new double[k];
    this.pn = listwise ? null : new long[pairs];
    this.pma = listwise ? null : new double[pairs];
    this.pmb = listwise ? null : new double[pairs];
    this.pcaa = listwise ? null : new double[pairs];
    this.pcbb = listwise ? null : new double[pairs];
    this.pcab = listwise ? null : new double[pairs];
    if (model.isOnScales()) {
      Scale o = model.outcomeScale().orElseThrow();
      Scale d = model.driverScale().orElseThrow();
      outcomeMin = o.min();
      outcomePoints = o.points();
      driverMin = d.min();
      driverPoints = d.points();
      joint = new long[k - 1][outcomePoints * driverPoints];
      marginal = new long[k][];
      marginal[0] = new long[outcomePoints];
      for (int v = 1; v < k; v++) {
        marginal[v] = new long[driverPoints];
      }
    } else {
      outcomeMin = 0;
      outcomePoints = 0;
      driverMin = 0;
      driverPoints = 0;
      joint = new long[0][];
      marginal = new long[0][];
    }
  }

  /**
   * Adds one response.
   *
   * @param response the response, with one rating per driver of the model
   * @return this accumulator
   * @throws InvalidValueException if the number of ratings is not the model's number of drivers, or
   *     an answer is not a whole number on its scale (for a model on scales); the accumulator is
   *     unchanged
   */
  @Override
  public DriverSumsAccumulator add(DriverResponse response) {
    Objects.requireNonNull(response, "response");
    if (response.values.length != k) {
      throw Checks.invalid(ReasonCode.INVALID, "ratings", "one per driver of the model: " + (k - 1),
          response.ratingCount());
    }
    long missing = response.missing;
    double[] x = response.values;
    if (model.isOnScales()) {
      for (int v = 0; v < k; v++) {
        if ((missing & (1L << v)) == 0) {
          checkOnScale(v, x[v]);
        }
      }
    }
    long newCount = Checks.addExact("count", count, 1);
    count = newCount;
    if (missing != 0) {
      for (int v = 0; v < k; v++) {
        if ((missing & (1L << v)) != 0) {
          missingBy[v]++;
        }
      }
    }
    if (policy == MissingAnswers.LISTWISE) {
      if (missing == 0) {
        addComplete(x);
      }
    } else if (k - Long.bitCount(missing) >= 2) {
      addPairwise(x, missing);
    }
    return this;
  }

  /**
   * Adds one complete response without building a {@link DriverResponse}: the fast path for ratings
   * read straight from arrays or columns.
   *
   * @param outcome the outcome, finite
   * @param ratings one rating per driver, in the model's order, finite
   * @return this accumulator
   * @throws InvalidValueException if an answer is not finite, the number of ratings is wrong, or an
   *     answer is off its scale; the accumulator is unchanged
   */
  public DriverSumsAccumulator add(double outcome, double... ratings) {
    Objects.requireNonNull(ratings, "ratings");
    if (ratings.length != k - 1) {
      throw Checks.invalid(ReasonCode.INVALID, "ratings", "one per driver of the model: " + (k - 1), ratings.length);
    }
    Checks.finite("outcome", outcome);
    for (int i = 0; i < ratings.length; i++) {
      if (!Double.isFinite(ratings[i])) {
        throw Checks.invalid(ReasonCode.NOT_FINITE, model.nameOf(i + 1), "must be finite", ratings[i]);
      }
    }
    if (model.isOnScales()) {
      checkOnScale(0, outcome);
      for (int i = 0; i < ratings.length; i++) {
        checkOnScale(i + 1, ratings[i]);
      }
    }
    count = Checks.addExact("count", count, 1);
    row[0] = outcome + 0.0;
    for (int i = 0; i < ratings.length; i++) {
      row[i + 1] = ratings[i] + 0.0;
    }
    if (policy == MissingAnswers.LISTWISE) {
      addComplete(row);
    } else {
      addPairwise(row, 0L);
    }
    return this;
  }

  private void checkOnScale(int v, double x) {
    Scale s = model.scaleOf(v).orElseThrow();
    if (!(x == Math.rint(x) && s.contains(x))) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, model.nameOf(v), "whole numbers " + s.min() + " - " + s.max(), x);
    }
  }

  private void addComplete(double[] x) {
    // Locals, so that the JIT keeps the arrays in registers across the 66 updates of 10 drivers.
    final int k = this.k;
    final double[] mean = this.mean;
    final double[] co = this.co;
    final double[] d = this.delta;
    long n1 = n + 1;
    double inverse = 1.0 / n1;
    double f = n * inverse;
    for (int a = 0; a < k; a++) {
      double da = x[a] - mean[a];
      d[a] = da;
      mean[a] += da * inverse;
    }
    int i = 0;
    for (int a = 0; a < k; a++) {
      double fa = d[a] * f;
      for (int b = a; b < k; b++) {
        co[i++] += fa * d[b];
      }
    }
    n = n1;
    used++;
    if (joint.length > 0) {
      int y = (int) x[0] - outcomeMin;
      marginal[0][y]++;
      for (int v = 1; v < k; v++) {
        int r = (int) x[v] - driverMin;
        marginal[v][r]++;
        joint[v - 1][y * driverPoints + r]++;
      }
    }
  }

  private void addPairwise(double[] x, long missing) {
    for (int a = 0; a < k; a++) {
      if ((missing & (1L << a)) != 0) {
        continue;
      }
      for (int b = a; b < k; b++) {
        if ((missing & (1L << b)) != 0) {
          continue;
        }
        int i = DriverSums.pair(a, b, k);
        long n0 = pn[i];
        long n1 = n0 + 1;
        double da = x[a] - pma[i];
        double db = x[b] - pmb[i];
        pma[i] += da / n1;
        pmb[i] += db / n1;
        double f = (double) n0 / n1;
        pcaa[i] += f * da * da;
        pcbb[i] += f * db * db;
        pcab[i] += f * da * db;
        pn[i] = n1;
      }
    }
    used++;
    if (joint.length > 0) {
      boolean outcome = (missing & 1L) == 0;
      int y = outcome ? (int) x[0] - outcomeMin : -1;
      if (outcome) {
        marginal[0][y]++;
      }
      for (int v = 1; v < k; v++) {
        if ((missing & (1L << v)) == 0) {
          int r = (int) x[v] - driverMin;
          marginal[v][r]++;
          if (outcome) {
            joint[v - 1][y * driverPoints + r]++;
          }
        }
      }
    }
  }

  /**
   * Adds everything another accumulator of the same model and policy holds; the other is unchanged.
   *
   * @param other an accumulator of the same model and missing-answer policy
   * @return this accumulator
   * @throws IllegalArgumentException if the model or the policy differs
   */
  @Override
  public DriverSumsAccumulator merge(DriverSumsAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!model.equals(other.model) || policy != other.policy) {
      throw Checks.invalid(ReasonCode.INVALID, "other", "an accumulator of the model " + model + " with "
          + policy + " deletion", other.model + " with " + other.policy + " deletion");
    }
    DriverSumsAccumulator o = other == this ? copy() : other;
    long newCount = Checks.addExact("count", count, o.count);
    long newUsed = Checks.addExact("used", used, o.used);
    count = newCount;
    used = newUsed;
    for (int v = 0; v < k; v++) {
      missingBy[v] += o.missingBy[v];
    }
    if (policy == MissingAnswers.LISTWISE) {
      mergeListwise(o);
    } else {
      for (int i = 0; i < pn.length; i++) {
        mergePair(i, o);
      }
    }
    for (int j = 0; j < joint.length; j++) {
      long[] t = joint[j];
      long[] u = o.joint[j];
      for (int c = 0; c < t.length; c++) {
        t[c] += u[c];
      }
    }
    for (int v = 0; v < marginal.length; v++) {
      long[] t = marginal[v];
      long[] u = o.marginal[v];
      for (int c = 0; c < t.length; c++) {
        t[c] += u[c];
      }
    }
    return this;
  }

  private void mergeListwise(DriverSumsAccumulator o) {
    if (o.n == 0) {
      return;
    }
    if (n == 0) {
      n = o.n;
      System.arraycopy(o.mean, 0, mean, 0, k);
      System.arraycopy(o.co, 0, co, 0, co.length);
      return;
    }
    double na = n;
    double nb = o.n;
    double total = na + nb;
    double[] d = delta;
    for (int a = 0; a < k; a++) {
      d[a] = o.mean[a] - mean[a];
    }
    double f = na * nb / total;
    int i = 0;
    for (int a = 0; a < k; a++) {
      double fa = d[a] * f;
      for (int b = a; b < k; b++) {
        co[i] += o.co[i] + fa * d[b];
        i++;
      }
    }
    double g = nb / total;
    for (int a = 0; a < k; a++) {
      mean[a] += d[a] * g;
    }
    n += o.n;
  }

  private void mergePair(int i, DriverSumsAccumulator o) {
    long nb = o.pn[i];
    if (nb == 0) {
      return;
    }
    long na = pn[i];
    if (na == 0) {
      pn[i] = nb;
      pma[i] = o.pma[i];
      pmb[i] = o.pmb[i];
      pcaa[i] = o.pcaa[i];
      pcbb[i] = o.pcbb[i];
      pcab[i] = o.pcab[i];
      return;
    }
    double total = (double) na + nb;
    double da = o.pma[i] - pma[i];
    double db = o.pmb[i] - pmb[i];
    double f = (double) na * nb / total;
    pcaa[i] += o.pcaa[i] + f * da * da;
    pcbb[i] += o.pcbb[i] + f * db * db;
    pcab[i] += o.pcab[i] + f * da * db;
    double g = nb / total;
    pma[i] += da * g;
    pmb[i] += db * g;
    pn[i] = na + nb;
  }

  private DriverSumsAccumulator copy() {
    DriverSumsAccumulator c = new DriverSumsAccumulator(model, policy);
    c.count = count;
    c.used = used;
    System.arraycopy(missingBy, 0, c.missingBy, 0, k);
    c.n = n;
    if (mean != null) {
      System.arraycopy(mean, 0, c.mean, 0, k);
      System.arraycopy(co, 0, c.co, 0, co.length);
    } else {
      System.arraycopy(pn, 0, c.pn, 0, pn.length);
      System.arraycopy(pma, 0, c.pma, 0, pn.length);
      System.arraycopy(pmb, 0, c.pmb, 0, pn.length);
      System.arraycopy(pcaa, 0, c.pcaa, 0, pn.length);
      System.arraycopy(pcbb, 0, c.pcbb, 0, pn.length);
      System.arraycopy(pcab, 0, c.pcab, 0, pn.length);
    }
    for (int j = 0; j < joint.length; j++) {
      System.arraycopy(joint[j], 0, c.joint[j], 0, joint[j].length);
    }
    for (int v = 0; v < marginal.length; v++) {
      System.arraycopy(marginal[v], 0, c.marginal[v], 0, marginal[v].length);
    }
    return c;
  }

  /**
   * Returns the sums of everything added so far; the accumulator may go on.
   *
   * @return the immutable sums
   */
  @Override
  public DriverSums snapshot() {
    int pairs = k * (k + 1) / 2;
    long[] sn = new long[pairs];
    double[] sma = new double[pairs];
    double[] smb = new double[pairs];
    double[] scaa = new double[pairs];
    double[] scbb = new double[pairs];
    double[] scab = new double[pairs];
    if (policy == MissingAnswers.LISTWISE) {
      for (int a = 0; a < k; a++) {
        for (int b = a; b < k; b++) {
          int i = DriverSums.pair(a, b, k);
          sn[i] = n;
          sma[i] = mean[a];
          smb[i] = mean[b];
          scaa[i] = co[DriverSums.pair(a, a, k)];
          scbb[i] = co[DriverSums.pair(b, b, k)];
          scab[i] = co[i];
        }
      }
    } else {
      System.arraycopy(pn, 0, sn, 0, pairs);
      System.arraycopy(pma, 0, sma, 0, pairs);
      System.arraycopy(pmb, 0, smb, 0, pairs);
      System.arraycopy(pcaa, 0, scaa, 0, pairs);
      System.arraycopy(pcbb, 0, scbb, 0, pairs);
      System.arraycopy(pcab, 0, scab, 0, pairs);
    }
    long[][] j = new long[joint.length][];
    for (int d = 0; d < joint.length; d++) {
      j[d] = joint[d].clone();
    }
    long[][] m = new long[marginal.length][];
    for (int v = 0; v < marginal.length; v++) {
      m[v] = marginal[v].clone();
    }
    return new DriverSums(model, policy, count, used, missingBy.clone(), sn, sma, smb, scaa, scbb, scab, j, m);
  }

  /**
   * Returns how many responses were added, merged ones included: used and set aside together.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns how many of the responses added were used.
   *
   * @return the count, at most {@link #count()}
   */
  public long usedCount() {
    return used;
  }

  /**
   * Returns the model.
   *
   * @return the model
   */
  public DriverModel model() {
    return model;
  }

  /**
   * Returns the missing-answer policy.
   *
   * @return the policy
   */
  public MissingAnswers missingAnswers() {
    return policy;
  }

  /** Returns a form such as {@code DriverSumsAccumulator{model=…, LISTWISE, count=120, used=112}}. */
  @Override
  public String toString() {
    return "DriverSumsAccumulator{model=" + model + ", " + policy + ", count=" + count + ", used=" + used
        + ", missing=" + Arrays.toString(missingBy) + "}";
  }
}
