package org.cxkit.benchmarks.clv;

import static org.cxkit.core.stat.Beta.logBeta;
import static org.cxkit.core.stat.Gamma.logGamma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.time.TimeScale;
import org.cxkit.metrics.clv.Rfm;
import org.cxkit.metrics.clv.internal.Hypergeometric;

/**
 * Hand-written baselines, the way the BG/NBD is usually first coded (the Fader-Hardie spreadsheet,
 * early lifetimes): the likelihood per customer in linear space, fitted by Nelder-Mead; the
 * conditional expectation by the paper's eq. 10 with a plain 2F1 series. Also the data used by the
 * benchmarks: CDNOW and a simulator.
 */
final class ClvBaselines {
  private ClvBaselines() {}

  /** The system property naming the folder of the CDNOW summary. */
  static final String DATA_PROPERTY = "cx.data.clv";
  /** Where the CDNOW summary is read from by default: the shared reference data, from the project root. */
  static final String DEFAULT_DATA = "../shared/data/clv";
  /** The CDNOW summary file, as in the shared reference data. */
  static final String SUMMARY_FILE = "cdnow_customers_summary_with_transactions.csv";

  /**
   * The CDNOW 1/10 cohort summary of Fader, Hardie and Lee (2005), 2357 customers, weeks 1-39, read
   * from {@value #SUMMARY_FILE} (columns ID, x, t_x, T, zbar) in the folder given by the system
   * property {@value #DATA_PROPERTY}, by default {@value #DEFAULT_DATA} relative to the working
   * directory. The data stay in the shared reference folder; they are not part of the benchmark jar.
   */
  static List<Rfm> cdnow() {
    Path file = Path.of(System.getProperty(DATA_PROPERTY, DEFAULT_DATA), SUMMARY_FILE).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("CDNOW summary not found: " + file + ". Run from the project root with"
          + " ../shared beside it, or give the folder holding " + SUMMARY_FILE + " with -D" + DATA_PROPERTY
          + "=<folder> (before -jar, or after -jvmArgsAppend).");
    }
    List<Rfm> rows = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String row : lines.subList(1, lines.size())) {
        String[] f = row.trim().split(",");
        rows.add(Rfm.of(CustomerId.of(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]), Double.parseDouble(f[4]), TimeScale.WEEK));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Columns x, t_x, T of the histories, for the naive code. */
  static double[][] columns(List<Rfm> rows) {
    double[][] c = new double[3][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      c[0][i] = rows.get(i).frequency();
      c[1][i] = rows.get(i).recency();
      c[2][i] = rows.get(i).age();
    }
    return c;
  }

  /** FHL (2005) eq. 6 per customer, in linear space, then the log. */
  static double naiveLogLikelihood(double[][] data, double r, double alpha, double a, double b) {
    double total = 0;
    double lbab = logBeta(a, b);
    double lgr = logGamma(r);
    for (int i = 0; i < data[0].length; i++) {
      double x = data[0][i];
      double tx = data[1][i];
      double t = data[2][i];
      double gammaPart = Math.exp(logGamma(r + x) - lgr) * Math.pow(alpha, r);
      double l = Math.exp(logBeta(a, b + x) - lbab) * gammaPart / Math.pow(alpha + t, r + x);
      if (x > 0) {
        l += Math.exp(logBeta(a + 1, b + x - 1) - lbab) * gammaPart / Math.pow(alpha + tx, r + x);
      }
      total += Math.log(l);
    }
    return total;
  }

  /** FHL (2005) eq. 10 literally: the (a + b + x − 1)/(a − 1) form with a plain 2F1 series. */
  static double naiveConditionalExpectation(double r, double alpha, double a, double b, double x, double tx,
      double t, double horizon) {
    double z = horizon / (alpha + t + horizon);
    double hyp = Hypergeometric.f21(r + x, b + x, a + b + x - 1, z);
    double num = (a + b + x - 1) / (a - 1) * (1 - Math.pow((alpha + t) / (alpha + t + horizon), r + x) * hyp);
    double den = x > 0 ? 1 + a / (b + x - 1) * Math.pow((alpha + t) / (alpha + tx), r + x) : 1;
    return num / den;
  }

  /** Nelder-Mead on log-parameters, the optimiser lifetimes used by default; returns the optimum. */
  static double[] nelderMead(ToDoubleFunction<double[]> f, double[] start, int maxIterations) {
    int n = start.length;
    double[][] s = new double[n + 1][];
    double[] v = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      s[i] = start.clone();
      if (i > 0) {
        s[i][i - 1] += 0.5;
      }
      v[i] = f.applyAsDouble(s[i]);
    }
    for (int it = 0; it < maxIterations; it++) {
      Integer[] order = new Integer[n + 1];
      for (int i = 0; i <= n; i++) {
        order[i] = i;
      }
      final double[] vv = v;
      Arrays.sort(order, (p, q) -> Double.compare(vv[p], vv[q]));
      double[][] s2 = new double[n + 1][];
      double[] v2 = new double[n + 1];
      for (int i = 0; i <= n; i++) {
        s2[i] = s[order[i]];
        v2[i] = v[order[i]];
      }
      s = s2;
      v = v2;
      if (Math.abs(v[n] - v[0]) <= 1e-10 * Math.abs(v[0])) {
        break;
      }
      double[] c = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          c[j] += s[i][j] / n;
        }
      }
      double[] xr = affine(c, s[n], -1);
      double fr = f.applyAsDouble(xr);
      if (fr < v[0]) {
        double[] xe = affine(c, s[n], -2);
        double fe = f.applyAsDouble(xe);
        s[n] = fe < fr ? xe : xr;
        v[n] = Math.min(fe, fr);
      } else if (fr < v[n - 1]) {
        s[n] = xr;
        v[n] = fr;
      } else {
        double[] xc = affine(c, s[n], 0.5);
        double fc = f.applyAsDouble(xc);
        if (fc < v[n]) {
          s[n] = xc;
          v[n] = fc;
        } else {
          for (int i = 1; i <= n; i++) {
            s[i] = affine(s[0], s[i], 0.5);
            v[i] = f.applyAsDouble(s[i]);
          }
        }
      }
    }
    return s[0];
  }

  private static double[] affine(double[] c, double[] p, double t) {
    double[] r = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      r[i] = c[i] + t * (p[i] - c[i]);
    }
    return r;
  }

  /** Gamma-Gamma log-likelihood per customer, uncompressed. */
  static double naiveGammaGamma(double[] x, double[] m, double p, double q, double gamma) {
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double px = p * x[i];
      total += logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(m[i])
          + px * Math.log(x[i]) - (px + q) * Math.log(gamma + m[i] * x[i]);
    }
    return total;
  }

  /** BG/NBD histories with CDNOW-like parameters and ages of 27 to 39 weeks. */
  static List<Rfm> simulate(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Rfm> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double age = 27 + 12 * random.nextDouble();
      double lambda = gamma(random, 0.243) / 4.414;
      double g1 = gamma(random, 0.793);
      double dropout = g1 / (g1 + gamma(random, 2.426));
      double t = 0;
      int x = 0;
      while (true) {
        double next = t - Math.log(1 - random.nextDouble()) / lambda;
        if (next > age) {
          break;
        }
        t = next;
        x++;
        if (random.nextDouble() < dropout) {
          break;
        }
      }
      rows.add(Rfm.of(CustomerId.of("s" + i), x, x == 0 ? 0 : t, age, TimeScale.WEEK));
    }
    return rows;
  }

  /** Marsaglia-Tsang gamma(shape, 1), boosted below shape 1. */
  private static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      if (Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
