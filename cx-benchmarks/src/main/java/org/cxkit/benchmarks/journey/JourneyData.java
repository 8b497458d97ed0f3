package org.cxkit.benchmarks.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.Path;

/**
 * Synthetic journeys for the journey benchmarks, and the hand-written baselines they are measured
 * against.
 *
 * <p>Journeys: 12 channels; a path length of 1 plus a geometric number of further steps (mean 5 in
 * all); the first channel drawn from a skewed distribution, each next one a repeat of the last with
 * probability 0.25 and otherwise uniform; a conversion with probability 6 %, plus 10 points when the
 * path ends on email (a closer) and 6 points when video appears in it (an assist); values in
 * quarters from 20 to 200. Seeded, so every run sees the same journeys.
 */
final class JourneyData {
  private JourneyData() {}

  static final String[] CHANNELS = {"search", "social", "email", "display", "affiliate", "video", "direct",
      "referral", "app", "sms", "podcast", "print"};
  private static final double[] FIRST = {0.2, 0.15, 0.05, 0.12, 0.08, 0.1, 0.1, 0.06, 0.05, 0.03, 0.03, 0.03};
  private static final Instant[] HOURS = new Instant[256];

  static {
    for (int i = 0; i < HOURS.length; i++) {
      HOURS[i] = Instant.parse("2026-03-01T00:00:00Z").plusSeconds(3600L * i);
    }
  }

  /** The journeys' paths, seeded. */
  static List<JourneyPath> journeys(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<JourneyPath> out = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      int length = 1;
      while (length < HOURS.length && random.nextDouble() < 0.8) { // mean 1 + 0.8 / 0.2 = 5
        length++;
      }
      String[] steps = new String[length];
      steps[0] = CHANNELS[first(random.nextDouble())];
      boolean video = steps[0].equals("video");
      for (int i = 1; i < length; i++) {
        steps[i] = random.nextDouble() < 0.25 ? steps[i - 1] : CHANNELS[random.nextInt(CHANNELS.length)];
        video |= steps[i].equals("video");
      }
      double p = 0.06 + (steps[length - 1].equals("email") ? 0.10 : 0) + (video ? 0.06 : 0);
      Path path = Path.of(steps);
      List<Instant> times = Arrays.asList(HOURS).subList(0, length);
      out.add(random.nextDouble() < p ? JourneyPath.converted(path, times, (80 + random.nextInt(721)) / 4.0)
          : JourneyPath.notConverted(path, times));
    }
    return out;
  }

  private static int first(double u) {
    double c = 0;
    for (int i = 0; i < FIRST.length; i++) {
      c += FIRST[i];
      if (u < c) {
        return i;
      }
    }
    return FIRST.length - 1;
  }

  /**
   * The hand-written baseline of the counting: a Markov chain of order {@code k} counted with
   * {@code HashMap<String, ...>}, states keyed by their channels joined with {@code " > "}, as one
   * writes it without a library.
   */
  static final class Chain {
    static final String START = "(start)";
    final Map<String, Map<String, long[]>> transitions = new HashMap<>();
    final Map<String, long[]> ends = new HashMap<>(); // state -> {conversions, nulls}
    long journeys;
    long conversions;

    static Chain count(List<JourneyPath> journeys, int order) {
      Chain chain = new Chain();
      for (JourneyPath j : journeys) {
        List<String> steps = j.path().steps();
        int width = Math.min(order, steps.size());
        String previous = START;
        for (int w = 0; w + width <= steps.size(); w++) {
          String state = String.join(" > ", steps.subList(w, w + width));
          if (!state.equals(previous)) {
            chain.transitions.computeIfAbsent(previous, s -> new HashMap<>()).computeIfAbsent(state, s -> new long[1])[0]++;
            previous = state;
          }
        }
        chain.ends.computeIfAbsent(previous, s -> new long[2])[j.converted() ? 0 : 1]++;
        chain.journeys++;
        if (j.converted()) {
          chain.conversions++;
        }
      }
      return chain;
    }

    /** The chain as arrays: states, the transition probabilities among them, to conversion, from the start. */
    Indexed index() {
      TreeSet<String> names = new TreeSet<>(ends.keySet());
      transitions.values().forEach(row -> names.addAll(row.keySet()));
      List<String> states = new ArrayList<>(names);
      int n = states.size();
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < n; i++) {
        at.put(states.get(i), i);
      }
      double[][] q = new double[n][n];
      double[] conversion = new double[n];
      double[] start = new double[n];
      int[] channels = new int[n];
      List<String> channelNames = Arrays.asList(CHANNELS);
      for (int i = 0; i < n; i++) {
        String s = states.get(i);
        double out = 0;
        Map<String, long[]> row = transitions.getOrDefault(s, Map.of());
        for (long[] c : row.values()) {
          out += c[0];
        }
        long[] e = ends.getOrDefault(s, new long[2]);
        out += e[0] + e[1];
        for (Map.Entry<String, long[]> t : row.entrySet()) {
          q[i][at.get(t.getKey())] = t.getValue()[0] / out;
        }
        conversion[i] = e[0] / out;
        for (String channel : s.split(" > ")) {
          channels[i] |= 1 << channelNames.indexOf(channel);
        }
      }
      transitions.get(START).forEach((s, c) -> start[at.get(s)] = (double) c[0] / journeys);
      return new Indexed(n, q, conversion, start, channels);
    }
  }

  /** A chain as arrays; {@code channels[s]} is the bit set of the channels in state {@code s}. */
  record Indexed(int n, double[][] q, double[] conversion, double[] start, int[] channels) {}

  /**
   * The literal removal effects: for each channel, its states sent to null, the reduced system
   * {@code (I − Q) x = r} solved by Gaussian elimination with partial pivoting, {@code 1 − P_c / P}.
   * One solve per channel, and one for the whole chain.
   */
  static double[] removalEffectsBySolving(Indexed chain) {
    double all = absorb(chain, -1);
    double[] effects = new double[CHANNELS.length];
    for (int c = 0; c < CHANNELS.length; c++) {
      effects[c] = 1 - absorb(chain, c) / all;
    }
    return effects;
  }

  private static double absorb(Indexed chain, int removed) {
    int[] keep = new int[chain.n()];
    int m = 0;
    for (int s = 0; s < chain.n(); s++) {
      if (removed < 0 || (chain.channels()[s] & (1 << removed)) == 0) {
        keep[m++] = s;
      }
    }
    double[][] a = new double[m][m + 1];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        a[i][j] = (i == j ? 1 : 0) - chain.q()[keep[i]][keep[j]];
      }
      a[i][m] = chain.conversion()[keep[i]];
    }
    for (int k = 0; k < m; k++) {
      int p = k;
      for (int i = k + 1; i < m; i++) {
        if (Math.abs(a[i][k]) > Math.abs(a[p][k])) {
          p = i;
        }
      }
      double[] t = a[k];
      a[k] = a[p];
      a[p] = t;
      for (int i = k + 1; i < m; i++) {
        double f = a[i][k] / a[k][k];
        if (f != 0) {
          for (int j = k; j <= m; j++) {
            a[i][j] -= f * a[k][j];
          }
        }
      }
    }
    double[] x = new double[m];
    for (int i = m - 1; i >= 0; i--) {
      double s = a[i][m];
      for (int j = i + 1; j < m; j++) {
        s -= a[i][j] * x[j];
      }
      x[i] = s / a[i][i];
    }
    double p = 0;
    for (int i = 0; i < m; i++) {
      p += chain.start()[keep[i]] * x[i];
    }
    return p;
  }

  /**
   * ChannelAttribution's method: simulate journeys through the chain (at most {@code maxSteps}
   * states each), and estimate a channel's removal effect as the share of the simulated conversions
   * that visited it.
   */
  static double[] removalEffectsBySimulation(Indexed chain, int simulations, int maxSteps, long seed) {
    int n = chain.n();
    double[][] cumulative = new double[n + 1][n + 2]; // row n: the start; columns n, n + 1: conversion, null
    for (int s = 0; s <= n; s++) {
      double c = 0;
      for (int t = 0; t < n; t++) {
        c += s == n ? chain.start()[t] : chain.q()[s][t];
        cumulative[s][t] = c;
      }
      c += s == n ? 0 : chain.conversion()[s];
      cumulative[s][n] = c;
      cumulative[s][n + 1] = Double.POSITIVE_INFINITY;
    }
    SplittableRandom random = new SplittableRandom(seed);
    long[] visits = new long[CHANNELS.length];
    long conversions = 0;
    for (int i = 0; i < simulations; i++) {
      int state = n;
      int seen = 0;
      for (int step = 0; step < maxSteps; step++) {
        double u = random.nextDouble();
        double[] row = cumulative[state];
        int next = 0;
        while (u >= row[next]) {
          next++;
        }
        if (next == n) {
          conversions++;
          for (int c = 0; c < CHANNELS.length; c++) {
            if ((seen & (1 << c)) != 0) {
              visits[c]++;
            }
          }
          break;
        }
        if (next == n + 1) {
          break;
        }
        seen |= chain.channels()[next];
        state = next;
      }
    }
    double[] effects = new double[CHANNELS.length];
    for (int c = 0; c < CHANNELS.length; c++) {
      effects[c] = conversions == 0 ? 0 : (double) visits[c] / conversions;
    }
    return effects;
  }

  /** Removal effects scaled to credits of the conversions. */
  static double[] credits(double[] effects, long conversions) {
    double sum = 0;
    for (double e : effects) {
      sum += e;
    }
    double[] out = new double[effects.length];
    for (int c = 0; c < effects.length; c++) {
      out[c] = sum == 0 ? 0 : effects[c] / sum * conversions;
    }
    return out;
  }
}
