package org.cxkit.metrics.drivers;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cxkit.core.result.Estimate;
import org.cxkit.metrics.drivers.internal.Cholesky;
import org.junit.jupiter.api.Test;

/**
 * Properties of the driver figures on random correlated data (QuickTheories; a failure prints the
 * seed, number of drivers and respondents that replay it through {@link Synthetic}).
 */
class DriverProperties {
  private static final int EXAMPLES = 200;

  private static boolean close(double a, double b, double tolerance) {
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static boolean finite(Estimate e) {
    return Double.isFinite(e.value()) && Double.isFinite(e.lower()) && Double.isFinite(e.upper())
        && Double.isFinite(e.standardError().orElseThrow());
  }

  @Test
  void sharesSumToRSquaredAreNonNegativeAndEverythingIsFinite() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 8), integers().between(0, 200))
        .check((seed, p, extra) -> {
          DriverAnalysis a = Synthetic.analyse(Synthetic.rows(seed, p, p + 4 + extra));
          double r2 = a.regression().rSquared();
          boolean ok = r2 >= 0 && r2 <= 1 && a.regression().adjustedRSquared() <= r2
              && Double.isFinite(a.regression().conditionNumber()) && Double.isFinite(a.regression().residualStandardError());
          for (Importance i : List.of(a.lmg(), a.relativeWeights())) {
            double raw = 0;
            double percent = 0;
            for (DriverShare s : i.shares()) {
              ok &= s.raw() >= -1e-15 && Double.isFinite(s.raw()) && Double.isFinite(s.percent());
              raw += s.raw();
              percent += s.percent();
            }
            ok &= close(r2, raw, 1e-12) && close(100, percent, 1e-10) && close(r2, i.rSquared(), 0);
          }
          for (DriverCoefficient c : a.regression().coefficients()) {
            ok &= finite(c.standardised()) && finite(c.slope()) && c.varianceInflation() >= 1;
          }
          for (DriverCorrelation c : a.correlations()) {
            ok &= Double.isFinite(c.pearson().lower()) && Double.isFinite(c.pearson().upper());
          }
          return ok;
        });
  }

  @Test
  void rescalingAndShiftingADriverChangesOnlyItsSlope() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(2, 6), doubles().between(-100, 100),
        doubles().between(-1000, 1000)).check((seed, p, factor, shift) -> {
          double c = Math.abs(factor) < 0.01 ? 0.01 : factor;
          double[][] rows = Synthetic.rows(seed, p, 60);
          double[][] scaled = new double[rows.length][];
          for (int i = 0; i < rows.length; i++) {
            scaled[i] = rows[i].clone();
            scaled[i][1] = c * rows[i][1] + shift;
          }
          DriverAnalysis a = Synthetic.analyse(rows);
          DriverAnalysis b = Synthetic.analyse(scaled);
          boolean ok = close(a.regression().rSquared(), b.regression().rSquared(), 1e-10);
          for (int j = 0; j < p; j++) {
            ok &= close(a.lmg().raw()[j], b.lmg().raw()[j], 1e-10);
            ok &= close(a.relativeWeights().raw()[j], b.relativeWeights().raw()[j], 1e-10);
            double sign = j == 0 ? Math.signum(c) : 1;
            ok &= close(sign * a.regression().coefficients().get(j).standardised().value(),
                b.regression().coefficients().get(j).standardised().value(), 1e-9);
            double slopeScale = j == 0 ? 1 / c : 1;
            ok &= close(slopeScale * a.regression().coefficients().get(j).slope().value(),
                b.regression().coefficients().get(j).slope().value(), 1e-8);
          }
          return ok;
        });
  }

  @Test
  void aDriverUncorrelatedWithEverythingGetsZeroAndLeavesTheOthersAsTheyWere() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(2, 7), integers().between(0, 6))
        .check((seed, p, pick) -> {
          int j = pick % p;
          DriverAnalysis a = Synthetic.analyse(Synthetic.rows(seed, p, 50));
          double[][] r = correlations(a);
          for (int v = 0; v <= p; v++) {
            if (v != j + 1) {
              r[v][j + 1] = 0;
              r[j + 1][v] = 0;
            }
          }
          List<String> names = Synthetic.names(p);
          Importance lmg = Importance.lmg(names, r);
          Importance rw = Importance.relativeWeights(names, r);
          boolean ok = lmg.raw()[j] == 0 && Math.abs(rw.raw()[j]) < 1e-15;
          // Without it, the others' LMG shares are those of the model without it.
          double[][] without = drop(r, j + 1);
          List<String> others = new ArrayList<>(names);
          others.remove(j);
          if (!others.isEmpty()) {
            Importance reduced = Importance.lmg(others, without);
            for (int k = 0, m = 0; k < p; k++) {
              if (k != j) {
                ok &= close(reduced.raw()[m++], lmg.raw()[k], 1e-13);
              }
            }
          }
          return ok;
        });
  }

  @Test
  void permutingTheDriversPermutesTheResults() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(2, 7), longs().all())
        .check((seed, p, shuffle) -> {
          double[][] rows = Synthetic.rows(seed, p, 40);
          List<Integer> order = new ArrayList<>();
          for (int j = 0; j < p; j++) {
            order.add(j);
          }
          Collections.shuffle(order, new Random(shuffle));
          double[][] permuted = new double[rows.length][p + 1];
          for (int i = 0; i < rows.length; i++) {
            permuted[i][0] = rows[i][0];
            for (int j = 0; j < p; j++) {
              permuted[i][j + 1] = rows[i][order.get(j) + 1];
            }
          }
          DriverAnalysis a = Synthetic.analyse(rows);
          DriverAnalysis b = Synthetic.analyse(permuted);
          boolean ok = true;
          for (int j = 0; j < p; j++) {
            int from = order.get(j);
            ok &= close(a.lmg().raw()[from], b.lmg().raw()[j], 1e-12);
            ok &= close(a.relativeWeights().raw()[from], b.relativeWeights().raw()[j], 1e-12);
            ok &= close(a.regression().coefficients().get(from).standardised().value(),
                b.regression().coefficients().get(j).standardised().value(), 1e-11);
            ok &= a.lmg().shares().get(from).rank() == b.lmg().shares().get(j).rank()
                || close(a.lmg().raw()[from], a.lmg().raw()[(from + 1) % p], 1e-12);
          }
          return ok;
        });
  }

  @Test
  void lmgIsTheAverageOverEveryOrderOfEntry() {
    // The definition, independently: all p! orders, each prefix's R² from a fresh Cholesky solve.
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 5)).check((seed, p) -> {
      DriverAnalysis a = Synthetic.analyse(Synthetic.rows(seed, p, 30));
      double[][] r = correlations(a);
      double[] byOrders = new double[p];
      List<int[]> orders = new ArrayList<>();
      permutations(new int[p], new boolean[p], 0, orders);
      for (int[] order : orders) {
        double previous = 0;
        for (int k = 1; k <= p; k++) {
          double r2 = rSquared(r, java.util.Arrays.copyOf(order, k));
          byOrders[order[k - 1]] += (r2 - previous) / orders.size();
          previous = r2;
        }
      }
      boolean ok = true;
      for (int j = 0; j < p; j++) {
        ok &= close(byOrders[j], a.lmg().raw()[j], 1e-12);
      }
      return ok;
    });
  }

  @Test
  void mergedPartsAnalyseAsTheWhole() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 6), integers().between(0, 80))
        .check((seed, p, cut) -> {
          double[][] rows = Synthetic.rows(seed, p, 80);
          DriverSumsAccumulator left = DriverSums.accumulator(Synthetic.model(p));
          DriverSumsAccumulator right = DriverSums.accumulator(Synthetic.model(p));
          for (int i = 0; i < rows.length; i++) {
            (i < cut ? left : right).add(rows[i][0], java.util.Arrays.copyOfRange(rows[i], 1, p + 1));
          }
          DriverAnalysis merged = DriverAnalysis.of(left.merge(right).snapshot());
          DriverAnalysis whole = Synthetic.analyse(rows);
          boolean ok = close(whole.regression().rSquared(), merged.regression().rSquared(), 1e-12);
          for (int j = 0; j < p; j++) {
            ok &= close(whole.lmg().raw()[j], merged.lmg().raw()[j], 1e-12);
            ok &= close(whole.correlations().get(j).pearson().value(), merged.correlations().get(j).pearson().value(), 1e-13);
          }
          return ok;
        });
  }

  @Test
  void theSpearmanOfCountsIsTheSpearmanOfTheResponses() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(6, 300)).check((seed, n) -> {
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      List<DriverResponse> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int q = random.nextInt(1, 6);
        int s = random.nextInt(1, 6);
        int y = Math.min(10, Math.max(0, q + s - 2 + random.nextInt(-2, 3)));
        rows.add(DriverResponse.of(y, q, s));
      }
      DriverModel scaled = DriverModel.onScales("y", org.cxkit.core.scale.Scale.ZERO_TO_TEN, List.of("q", "s"),
          org.cxkit.core.scale.Scale.ONE_TO_FIVE);
      DriverModel plain = DriverModel.of("y", List.of("q", "s"));
      try {
        DriverAnalysis a = DriverAnalysis.from(scaled, rows).value();
        DriverAnalysis b = DriverAnalysis.from(plain, rows).value();
        return close(a.correlation("q").spearman().orElseThrow().value(),
            b.correlation("q").spearman().orElseThrow().value(), 1e-13)
            && close(a.correlation("s").spearman().orElseThrow().value(),
            b.correlation("s").spearman().orElseThrow().value(), 1e-13);
      } catch (org.cxkit.core.result.InvalidValueException e) {
        return e.code().equals(DriverAnalysis.CONSTANT); // a tiny sample may have a constant rating
      }
    });
  }

  static double[][] correlations(DriverAnalysis a) {
    List<String> v = a.model().variables();
    int k = v.size();
    double[][] r = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        r[i][j] = i == j ? 1 : a.sums().correlation(v.get(i), v.get(j));
      }
    }
    return r;
  }

  private static double[][] drop(double[][] r, int v) {
    int k = r.length - 1;
    double[][] out = new double[k][k];
    for (int i = 0, a = 0; i <= k; i++) {
      if (i == v) {
        continue;
      }
      for (int j = 0, b = 0; j <= k; j++) {
        if (j != v) {
          out[a][b++] = r[i][j];
        }
      }
      a++;
    }
    return out;
  }

  private static void permutations(int[] prefix, boolean[] used, int depth, List<int[]> out) {
    if (depth == prefix.length) {
      out.add(prefix.clone());
      return;
    }
    for (int j = 0; j < prefix.length; j++) {
      if (!used[j]) {
        used[j] = true;
        prefix[depth] = j;
        permutations(prefix, used, depth + 1, out);
        used[j] = false;
      }
    }
  }

  /** R² of the drivers in {@code subset} (0-based), from a fresh Cholesky solve of their correlations. */
  static double rSquared(double[][] r, int[] subset) {
    int m = subset.length;
    double[][] rss = new double[m][m];
    double[] rs = new double[m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        rss[a][b] = r[subset[a] + 1][subset[b] + 1];
      }
      rs[a] = r[0][subset[a] + 1];
    }
    double[] beta = Cholesky.of(rss, 0).solve(rs);
    double r2 = 0;
    for (int a = 0; a < m; a++) {
      r2 += beta[a] * rs[a];
    }
    return r2;
  }
}
