package org.cxkit.metrics.journey.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.metrics.journey.JourneyPath;

/**
 * The time-decay attribution model: each step of a converting journey's path is weighted
 * {@code 2^(−Δt / half-life)}, {@code Δt} the time from the step back from the conversion, and the
 * weights are scaled to sum to 1. The converting step itself ({@code Δt = 0}) weighs 1 before
 * scaling, a step one half-life earlier ½, two half-lives earlier ¼. Google Analytics' default
 * half-life is 7 days.
 *
 * <p>It needs the touch times, so it runs on {@link JourneyPath}s, not on aggregated paths. Repeats
 * are credited each time, as the other rules do; a collapsed run is one step, timed at its last touch.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class TimeDecay {
  private final Duration halfLife;

  private TimeDecay(Duration halfLife) {
    this.halfLife = halfLife;
  }

  /**
   * Obtains the model with a half-life.
   *
   * @param halfLife the time over which a step's weight halves, positive
   * @return the model
   * @throws IllegalArgumentException if the half-life is zero or negative
   */
  public static TimeDecay ofHalfLife(Duration halfLife) {
    Objects.requireNonNull(halfLife, "halfLife");
    if (halfLife.isZero() || halfLife.isNegative()) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "halfLife", "must be positive", halfLife);
    }
    return new TimeDecay(halfLife);
  }

  /**
   * Returns the half-life.
   *
   * @return the half-life, positive
   */
  public Duration halfLife() {
    return halfLife;
  }

  /**
   * Returns the model's name, such as {@code time-decay (half-life PT168H)}.
   *
   * @return the name
   */
  public String name() {
    return "time-decay (half-life " + halfLife + ")";
  }

  /**
   * Returns the weights of a converting journey's steps.
   *
   * @param path a converted journey's path
   * @return one weight per step, each from 0 to 1, summing to 1 (up to rounding)
   * @throws IllegalArgumentException if the journey did not convert
   */
  public double[] weights(JourneyPath path) {
    Objects.requireNonNull(path, "path");
    if (!path.converted()) {
      throw Checks.invalid(ReasonCode.INVALID, "path", "must have converted", path.path());
    }
    List<Instant> times = path.times();
    Instant conversion = times.get(times.size() - 1);
    double h = seconds(halfLife);
    double[] w = new double[times.size()];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      double dt = seconds(Duration.between(times.get(i), conversion));
      w[i] = Math.pow(0.5, dt / h);
      sum += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
    return w;
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /**
   * Attributes the conversions of journeys.
   *
   * @param paths the journeys' paths, converted or not
   * @return the attribution; every label in some path is a channel
   */
  public Attribution attribute(Iterable<JourneyPath> paths) {
    Map<String, double[]> credits = new TreeMap<>();
    long journeys = 0;
    long conversions = 0;
    double value = 0;
    for (JourneyPath p : Objects.requireNonNull(paths, "paths")) {
      journeys = Checks.addExact("journeys", journeys, 1);
      p.path().steps().forEach(step -> credits.computeIfAbsent(step, s -> new double[2]));
      if (!p.converted()) {
        continue;
      }
      conversions++;
      value += p.value();
      double[] w = weights(p);
      for (int i = 0; i < w.length; i++) {
        double[] c = credits.get(p.path().step(i));
        c[0] += w[i];
        c[1] += w[i] * p.value();
      }
    }
    List<String> channels = new ArrayList<>(credits.keySet());
    double[] conv = new double[channels.size()];
    double[] val = new double[channels.size()];
    for (int i = 0; i < channels.size(); i++) {
      double[] c = credits.get(channels.get(i));
      conv[i] = c[0];
      val[i] = c[1];
    }
    return Attribution.of(name(), journeys, conversions, value, channels, conv, val);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeDecay t && halfLife.equals(t.halfLife);
  }

  @Override
  public int hashCode() {
    return halfLife.hashCode();
  }

  /** Returns the {@linkplain #name() name}. */
  @Override
  public String toString() {
    return name();
  }
}
