package org.cxkit.examples.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws the generator needs, on top of {@link SplittableRandom}, whose
 * {@code nextDouble} and {@code split} are specified exactly, so that a seed gives the same data on
 * every JDK. The distributions are computed here rather than taken from the JDK for the same reason.
 * Not thread-safe.
 */
final class Rng {
  private final SplittableRandom random;

  Rng(SplittableRandom random) {
    this.random = random;
  }

  Rng(long seed) {
    this(new SplittableRandom(seed));
  }

  /** Returns an independent generator, as {@link SplittableRandom#split()} does. */
  Rng split() {
    return new Rng(random.split());
  }

  /** Uniform on [0, 1). */
  double uniform() {
    return random.nextDouble();
  }

  /** Uniform on [from, to). */
  double uniform(double from, double to) {
    return from + (to - from) * uniform();
  }

  /** Uniform whole number on [0, bound). */
  int nextInt(int bound) {
    return (int) Math.floor(uniform() * bound);
  }

  boolean bernoulli(double p) {
    return uniform() < p;
  }

  /** Standard normal by Box and Muller, from two uniforms, without caching the second value. */
  double normal() {
    double u1 = 1.0 - uniform();
    double u2 = uniform();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  /** Log-normal with the given median and log-scale standard deviation. */
  double logNormal(double median, double sigma) {
    return median * Math.exp(sigma * normal());
  }

  /** Exponential with the given rate: the waiting time of a Poisson process. */
  double exponential(double rate) {
    return -Math.log(1.0 - uniform()) / rate;
  }

  /** Gamma with shape and rate (mean shape / rate), by Marsaglia and Tsang (2000). */
  double gamma(double shape, double rate) {
    if (shape < 1) {
      // Boost: Gamma(a) = Gamma(a + 1) * U^(1/a).
      return gamma(shape + 1, rate) * Math.pow(1.0 - uniform(), 1.0 / shape);
    }
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    while (true) {
      double x = normal();
      double v = 1.0 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = 1.0 - uniform();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v / rate;
      }
    }
  }

  /** Beta(a, b), as X / (X + Y) of two gammas. */
  double beta(double a, double b) {
    double x = gamma(a, 1);
    double y = gamma(b, 1);
    return x / (x + y);
  }

  /** Poisson with the given mean, by counting exponential gaps (means here are small). */
  int poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    int n = 0;
    double sum = exponential(1);
    while (sum < mean) {
      n++;
      sum += exponential(1);
    }
    return n;
  }

  /** Picks an index with probability proportional to its weight. */
  int pick(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = uniform() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Picks an element with probability proportional to its weight. */
  <T> T pick(List<T> values, double... weights) {
    assert values.size() == weights.length;
    return values.get(pick(weights));
  }
}
