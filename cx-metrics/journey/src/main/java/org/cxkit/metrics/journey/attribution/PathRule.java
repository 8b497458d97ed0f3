package org.cxkit.metrics.journey.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.Path;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.path.PathCounts;

/**
 * A rule-based attribution model that shares each conversion among the steps of its path by their
 * positions alone: each step receives a weight, the weights of a path sum to 1, and a channel's
 * credit is the sum of its steps' weights over the converting journeys (times their value, for the
 * value credit). A channel that appears twice in a path is credited twice.
 *
 * <ul>
 *   <li>{@link #FIRST_TOUCH}: the whole conversion to the first step.
 *   <li>{@link #LAST_TOUCH}: the whole conversion to the last step.
 *   <li>{@link #LINEAR}: {@code 1/L} to each of the {@code L} steps, repeats included, as
 *       ChannelAttribution's {@code linear_touch}.
 *   <li>{@link #POSITION_BASED} (40/20/40): 40 % to the first step, 40 % to the last, and 20 % shared
 *       equally by the steps between. A path of one step gives it the whole conversion; a path of two
 *       steps, having no step between, gives each half, as Google Analytics' position-based model does.
 *       {@link #positionBased(double, double)} takes other weights; with two steps they are then
 *       shared in proportion {@code first : last} (equally if both are 0).
 * </ul>
 *
 * <p>These rules need only the paths, so they run on aggregated paths (ChannelAttribution's
 * {@code PathData}) as well as on journeys. {@link TimeDecay} needs the touch times.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class PathRule {

  private enum Kind {
    FIRST, LAST, LINEAR, POSITION
  }

  /** The whole conversion to the first step. */
  public static final PathRule FIRST_TOUCH = new PathRule(Kind.FIRST, 1, 0);
  /** The whole conversion to the last step. */
  public static final PathRule LAST_TOUCH = new PathRule(Kind.LAST, 0, 1);
  /** An equal share to each step, repeats included. */
  public static final PathRule LINEAR = new PathRule(Kind.LINEAR, 0, 0);
  /** 40 % to the first step, 40 % to the last, 20 % shared by the steps between (see the class comment). */
  public static final PathRule POSITION_BASED = new PathRule(Kind.POSITION, 0.4, 0.4);

  private final Kind kind;
  private final double first;
  private final double last;

  private PathRule(Kind kind, double first, double last) {
    this.kind = kind;
    this.first = first;
    this.last = last;
  }

  /**
   * Returns a position-based rule with other weights for the first and last steps; the rest is shared
   * equally by the steps between.
   *
   * @param first the first step's weight, from 0 to 1
   * @param last the last step's weight, from 0 to 1, with {@code first + last} at most 1
   * @return the rule
   * @throws IllegalArgumentException if a weight is out of range
   */
  public static PathRule positionBased(double first, double last) {
    Checks.probability("first", first);
    Checks.probability("last", last);
    if (first + last > 1) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "last", "first + last at most 1, first = " + first, last);
    }
    return new PathRule(Kind.POSITION, first + 0.0, last + 0.0);
  }

  /**
   * Returns the model's name: {@code first-touch}, {@code last-touch}, {@code linear} or
   * {@code position-based 40/20/40} (first, between, last, in per cent).
   *
   * @return the name
   */
  public String name() {
    switch (kind) {
      case FIRST:
        return "first-touch";
      case LAST:
        return "last-touch";
      case LINEAR:
        return "linear";
      case POSITION:
        return "position-based " + percent(first) + "/" + percent(1 - first - last) + "/" + percent(last);
      default:
        throw new AssertionError(kind);
    }
  }

  private static String percent(double share) {
    double p = Math.round(share * 1000) / 10.0;
    return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
  }

  /**
   * Returns the weights of the steps of a path of some length.
   *
   * @param length the number of steps, at least 1
   * @return one weight per step, each from 0 to 1, summing to 1 (up to rounding)
   * @throws IllegalArgumentException if the length is below 1
   */
  public double[] weights(int length) {
    Checks.atLeast("length", length, 1);
    double[] w = new double[length];
    switch (kind) {
      case FIRST:
        w[0] = 1;
        break;
      case LAST:
        w[length - 1] = 1;
        break;
      case LINEAR:
        Arrays.fill(w, 1.0 / length);
        break;
      case POSITION:
        if (length == 1) {
          w[0] = 1;
        } else if (length == 2) {
          double ends = first + last;
          w[0] = ends == 0 ? 0.5 : first / ends;
          w[1] = ends == 0 ? 0.5 : last / ends;
        } else {
          Arrays.fill(w, (1 - first - last) / (length - 2));
          w[0] = first;
          w[length - 1] = last;
        }
        break;
      default:
        throw new AssertionError(kind);
    }
    return w;
  }

  /**
   * Attributes the conversions of aggregated paths, such as ChannelAttribution's {@code PathData}.
   *
   * @param counts the paths with their conversions, value and nulls
   * @return the attribution; every label in some path is a channel
   */
  public Attribution attribute(PathCounts counts) {
    List<String> channels = new ArrayList<>(Objects.requireNonNull(counts, "counts").labels());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < channels.size(); i++) {
      index.put(channels.get(i), i);
    }
    double[] conversions = new double[channels.size()];
    double[] value = new double[channels.size()];
    for (PathCount row : counts.rows()) {
      if (row.conversions() == 0) {
        continue;
      }
      Path path = row.path();
      double[] w = weights(path.length());
      for (int i = 0; i < w.length; i++) {
        int c = index.get(path.step(i));
        conversions[c] += w[i] * row.conversions();
        value[c] += w[i] * row.value();
      }
    }
    return Attribution.of(name(), counts.count(), counts.conversions(), counts.value(), channels, conversions, value);
  }

  /**
   * Attributes the conversions of journeys, one journey at a time. The credits are those of
   * {@link #attribute(PathCounts)} on the same journeys' path counts, up to floating-point rounding
   * (the sums are taken in the journeys' order).
   *
   * @param paths the journeys' paths, converted or not
   * @return the attribution; every label in some path is a channel
   */
  public Attribution attribute(Iterable<JourneyPath> paths) {
    Map<String, double[]> credits = new HashMap<>();
    long journeys = 0;
    long conversions = 0;
    double value = 0;
    double[][] byLength = new double[16][];
    for (JourneyPath p : Objects.requireNonNull(paths, "paths")) {
      journeys = Checks.addExact("journeys", journeys, 1);
      Path path = p.path();
      int length = path.length();
      double[] w = null;
      if (p.converted()) {
        conversions++;
        value += p.value();
        if (length >= byLength.length) {
          byLength = Arrays.copyOf(byLength, 2 * length);
        }
        w = byLength[length] == null ? (byLength[length] = weights(length)) : byLength[length];
      }
      for (int i = 0; i < length; i++) {
        double[] c = credits.computeIfAbsent(path.step(i), k -> new double[2]);
        if (w != null) {
          c[0] += w[i];
          c[1] += w[i] * p.value();
        }
      }
    }
    List<String> channels = new ArrayList<>(new TreeSet<>(credits.keySet()));
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
    return o instanceof PathRule r && kind == r.kind && Double.compare(first, r.first) == 0
        && Double.compare(last, r.last) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, first, last);
  }

  /** Returns the {@linkplain #name() name}. */
  @Override
  public String toString() {
    return name();
  }
}
