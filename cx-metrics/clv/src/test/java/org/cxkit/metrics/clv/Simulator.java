package org.cxkit.metrics.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.customer.CustomerId;

/**
 * Draws customer histories from the BG/NBD and Gamma-Gamma models with known parameters, for
 * parameter-recovery tests. Deterministic for a seed.
 */
final class Simulator {
  private final SplittableRandom random;

  Simulator(long seed) {
    random = new SplittableRandom(seed);
  }

  /** Marsaglia and Tsang (2000) for shape ≥ 1, with the u^(1/shape) boost below 1. */
  double gamma(double shape, double rate) {
    if (shape < 1) {
      return gamma(shape + 1, rate) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v / rate;
      }
    }
  }

  private double normal() {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }

  double beta(double a, double b) {
    double x = gamma(a, 1);
    return x / (x + gamma(b, 1));
  }

  /**
   * One BG/NBD customer observed for {@code age}: Poisson purchases at rate λ ~ Gamma(r, α) from
   * time 0; after each repeat purchase, dropout with probability p ~ Beta(a, b) (Fader, Hardie and
   * Lee 2005, assumptions i-v). Spend per repeat purchase ~ Gamma(p, ν), ν ~ Gamma(q, γ).
   */
  Rfm customer(String id, BgNbdModel m, GammaGammaModel spend, double age) {
    double lambda = gamma(m.r(), m.alpha());
    double dropout = beta(m.a(), m.b());
    double nu = spend == null ? 0 : gamma(spend.q(), spend.gamma());
    double t = 0;
    double last = 0;
    int x = 0;
    double value = 0;
    while (true) {
      double next = t - Math.log(1 - random.nextDouble()) / lambda;
      if (next > age) {
        break;
      }
      t = next;
      last = t;
      x++;
      if (spend != null) {
        value += gamma(spend.p(), nu);
      }
      if (random.nextDouble() < dropout) {
        break;
      }
    }
    return new Rfm(CustomerId.of(id), x, x == 0 ? 0 : last, age, value, 0, 0, m.unit());
  }

  List<Rfm> customers(int n, BgNbdModel m, GammaGammaModel spend, double minAge, double maxAge) {
    List<Rfm> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(customer("s" + i, m, spend, minAge + (maxAge - minAge) * random.nextDouble()));
    }
    return rows;
  }
}
