package org.cxkit.metrics.clv;

import static org.cxkit.core.stat.Gamma.digamma;
import static org.cxkit.core.stat.Gamma.logGamma;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import org.cxkit.core.time.TimeScale;

/**
 * The BG/NBD log-likelihood of Fader, Hardie and Lee (2005, eq. 6) over compressed data, in log
 * space, with its analytic gradient.
 *
 * <p>Per customer, ln L = A₁ + A₂ + ln(e^A₃ + δ<sub>x&gt;0</sub> e^A₄) with
 * A₁ = ln Γ(r + x) − ln Γ(r) + r ln α, A₂ = ln Γ(a + b) + ln Γ(b + x) − ln Γ(b) − ln Γ(a + b + x),
 * A₃ = −(r + x) ln(α + T) and A₄ = ln a − ln(b + x − 1) − (r + x) ln(α + t<sub>x</sub>); the last
 * two are combined by log-sum-exp. Identical (x, t<sub>x</sub>, T) rows are counted once with a
 * weight, and the gamma-function terms, which depend on x alone, are computed once per distinct x.
 *
 * <p>Immutable once built; each evaluation allocates only per-distinct-x scratch arrays.
 */
final class BgNbdLikelihood {
  final int[] x;
  final double[] recency;
  final double[] age;
  final double[] weight;
  /** Distinct frequencies, ascending, and the row where each starts (rows are sorted by x). */
  final int[] distinctX;
  final int[] groupStart;
  final long customers;

  private BgNbdLikelihood(int[] x, double[] recency, double[] age, double[] weight, long customers) {
    this.x = x;
    this.recency = recency;
    this.age = age;
    this.weight = weight;
    this.customers = customers;
    int groups = 0;
    for (int i = 0; i < x.length; i++) {
      if (i == 0 || x[i] != x[i - 1]) {
        groups++;
      }
    }
    distinctX = new int[groups];
    groupStart = new int[groups + 1];
    int g = 0;
    for (int i = 0; i < x.length; i++) {
      if (i == 0 || x[i] != x[i - 1]) {
        distinctX[g] = x[i];
        groupStart[g] = i;
        g++;
      }
    }
    groupStart[groups] = x.length;
  }

  /** Compresses the histories, expressed in {@code unit}. */
  static BgNbdLikelihood of(Collection<Rfm> rows, TimeScale unit) {
    int n = rows.size();
    double[][] data = new double[n][];
    int i = 0;
    for (Rfm row : rows) {
      data[i++] = new double[] {row.frequency(), row.recencyIn(unit), row.ageIn(unit)};
    }
    Comparator<double[]> order = Comparator.<double[]>comparingDouble(d -> d[0])
        .thenComparingDouble(d -> d[1]).thenComparingDouble(d -> d[2]);
    Arrays.sort(data, order);
    int[] xs = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] w = new double[n];
    int m = 0;
    for (double[] d : data) {
      if (m > 0 && xs[m - 1] == (int) d[0] && tx[m - 1] == d[1] && t[m - 1] == d[2]) {
        w[m - 1]++;
      } else {
        xs[m] = (int) d[0];
        tx[m] = d[1];
        t[m] = d[2];
        w[m] = 1;
        m++;
      }
    }
    return new BgNbdLikelihood(Arrays.copyOf(xs, m), Arrays.copyOf(tx, m), Arrays.copyOf(t, m),
        Arrays.copyOf(w, m), n);
  }

  /** Distinct (x, t_x, T) rows. */
  int rows() {
    return x.length;
  }

  /**
   * Returns the log-likelihood at (r, α, a, b) and, if {@code gradient} is not null, writes its
   * gradient with respect to (r, α, a, b) into it.
   */
  double logLikelihood(double r, double alpha, double a, double b, double[] gradient) {
    boolean wantGradient = gradient != null;
    double lnAlpha = Math.log(alpha);
    double lnGammaR = logGamma(r);
    double lnGammaB = logGamma(b);
    double lnGammaAb = logGamma(a + b);
    double lnA = Math.log(a);
    double psiR = wantGradient ? digamma(r) : 0;
    double psiB = wantGradient ? digamma(b) : 0;
    double psiAb = wantGradient ? digamma(a + b) : 0;
    double total = 0;
    double gr = 0;
    double gAlpha = 0;
    double ga = 0;
    double gb = 0;
    for (int g = 0; g < distinctX.length; g++) {
      int xi = distinctX[g];
      double rx = r + xi;
      double constant = r * lnAlpha;
      double dr = lnAlpha;
      double da = 0;
      double db = 0;
      double lnB1 = 0;
      if (xi > 0) {
        constant += logGamma(rx) - lnGammaR + lnGammaAb + logGamma(b + xi) - lnGammaB - logGamma(a + b + xi);
        lnB1 = Math.log(b + xi - 1);
        if (wantGradient) {
          double psiAbx = digamma(a + b + xi);
          dr += digamma(rx) - psiR;
          da = psiAb - psiAbx;
          db = digamma(b + xi) - psiB + psiAb - psiAbx;
        }
      }
      double groupWeight = 0;
      double sumLl = 0;
      double sumDr = 0;
      double sumDalpha = 0;
      double sumW4 = 0;
      for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
        double w = weight[i];
        double lnAlphaT = Math.log(alpha + age[i]);
        double a3 = -rx * lnAlphaT;
        groupWeight += w;
        if (xi == 0) {
          sumLl += w * a3;
          if (wantGradient) {
            sumDr -= w * lnAlphaT;
            sumDalpha -= w * rx / (alpha + age[i]);
          }
          continue;
        }
        double lnAlphaTx = Math.log(alpha + recency[i]);
        double a4 = lnA - lnB1 - rx * lnAlphaTx;
        double max = Math.max(a3, a4);
        double e = Math.exp(Math.min(a3, a4) - max);
        sumLl += w * (max + Math.log1p(e));
        if (wantGradient) {
          // Softmax weights of the two terms, from the same exponential.
          double w4 = a4 >= a3 ? 1 / (1 + e) : e / (1 + e);
          double w3 = 1 - w4;
          sumDr -= w * (w3 * lnAlphaT + w4 * lnAlphaTx);
          sumDalpha -= w * rx * (w3 / (alpha + age[i]) + w4 / (alpha + recency[i]));
          sumW4 += w * w4;
        }
      }
      total += groupWeight * constant + sumLl;
      if (wantGradient) {
        gr += groupWeight * dr + sumDr;
        gAlpha += groupWeight * r / alpha + sumDalpha;
        ga += groupWeight * da + (xi > 0 ? sumW4 / a : 0);
        gb += groupWeight * db - (xi > 0 ? sumW4 / (b + xi - 1) : 0);
      }
    }
    if (wantGradient) {
      gradient[0] = gr;
      gradient[1] = gAlpha;
      gradient[2] = ga;
      gradient[3] = gb;
    }
    return total;
  }
}
